// Ingest throughput: POST /v1/reports with 50 connections, no attachment,
// against three servers in the same run, each in its own process on SQLite:
//   bare       a Hono route doing one prepared better-sqlite3 insert (the ceiling)
//   kysely     the same insert built by Kysely
//   aftercare  the real app (startServer: ingest thread, group commit) with full triage
//              (fingerprint, rules, SLA, routing), each report a new ticket
//   aftercare (grouped)  the real app where every report joins one hot ticket
// Every request carries a fresh report id, made as the SDK makes them (a
// time-ordered UUID), so each one really files a report.
// Besides throughput and latency it shows the CPU the server process used (in
// cores, all its threads), the rows the server wrote during the run (read
// from its database: every answered report must be there), the CPU the load
// generator used, and, for Aftercare, the mean reports per filing
// transaction (from /metrics).
//   node bench/ingest.mjs [seconds=10] [connections=50] [rounds=1] [--client=wrk|autocannon]
// The load comes from wrk (Debian's package: apt-get install -y wrk) when it
// is installed, else from autocannon. autocannon is JavaScript: here it spends
// about 60 µs of CPU per request, two to three times what wrk does, and its
// event loop adds to every round trip. On a two-core machine that comes out
// of the two-thread Aftercare server (its ingest thread and request thread
// wait on each other through the client); the one-thread bare route barely
// notices. The "client cores" column shows what the load generator used.
// With several rounds the servers take turns round after round, and a last
// table gives each round's Aftercare/ceiling ratios and their medians: on a
// machine whose speed drifts, the ratio of two runs a minute apart is what
// can be compared.
import { execFile, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { timeOrderedUuid } from '@aftercare/sdk/schemas';
import autocannon from 'autocannon';
import BetterSqlite3 from 'better-sqlite3';

const args = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const option = (name) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const seconds = Number(args[0] ?? 10);
const connections = Number(args[1] ?? 50);
const rounds = Number(args[2] ?? 1);
const client = option('client') ?? (hasWrk() ? 'wrk' : 'autocannon');
if (!['wrk', 'autocannon'].includes(client)) throw new Error(`--client must be wrk or autocannon, not ${client}`);
const dir = mkdtempSync(join(tmpdir(), 'aftercare-bench-'));

let runs = 0;

function hasWrk() {
  try {
    execFileSync('wrk', ['--version'], { stdio: 'ignore' });
    return true;
  } catch (error) {
    // wrk --version prints its version and exits with 1.
    return error.code !== 'ENOENT';
  }
}

function startServerProcess(mode) {
  // A fresh database for every run.
  const file = join(dir, `${mode}-${++runs}.sqlite`);
  const child = spawn(process.execPath, [fileURLToPath(new URL('./ingest-server.mjs', import.meta.url)), mode, file], {
    stdio: ['ignore', 'pipe', 'inherit'],
    // One client address sends everything: lift the per-IP and per-key rate limits.
    env: { ...process.env, AFTERCARE_RATE_LIMIT_REPORTS_PER_IP: '0', AFTERCARE_RATE_LIMIT_REPORTS_PER_KEY: '0' },
  });
  return new Promise((resolve, reject) => {
    child.stdout.once('data', (chunk) => resolve({ child, file, ...JSON.parse(chunk.toString()) }));
    child.once('exit', (code) => reject(new Error(`${mode} server exited with ${code}`)));
  });
}

/** CPU time (user + system, all threads) a process has used, in ms; with `children`, that of its children that have ended. */
function cpuMs(pid, children = false) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return children ? (Number(fields[13]) + Number(fields[14])) * 10 : (Number(fields[11]) + Number(fields[12])) * 10;
}

/** CPU time the load generator has used so far, in ms: this process (autocannon) or the wrk runs that have ended. */
const clientCpuMs = () => (client === 'wrk' ? cpuMs(process.pid, true) : cpuMs(process.pid));

/** Aftercare's filing batches so far (count and reports), from /metrics; undefined for the other servers. */
async function batchStats(url) {
  const response = await fetch(`${url}/metrics`).catch(() => undefined);
  if (!response?.ok) return undefined;
  const text = await response.text();
  const read = (suffix) =>
    [...text.matchAll(new RegExp(`^aftercare_ingest_batch_reports_${suffix}\\{[^}]*\\} (\\S+)$`, 'gm'))].reduce((total, match) => total + Number(match[1]), 0);
  return { count: read('count'), sum: read('sum') };
}

/** Rows in the server's database: reports, and tickets where there are any (Aftercare). */
function countRows(file) {
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    const count = (table) => db.prepare(`select count(*) as n from ${table}`).get().n;
    const hasTickets = db.prepare("select 1 from sqlite_master where type = 'table' and name = 'tickets'").get();
    return { reports: count('reports'), tickets: hasTickets ? count('tickets') : undefined };
  } finally {
    db.close();
  }
}

// Same request bodies as ingest-wrk.lua makes for wrk.
const WORDS = 'save load open close export import print share copy paste delete rename move upload download sync filter sort'.split(' ');
// Fresh words (numbers would be normalised away by the fingerprint) make each report a new ticket.
const word = () => WORDS[Math.floor(Math.random() * WORDS.length)] + Math.random().toString(36).slice(2, 7).replace(/\d/g, 'q');

function reportBody(grouped) {
  return JSON.stringify({
    id: timeOrderedUuid(),
    kind: 'bug',
    message: grouped ? 'The save button does nothing' : `The ${word()} button does nothing when I ${word()} the ${word()}`,
    impact: 'hinders',
    page: { url: 'https://app.example.com/notes/42', title: 'Notes' },
    metadata: { plan: 'pro', build: 1142 },
    createdAt: new Date().toISOString(),
  });
}

