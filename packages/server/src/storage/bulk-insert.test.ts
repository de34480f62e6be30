import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DIALECTS, freshDeps } from '../test-support/databases.js';
import { createProject } from '../services/projects.js';
import { insertRows } from './bulk-insert.js';

describe.each(DIALECTS)('insertRows on %s', (dialect) => {
  let deps: Awaited<ReturnType<typeof freshDeps>>;
  let projectId: string;
  beforeAll(async () => {
    deps = await freshDeps(dialect);
    projectId = (await createProject(deps, { name: 'Shop', slug: 'shop' })).id;
  });
  afterAll(() => deps.close());

  const event = (n: number, tag: string) => ({
    id: `${tag}-${String(n).padStart(3, '0')}`,
    project_id: projectId,
    type: 'ticket.updated',
    payload: JSON.stringify({ n, text: `it's "quoted" $1 ?` }),
    created_at: `2026-03-02T10:00:00.${String(n).padStart(3, '0')}Z`,
  });

  it('inserts batches of any size in one prepared statement, every value in its column', async () => {
    const executed = vi.spyOn(deps.db, 'executeQuery');
    for (const size of [1, 3, 70, 3]) {
      const tag = `s${size}-${Math.random().toString(36).slice(2, 6)}`;
      const rows = Array.from({ length: size }, (_, n) => event(n, tag));
      executed.mockClear();
      await insertRows(deps.db, 'outbox_events', rows);
      expect(executed).toHaveBeenCalledTimes(1);
      expect((executed.mock.calls[0]![0] as unknown as { parameters: unknown[] }).parameters).toHaveLength(size * 5);
      const stored = await deps.db.selectFrom('outbox_events').selectAll().where('id', 'like', `${tag}-%`).orderBy('id').execute();
      expect(stored).toEqual(rows);
    }
    executed.mockRestore();
  });

  it('stores nulls, and rows of differing shapes through the usual builder', async () => {
    await deps.db.schema.createTable('bulk_probe').addColumn('id', 'text', (c) => c.primaryKey()).addColumn('note', 'text').ifNotExists().execute();
    const probe = deps.db as unknown as Parameters<typeof insertRows>[0];
    await insertRows(probe, 'bulk_probe' as never, [{ id: 'a', note: null }, { id: 'b', note: 'x' }] as never);
    await insertRows(probe, 'bulk_probe' as never, [{ id: 'c' }, { id: 'd', note: 'y' }] as never);
    const rows = await deps.db.selectFrom('bulk_probe' as never).selectAll().orderBy('id' as never).execute();
    expect(rows).toEqual([
      { id: 'a', note: null },
      { id: 'b', note: 'x' },
      { id: 'c', note: null },
      { id: 'd', note: 'y' },
    ]);
  });

  it('answers the database error of a failing row, inserting none of the batch', async () => {
    const tag = `dup-${Math.random().toString(36).slice(2, 6)}`;
    await insertRows(deps.db, 'outbox_events', [event(1, tag)]);
    await expect(insertRows(deps.db, 'outbox_events', [event(2, tag), event(1, tag)])).rejects.toThrow();
    const stored = await deps.db.selectFrom('outbox_events').select('id').where('id', 'like', `${tag}-%`).execute();
    expect(stored).toHaveLength(1);
  });
});
