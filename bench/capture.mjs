/**
 * bench/capture: how fast and how faithful `captureViewport()` is on a
 * generated host page with 1k and 5k elements (bench/capture-page.mjs), in
 * Debian's headless Chromium at 1280x800, and which rasteriser drew each
 * capture (rasterise.ts: ours or snapdom). Each run loads the page twice: once
 * for a cold capture (the first in the page), once for `prepareCapture()`
 * followed by a capture. The table shows median and max of both, the time the
 * preparation took, the longest main-thread task during any of it, the
 * encoded size, and the pixels of the cold capture that differ from
 * Chromium's own `page.screenshot()` of the same viewport.
 *
 *   node bench/capture.mjs [--runs 10] [--sizes 1000,5000] [--save /tmp/capture] [--write] [--compile-hint] [--cross-origin cors|no-cors] [--shadow-app]
 *
 * `--cross-origin` adds a stylesheet from another origin to the page. Served
 * with `no-cors` (no CORS header) its rules cannot be read nor fetched, so
 * every capture takes the snapdom fallback: how the rasteriser used before
 * ours, and still used where ours cannot copy the page, does on the same
 * page. Served with `cors`, ours fetches a copy of it (sheet-copies.ts).
 * `--shadow-app` puts the page inside one open shadow root, as a Lit app's
 * is: ours then styles every element from its computed style.
 *
 * `--compile-hint` serves the module with V8's eager-compile magic comment
 * (see bench/capture-bundle.mjs). The output ends with the module's load
 * time (the `import()` in each page, median and max), which that moves work to.
 *
 * `--write` also puts the table and the machine into docs/benchmarks.md
 * (between its bench/capture.mjs markers; the text around them is kept).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, getPriority, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { chromiumLaunchOptions } from '../tools/chromium.mjs';
import puppeteer from 'puppeteer-core';
import { bundleScreenshotModule } from './capture-bundle.mjs';
import { compareWithReference, timedCapture } from './capture-measure.mjs';
import { hostPage } from './capture-page.mjs';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '10' },
    sizes: { type: 'string', default: '1000,5000' },
    scroll: { type: 'string', default: '600' },
    tolerance: { type: 'string', default: '32' },
    save: { type: 'string' },
    write: { type: 'boolean', default: false },
    'compile-hint': { type: 'boolean', default: false },
    'cross-origin': { type: 'string' },
    'shadow-app': { type: 'boolean', default: false },
  },
});
const RUNS = Number(args.runs);
const SIZES = args.sizes.split(',').map(Number);
const TOLERANCE = Number(args.tolerance);
const VIEWPORT = { width: 1280, height: 800 };

const loadBefore = loadavg()[0];
const bundle = await bundleScreenshotModule({ compileHint: args['compile-hint'] });
const server = createServer((request, response) => {
  const url = new URL(request.url, 'http://localhost');
  if (url.pathname === '/capture.js') {
    response.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle);
  } else if (url.pathname === '/cross-origin.css') {
    const cors = args['cross-origin'] === 'cors' ? { 'access-control-allow-origin': '*' } : {};
    response.writeHead(200, { 'content-type': 'text/css', ...cors }).end('.bench-cross-origin { outline: 0; }');
  } else if (url.pathname === '/') {
    // The page is on 127.0.0.1; the same server as localhost is another origin.
    const crossOriginSheet = args['cross-origin'] ? `http://localhost:${server.address().port}/cross-origin.css` : undefined;
    response.writeHead(200, { 'content-type': 'text/html' }).end(hostPage(Number(url.searchParams.get('n')), { crossOriginSheet, shadowApp: args['shadow-app'] }));
  } else {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch(chromiumLaunchOptions());

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** How long each `import()` of the screenshot module took (its fetch from this server, compilation and evaluation). */
const loadTimes = [];

async function openPage(size) {
  const page = await browser.newPage();
  await page.setViewport(VIEWPORT);
  await page.goto(`${origin}/?n=${size}&scroll=${args.scroll}`, { waitUntil: 'load' });
  await page.waitForSelector('body[data-ready]');
  loadTimes.push(
    await page.evaluate(async () => {
      const start = performance.now();
      window.shot = await import('/capture.js');
      return performance.now() - start;
    }),
  );
  return page;
}

/** "own" when every capture used one rasteriser, else "own 9, snapdom 1". */
const tally = (names) => {
  const counts = new Map();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return counts.size === 1 ? names[0] : [...counts].map(([name, n]) => `${name} ${n}`).join(', ');
};

