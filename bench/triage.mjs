// Triage of one report (fingerprint + rules + SLA deadlines + routing), pure,
// no I/O: the time it adds to every ingest.
//   pnpm build && node bench/triage.mjs [iterations=20000]
import { randomUUID } from 'node:crypto';
import { cpus } from 'node:os';
import { DEFAULT_RULES, defaultSlaPolicy, triageReport } from '../packages/server/dist/triage/index.js';

const iterations = Number(process.argv[2] ?? 20_000);
const now = new Date('2026-03-02T10:00:00.000Z');
const policy = defaultSlaPolicy({ timeZone: 'Europe/Berlin', version: 1 });
const agents = Array.from({ length: 12 }, (_, i) => ({ id: `agent-${i}`, tier: i < 9 ? 1 : 2, capacity: 25, openCount: i * 2 }));

const frames = Array.from({ length: 12 }, (_, i) => ({
  function: `fn${i}`,
  file: `https://app.example.com/assets/chunk-${i}-a1b2c3d4.js`,
  line: 10 + i,
  column: 3,
  inApp: i % 3 !== 2,
}));
const cases = {
  'plain feedback': { kind: 'idea', impact: 'unknown', message: 'It would be great to export my notes as a PDF with the images', diagnostics: {} },
  'bug, Chinese words': { kind: 'bug', impact: 'hinders', message: '点击保存以后应用崩溃了，数据丢失', diagnostics: {} },
  'uncaught error + 5xx': {
    kind: 'bug',
    impact: 'blocks_me',
    message: 'Checkout fails every time with an error',
    diagnostics: {
      errors: [{ kind: 'error', type: 'TypeError', message: 'Cannot read properties of undefined (reading "id") at 0x7f3a9c', frames }],
      network: Array.from({ length: 30 }, (_, i) => ({ type: 'fetch', method: 'POST', url: `https://api.example.com/cart/${i}?session=abc`, status: i === 29 ? 502 : 200, durationMs: 120 })),
    },
  },
};

function report(base) {
  return { id: randomUUID(), page: { url: 'https://app.example.com/orders/12345/edit?tab=2' }, metadata: { plan: 'pro' }, createdAt: now.toISOString(), ...base };
}

const rows = [];
for (const [name, base] of Object.entries(cases)) {
  const inputs = Array.from({ length: 200 }, () => report(base));
  for (let i = 0; i < 2_000; i++) triageReport(inputs[i % 200], { now, rules: DEFAULT_RULES, policy, routing: { agents, strategy: 'least_loaded' } });
  const samples = new Float64Array(iterations);
  for (let i = 0; i < iterations; i++) {
    const start = process.hrtime.bigint();
    triageReport(inputs[i % 200], { now, rules: DEFAULT_RULES, policy, routing: { agents, strategy: 'least_loaded' } });
    samples[i] = Number(process.hrtime.bigint() - start) / 1_000;
  }
  samples.sort();
  const at = (q) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))].toFixed(1);
  rows.push({ report: name, 'median µs': at(0.5), 'p90 µs': at(0.9), 'p99 µs': at(0.99), 'max µs': samples[samples.length - 1].toFixed(0) });
}
console.log(`\ntriageReport, ${iterations} runs per case, Node ${process.version}, ${cpus().length}× ${cpus()[0]?.model}`);
console.table(rows);
