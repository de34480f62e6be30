// A server process for bench/ingest.mjs, one per mode, so the load generator
// and the server do not share a core. Prints its URL on stdout when listening.
//   node ingest-server.mjs bare|kysely|aftercare <sqlite file>
import { randomBytes } from 'node:crypto';
import { serve } from '@hono/node-server';
import { startServer, openDatabase, migrateToLatest, createProject, systemClock } from '@aftercare/server';
import BetterSqlite3 from 'better-sqlite3';
import { Hono } from 'hono';
import { Kysely, SqliteDialect } from 'kysely';

const [mode, file] = process.argv.slice(2);

function listen(app) {
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
    console.log(JSON.stringify({ url: `http://127.0.0.1:${info.port}` }));
  });
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}

function openSqlite() {
  const db = new BetterSqlite3(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec('create table if not exists reports (id text primary key, body text not null, received_at text not null)');
  return db;
}

if (mode === 'bare') {
  const db = openSqlite();
  const insert = db.prepare('insert into reports (id, body, received_at) values (?, ?, ?)');
  const app = new Hono();
  app.post('/v1/reports', async (c) => {
    const body = await c.req.json();
    insert.run(body.id, JSON.stringify(body), new Date().toISOString());
    return c.json({ reportId: body.id }, 201);
  });
  listen(app);
} else if (mode === 'kysely') {
  const db = new Kysely({ dialect: new SqliteDialect({ database: openSqlite() }) });
  const app = new Hono();
  app.post('/v1/reports', async (c) => {
    const body = await c.req.json();
    await db.insertInto('reports').values({ id: body.id, body: JSON.stringify(body), received_at: new Date().toISOString() }).execute();
    return c.json({ reportId: body.id }, 201);
  });
  listen(app);
} else if (mode === 'aftercare') {
  const database = openDatabase(file);
  await migrateToLatest(database.db);
  const deps = { db: database.db, dialect: database.dialect, clock: systemClock, config: { secret: 'x'.repeat(32) } };
  const project = await createProject(deps, { name: 'Bench', slug: `bench-${randomBytes(4).toString('hex')}` });
  await database.close();
  const server = await startServer({ databaseUrl: file, secret: 'x'.repeat(32), port: 0 });
  console.log(JSON.stringify({ url: server.url, projectKey: project.publicKey }));
  process.on('SIGTERM', () => server.close().then(() => process.exit(0)));
} else {
  console.error('usage: node ingest-server.mjs bare|kysely|aftercare <sqlite file>');
  process.exit(2);
}
