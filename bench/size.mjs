// Sizes of the widget's CDN build, raw and gzipped (level 9), and when each
// file is fetched: the loader, the widget entry and its static imports (all
// needed before the dialog first opens), and the lazy chunks with what loads
// them. Checks the budgets of issue 4: loader ≤ 3 KB gzip, widget including
// Lit ≤ 20 KB gzip before the dialog first opens.
//   pnpm --filter @aftercare/widget build && node bench/size.mjs
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const cdn = join(root, 'packages/widget/cdn');
const LOADER = 'aftercare.js';
const ENTRY = 'aftercare-widget.js';
const BUDGET = { loader: 3 * 1024, beforeOpen: 20 * 1024 };

if (!existsSync(join(cdn, ENTRY))) {
  console.error('No CDN build: run `pnpm --filter @aftercare/widget build` first.');
  process.exit(1);
}

/** What loads a lazy chunk, by the source module it was named after. */
const WHEN = [
  [/^chunks\/(en|zh-cn)-/, 'first open: the catalogue of the chosen language'],
  [/^chunks\/runtime-/, 'when idle (collect="early", the default) or at first open: SDK, zod, network'],
  [/^chunks\/screenshot-editor-/, 'on use: the screenshot editor'],
  [/^chunks\/screenshot-/, 'first open, with screenshots on: @aftercare/sdk/screenshot'],
  [/^chunks\/preview-view-/, 'on use: "What will be sent"'],
  [/^chunks\/article-view-/, 'on use: a help article'],
  [/^chunks\/my-reports-/, 'on use: "My reports"'],
];

const kb = (n) => `${(n / 1024).toFixed(2)} KB`;

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.js') ? [path] : [];
  });
}

/** Static (`import … from`, `export … from`, bare `import "…"`) and dynamic (`import("…")`) imports of a built module. */
function imports(name, code) {
  const resolve = (spec) => posix.normalize(posix.join(posix.dirname(name), spec));
  const statics = [...code.matchAll(/(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?["'`](\.[^"'`]+)["'`]/g)].map((m) => resolve(m[1]));
  const dynamics = [...code.matchAll(/import\(\s*["'`](\.[^"'`]+)["'`]\s*\)/g)].map((m) => resolve(m[1]));
  return { statics: [...new Set(statics)], dynamics: [...new Set(dynamics)] };
}

const modules = new Map(
  files(cdn).map((path) => {
    const name = relative(cdn, path).split('\\').join('/');
    const code = readFileSync(path);
    return [name, { name, raw: code.length, gzip: gzipSync(code, { level: 9 }).length, ...imports(name, code.toString('utf8')) }];
  }),
);

/** A module and everything it imports statically. */
function closure(name, seen = new Set()) {
  if (seen.has(name) || !modules.has(name)) return seen;
  seen.add(name);
  for (const dep of modules.get(name).statics) closure(dep, seen);
  return seen;
}

const beforeOpen = closure(ENTRY);
const when = (name) => {
  if (name === LOADER) return 'page load: the script tag';
  if (name === ENTRY) return 'page load: imported by the loader';
  if (beforeOpen.has(name)) return 'page load: static import of the entry';
  const rule = WHEN.find(([pattern]) => pattern.test(name));
  if (rule) return rule[1];
  const users = [...modules.values()].filter((m) => m.statics.includes(name) || m.dynamics.includes(name)).map((m) => m.name.replace(/^chunks\//, ''));
  return `with ${users.join(', ')}`;
};

const order = (m) => (m.name === LOADER ? 0 : m.name === ENTRY ? 1 : beforeOpen.has(m.name) ? 2 : 3);
const rows = [...modules.values()]
  .sort((a, b) => order(a) - order(b) || b.gzip - a.gzip)
  .map((m) => ({ file: m.name, raw: kb(m.raw), gzip: kb(m.gzip), loaded: when(m.name) }));

const sum = (names) => [...names].reduce((total, name) => total + (modules.get(name)?.gzip ?? 0), 0);
const loader = sum([LOADER]);
const widget = sum(beforeOpen);
const catalogue = sum(closure([...modules.keys()].find((n) => /^chunks\/en-/.test(n)) ?? ''));
const runtimeName = [...modules.keys()].find((n) => /^chunks\/runtime-/.test(n)) ?? '';
const runtime = sum([...closure(runtimeName)].filter((n) => !beforeOpen.has(n)));
const verdict = (size, budget) => `${size <= budget ? 'within' : 'OVER'} the ${kb(budget)} budget`;

console.log('\nWidget CDN build (packages/widget/cdn), gzip level 9 per file');
console.table(rows);
console.table([
  { total: 'loader (aftercare.js)', gzip: kb(loader), budget: verdict(loader, BUDGET.loader) },
  { total: 'widget incl. Lit, before the dialog first opens', gzip: kb(widget), budget: verdict(widget, BUDGET.beforeOpen) },
  { total: 'page load: loader + widget', gzip: kb(loader + widget), budget: '' },
  { total: 'first open adds: English catalogue', gzip: kb(catalogue), budget: '' },
  { total: 'first open adds: runtime (SDK, zod, network)', gzip: kb(runtime), budget: '' },
]);
const over = loader > BUDGET.loader || widget > BUDGET.beforeOpen;
if (over) process.exitCode = 1;
console.log(`Before first open: ${[...beforeOpen].join(', ')}`);
