import { describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { systemClock } from '../clock.js';
import { openDatabase } from '../storage/connect.js';
import { migrateDown, migrations } from '../storage/migrate.js';
import { DIALECTS, TEST_SECRET, createPostgresDatabase, freshDeps } from '../test-support/databases.js';

const LATEST = Object.keys(migrations).at(-1)!;

describe.each(DIALECTS)('GET /readyz on %s', (dialect) => {
  it('is 200 when the database answers and every migration has run', async () => {
    const deps = await freshDeps(dialect);
    try {
      const res = await createApp(deps).request('/readyz');
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: 'ready', database: dialect, migration: LATEST });
    } finally {
      await deps.close();
    }
  });

  it('is 503 migrations_pending on a database never migrated, and after a migration is undone', async () => {
    const database = openDatabase(dialect === 'sqlite' ? ':memory:' : await createPostgresDatabase());
    const app = createApp({ db: database.db, dialect, clock: systemClock, config: { secret: TEST_SECRET } });
    try {
      const bare = await app.request('/readyz');
      expect(bare.status).toBe(503);
      expect(await bare.json()).toMatchObject({ status: 'unavailable', reason: 'migrations_pending', pending: Object.keys(migrations) });
    } finally {
      await database.close();
    }
    const deps = await freshDeps(dialect);
    try {
      await migrateDown(deps.db);
      const res = await createApp(deps).request('/readyz');
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ reason: 'migrations_pending', pending: [LATEST], message: expect.stringContaining('aftercare migrate') });
    } finally {
      await deps.close();
    }
  });

  it('is 503 database_unreachable when the database does not answer', async () => {
    const deps = await freshDeps(dialect);
    await deps.close();
    const res = await createApp(deps).request('/readyz');
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: 'unavailable', database: dialect, reason: 'database_unreachable' });
  });
});