const rows = [];
try {
  for (const size of SIZES) {
    const cold = [];
    const prepared = [];
    let elementCount = 0;
    for (let run = 0; run < RUNS; run++) {
      const page = await openPage(size);
      elementCount = await page.evaluate(() => window.benchElementCount);
      const reference = await page.screenshot({ type: 'png', encoding: 'base64' });
      const first = await page.evaluate(timedCapture, false);
      first.diffPercent = await page.evaluate(compareWithReference, reference, TOLERANCE);
      if (args.save && run === 0) await save(page, size, reference);
      cold.push(first);
      await page.close();

      const again = await openPage(size);
      prepared.push(await again.evaluate(timedCapture, true));
      await again.close();
    }
    rows.push({
      size,
      elementCount,
      medianMs: median(cold.map((r) => r.ms)),
      maxMs: Math.max(...cold.map((r) => r.ms)),
      preparedMedianMs: median(prepared.map((r) => r.ms)),
      preparedMaxMs: Math.max(...prepared.map((r) => r.ms)),
      prepareMedianMs: median(prepared.map((r) => r.prepareMs)),
      longestTaskMs: Math.max(...cold.map((r) => r.longestTaskMs), ...prepared.map((r) => r.longestTaskMs)),
      bytes: median(cold.map((r) => r.bytes)),
      type: cold[0].type,
      diffPercent: median(cold.map((r) => r.diffPercent)),
      maxDiffPercent: Math.max(...cold.map((r) => r.diffPercent)),
      rasteriser: tally([...cold, ...prepared].map((r) => r.rasteriser)),
    });
  }
} finally {
  await browser.close();
  server.close();
}

async function save(page, size, reference) {
  mkdirSync(args.save, { recursive: true });
  writeFileSync(`${args.save}/reference-${size}.png`, Buffer.from(reference, 'base64'));
  const captured = await page.evaluate(async () => {
    const bitmap = await createImageBitmap(window.lastShot.blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    canvas.getContext('2d').drawImage(bitmap, 0, 0);
    const blob = await canvas.convertToBlob({ type: 'image/png' });
    const url = await new Promise((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result);
      reader.readAsDataURL(blob);
    });
    return url.slice(url.indexOf(',') + 1);
  });
  writeFileSync(`${args.save}/captured-${size}.png`, Buffer.from(captured, 'base64'));
}

const machine = {
  cpu: readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/)?.[1] ?? 'unknown',
  cores: cpus().length,
  chromium: execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(),
  node: process.version,
  // Other work on the machine skews every number here: say how busy it was, and at what priority this ran.
  load: `${loadBefore.toFixed(2)} → ${loadavg()[0].toFixed(2)}`,
  nice: getPriority(),
};
const ms = (value) => `${Math.round(value)} ms`;
const table = [
  '| elements | rasteriser | cold median | cold max | prepared median | prepared max | (preparation) | longest task | size | pixels off (median / max) |',
  '|---|---|---|---|---|---|---|---|---|---|',
  ...rows.map(
    (r) =>
      `| ${r.elementCount} | ${r.rasteriser} | ${ms(r.medianMs)} | ${ms(r.maxMs)} | ${ms(r.preparedMedianMs)} | ${ms(r.preparedMaxMs)} | ${ms(r.prepareMedianMs)} | ${r.longestTaskMs ? ms(r.longestTaskMs) : '< 50 ms'} | ${Math.round(r.bytes / 1024)} KiB ${r.type.replace('image/', '')} | ${r.diffPercent.toFixed(2)} % / ${r.maxDiffPercent.toFixed(2)} % |`,
  ),
].join('\n');
const setup = `${VIEWPORT.width}x${VIEWPORT.height}, scrolled ${args.scroll} px, ${RUNS} runs per size, each on a fresh page load; pixel tolerance ±${TOLERANCE} per channel, masked boxes left out${args['cross-origin'] ? `; with a cross-origin stylesheet served ${args['cross-origin']}` : ''}${args['shadow-app'] ? '; the page inside one shadow root' : ''}`;
console.log(`\ncaptureViewport() — ${setup}\n${machine.cpu}, ${machine.cores} cores, ${machine.chromium}, Node ${machine.node}, load average ${machine.load}, nice ${machine.nice}\n\n${table}\n`);
console.log(`module load (import() in each page${args['compile-hint'] ? ', with the compile hint' : ''}): median ${ms(median(loadTimes))}, max ${ms(Math.max(...loadTimes))}\n`);

if (args.write) {
  const block = `<!-- bench/capture.mjs: start -->
Machine: ${machine.cpu}, ${machine.cores} cores; ${machine.chromium} (headless, \`--disable-gpu\`); Node ${machine.node};
1-minute load average ${machine.load} (start → end of the run), bench at nice ${machine.nice}.

Setup: ${setup}.

${table}
<!-- bench/capture.mjs: end -->`;
  const file = new URL('../docs/benchmarks.md', import.meta.url);
  let doc;
  try {
    doc = readFileSync(file, 'utf8');
  } catch {
    doc = '# Benchmark: viewport capture (`bench/capture.mjs`)\n\n<!-- bench/capture.mjs: start -->\n<!-- bench/capture.mjs: end -->\n';
  }
  // Only the marked block is the bench's; the text around it is written by hand.
  writeFileSync(file, doc.replace(/<!-- bench\/capture\.mjs: start -->[\s\S]*<!-- bench\/capture\.mjs: end -->/, () => block));
}
