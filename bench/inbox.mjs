// Inbox list latency with 100k tickets: fills a SQLite file through the
// server's own migrations and setup (initInstance), inserting the tickets and
// their reports directly with SQL in one transaction, then starts the real
// server on it and times GET /v1/agent/projects/:id/tickets as the console
// sends it: the first page, a filtered page, a page deep in the list (keyset
// cursor), and searches. Prints median and p95 over N runs of each.
//   node bench/inbox.mjs [tickets=100000] [runs=30]
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { initInstance, migrateToLatest, openDatabase, startServer, systemClock } from '@aftercare/server';

const total = Number(process.argv[2] ?? 100_000);
const runs = Number(process.argv[3] ?? 30);
const secret = 'bench-inbox-secret-0123456789-abcdefghijklmnop';
const dir = mkdtempSync(join(tmpdir(), 'aftercare-bench-inbox-'));
const file = join(dir, 'inbox.sqlite');

const STATUSES = ['new', 'open', 'in_progress', 'waiting_on_reporter', 'resolved', 'closed', 'closed', 'closed'];
const SEVERITIES = ['urgent', 'high', 'normal', 'normal', 'normal', 'low'];
const CATEGORIES = ['defect', 'usability', 'setup', 'inquiry', 'idea'];
const WORDS = ['export', 'login', 'invoice', 'upload', 'search', 'password', 'checkout', 'report', 'calendar', 'sync'];

async function fill() {
  const database = openDatabase(file);
  await migrateToLatest(database.db);
  const init = await initInstance(
    { db: database.db, dialect: database.dialect, clock: systemClock, config: { secret } },
    { name: 'Bench', slug: 'bench' },
  );
  await database.close();

  const sqlite = new Database(file);
  const agentId = sqlite.prepare('select agent_id from project_members limit 1').pluck().get();
  const ticket = sqlite.prepare(`insert into tickets (id, project_id, number, title, status, severity, category, assignee_id, tags, created_at, updated_at)
    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const report = sqlite.prepare(`insert into reports (id, project_id, ticket_id, kind, message, impact, page_url, diagnostics, metadata, client_created_at, received_at, tracking_hash)
    values (?, ?, ?, 'bug', ?, 'hinders', 'https://app.example.com/', '{}', '{}', ?, ?, ?)`);
  const start = Date.parse('2025-01-01T00:00:00Z');
  const began = performance.now();
  sqlite.transaction(() => {
    for (let n = 1; n <= total; n++) {
      const id = randomUUID();
      const at = new Date(start + n * 60_000).toISOString();
      const word = WORDS[n % WORDS.length];
      // One ticket in 5 000 mentions "zebra": a rare search term.
      const rare = n % 5000 === 0 ? ' zebra' : '';
      ticket.run(id, init.projectId, n, `The ${word} page fails #${n}`, STATUSES[n % STATUSES.length], SEVERITIES[n % SEVERITIES.length],
        CATEGORIES[n % CATEGORIES.length], n % 4 === 0 ? agentId : null, n % 7 === 0 ? '["vip"]' : '[]', at, at);
      report.run(randomUUID(), init.projectId, id, `When I open ${word} it spins forever${rare}, build ${n % 97}`, at, at, `h${n}`);
    }
    sqlite.prepare('update projects set ticket_seq = ? where id = ?').run(total, init.projectId);
  })();
  const fillMs = performance.now() - began;
  sqlite.pragma('optimize');
  // A cursor 90% deep into the default sort (-created): the keyset position
  // the server encodes, base64url of [created_at, id].
  const deep = sqlite.prepare('select created_at, id from tickets order by created_at desc, id desc limit 1 offset ?').get(Math.floor(total * 0.9));
  sqlite.close();
  const cursor = Buffer.from(JSON.stringify([deep.created_at, deep.id])).toString('base64url');
  return { ...init, agentId, cursor, fillMs };
}

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95) };
}

const setup = await fill();
const server = await startServer({ databaseUrl: file, secret, port: 0 });
const active = 'new,open,in_progress,waiting_on_reporter';
const cases = [
  ['first page (open, -created)', { status: active }],
  ['filtered (urgent, unassigned)', { status: active, severity: 'urgent', assignee: 'none' }],
  ['filtered (mine, tag vip)', { status: active, assignee: setup.agentId, tag: 'vip' }],
  ['deep cursor page (90%)', { cursor: setup.cursor }],
  ['search, common word', { q: 'export' }],
  ['search, rare word', { q: 'zebra' }],
  ['search, two words, open', { status: active, q: 'invoice spins' }],
];
const rows = [];
for (const [name, params] of cases) {
  const query = new URLSearchParams({ sort: '-created', limit: '50', ...params });
  const url = `${server.url}/v1/agent/projects/${setup.projectId}/tickets?${query}`;
  const headers = { authorization: `Bearer ${setup.adminToken}` };
  const timings = [];
  let items = 0;
  for (let i = 0; i < runs + 3; i++) {
    const began = performance.now();
    const response = await fetch(url, { headers });
    const body = await response.json();
    const ms = performance.now() - began;
    if (!response.ok) throw new Error(`${name}: ${response.status} ${JSON.stringify(body)}`);
    items = body.items.length;
    if (i >= 3) timings.push(ms);
  }
  const { median, p95 } = stats(timings);
  rows.push({ request: name, items, 'median ms': Number(median.toFixed(1)), 'p95 ms': Number(p95.toFixed(1)) });
}
await server.close();
rmSync(dir, { recursive: true, force: true });
console.log(`\nInbox list, ${total.toLocaleString('en')} tickets (+1 report each) on SQLite, filled in ${(setup.fillMs / 1000).toFixed(1)} s;`
  + ` ${runs} runs per request after 3 warm-ups, one at a time; Node ${process.version}, ${cpus().length}× ${cpus()[0]?.model}`);
console.table(rows);
