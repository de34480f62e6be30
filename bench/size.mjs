// Bundle sizes of the built packages, raw and gzipped (level 9).
//   pnpm build && node bench/size.mjs
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.js') ? [path] : [];
  });
}

const rows = files(join(root, 'packages/widget/cdn')).map((path) => {
  const bytes = readFileSync(path);
  return { file: relative(root, path), raw: kb(bytes.length), gzip: kb(gzipSync(bytes, { level: 9 }).length) };
});
console.log('\nWidget CDN bundle (what a script-tag user downloads)');
console.table(rows);