/** One autocannon run; the result in the shape runWrk() gives. */
async function runAutocannon(server, grouped, duration) {
  const headers = { 'content-type': 'application/json', ...(server.projectKey && { 'x-aftercare-key': server.projectKey }) };
  const result = await autocannon({
    url: `${server.url}/v1/reports`,
    connections,
    duration,
    requests: [{ method: 'POST', headers, setupRequest: (req) => ({ ...req, body: reportBody(grouped) }) }],
  });
  return { ok: result['2xx'], reqPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, failed: result.non2xx, errors: result.errors };
}

/** One wrk run (one thread, `connections` connections), with the bodies ingest-wrk.lua makes. */
function runWrk(server, grouped, duration) {
  const script = fileURLToPath(new URL('./ingest-wrk.lua', import.meta.url));
  const env = { ...process.env, INGEST_KEY: server.projectKey ?? '', INGEST_GROUPED: grouped ? '1' : '0', INGEST_START_MS: String(Date.now()) };
  return new Promise((resolve, reject) => {
    execFile('wrk', ['-t1', `-c${connections}`, `-d${duration}s`, '--latency', '-s', script, server.url], { env }, (error, stdout) => {
      if (error) return reject(error);
      const line = stdout.split('\n').find((text) => text.startsWith('{"requests"'));
      if (!line) return reject(new Error(`wrk printed no result:\n${stdout}`));
      const result = JSON.parse(line);
      const ok = result.requests - result.non2xx;
      resolve({ ok, reqPerSecond: ok / (result.durationUs / 1e6), p50: result.p50Us / 1000, p99: result.p99Us / 1000, failed: result.non2xx, errors: result.socketErrors });
    });
  });
}

async function measure(mode, grouped = false) {
  const server = await startServerProcess(mode);
  const run = (duration) => (client === 'wrk' ? runWrk : runAutocannon)(server, grouped, duration);
  await run(2); // warm-up
  const batchesBefore = await batchStats(server.url);
  const rowsBefore = countRows(server.file);
  const cpuBefore = cpuMs(server.child.pid);
  const clientBefore = clientCpuMs();
  const result = await run(seconds);
  const clientCores = (clientCpuMs() - clientBefore) / 1000 / seconds;
  const cores = (cpuMs(server.child.pid) - cpuBefore) / 1000 / seconds;
  const batchesAfter = await batchStats(server.url);
  const rowsAfter = countRows(server.file);
  server.child.kill('SIGTERM');
  await new Promise((resolve) => server.child.once('exit', resolve));
  // The next server starts on a quiet disk: the log and pages this one wrote are flushed now, not during its run.
  execFileSync('sync');
  const batches = batchesAfter && batchesBefore && batchesAfter.count - batchesBefore.count;
  const reportsFiled = rowsAfter.reports - rowsBefore.reports;
  // Requests still in flight when the client stops may be filed without being counted: never the other way round.
  if (reportsFiled < result.ok) throw new Error(`${mode}: ${result.ok} reports answered but only ${reportsFiled} in the database`);
  return {
    mode: grouped ? `${mode} (grouped)` : mode,
    'req/s (mean)': Math.round(result.reqPerSecond),
    'p50 ms': Number(result.p50.toFixed(1)),
    'p99 ms': Number(result.p99.toFixed(1)),
    '2xx': result.ok,
    'non-2xx': result.failed,
    errors: result.errors,
    'reports filed': reportsFiled,
    'new tickets': rowsAfter.tickets === undefined ? '' : rowsAfter.tickets - rowsBefore.tickets,
    'server cores': cores.toFixed(2),
    'client cores': clientCores.toFixed(2),
    'reports/batch': batches ? ((batchesAfter.sum - batchesBefore.sum) / batches).toFixed(1) : '',
  };
}

const ratios = [];
for (let round = 1; round <= rounds; round++) {
  const rows = [];
  for (const mode of ['bare', 'kysely', 'aftercare']) rows.push(await measure(mode));
  rows.push(await measure('aftercare', true));
  console.log(`\nIngest, ${client}, ${connections} connections, ${seconds} s per server, Node ${process.version}, ${cpus().length}× ${cpus()[0]?.model}${rounds > 1 ? `, round ${round} of ${rounds}` : ''}`);
  console.table(rows);
  const [bare, , fresh, grouped] = rows.map((row) => row['req/s (mean)']);
  ratios.push({ round, 'new tickets / ceiling': fresh / bare, 'hot ticket / ceiling': grouped / bare });
  // Each run's database is a few hundred MB: gone before the next round.
  for (const file of readdirSync(dir)) rmSync(join(dir, file), { force: true });
}
if (rounds > 1) {
  const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  };
  const percent = (value) => `${(100 * value).toFixed(1)} %`;
  const rows = ratios.map((row) => ({ round: row.round, 'new tickets / ceiling': percent(row['new tickets / ceiling']), 'hot ticket / ceiling': percent(row['hot ticket / ceiling']) }));
  rows.push({
    round: 'median',
    'new tickets / ceiling': percent(median(ratios.map((row) => row['new tickets / ceiling']))),
    'hot ticket / ceiling': percent(median(ratios.map((row) => row['hot ticket / ceiling']))),
  });
  console.log('\nAftercare against the ceiling (the bare route) of the same round');
  console.table(rows);
}
rmSync(dir, { recursive: true, force: true });
