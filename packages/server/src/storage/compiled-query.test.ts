import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DIALECTS, freshDeps } from '../test-support/databases.js';
import { createProject } from '../services/projects.js';
import { compiledQuery } from './compiled-query.js';
import type { Db } from './schema.js';

describe.each(DIALECTS)('compiledQuery on %s', (dialect) => {
  let deps: Awaited<ReturnType<typeof freshDeps>>;
  const projects: Array<{ id: string; slug: string }> = [];
  beforeAll(async () => {
    deps = await freshDeps(dialect);
    for (const slug of ['alpha', 'beta', 'gamma', 'delta']) projects.push({ id: (await createProject(deps, { name: slug, slug })).id, slug });
  });
  afterAll(() => deps.close());

  const direct = (db: Db, p: { slugs: string[]; prefix: string }) =>
    db
      .selectFrom('projects')
      .select(['slug', 'disabled'])
      .where('slug', 'in', p.slugs)
      // A constant of the query stays a constant, next to the parameters.
      .where('time_zone', 'in', ['UTC', 'Europe/Berlin'])
      .where('slug', 'like', p.prefix)
      .orderBy('slug');

  it('answers what the query built anew answers, for lists of any length, building once per length', async () => {
    const build = vi.fn(direct);
    const query = compiledQuery(build);
    for (const [slugs, prefix] of [
      [['alpha', 'beta'], '%a'],
      [['gamma', 'beta'], '%'],
      [['alpha', 'beta', 'delta'], 'd%'],
      [['delta'], '%'],
      [['alpha', 'gamma'], 'g%'],
    ] as const) {
      const p = { slugs: [...slugs], prefix };
      expect(await query(deps.db, p)).toEqual(await direct(deps.db, p).execute());
    }
    // Shapes: two items, three, one.
    expect(build).toHaveBeenCalledTimes(3);
  });

  it('runs inside transactions, sharing the plans of their database', async () => {
    const build = vi.fn((db: Db, p: { id: string; seq: number }) =>
      db.updateTable('projects').set((eb) => ({ ticket_seq: eb('ticket_seq', '+', p.seq) })).where('id', '=', p.id).returning('ticket_seq'),
    );
    const bump = compiledQuery(build);
    const [first] = await bump(deps.db, { id: projects[0]!.id, seq: 5 });
    const [second] = await deps.db.transaction().execute((trx) => bump(trx, { id: projects[0]!.id, seq: 2 }));
    expect(Number(first!.ticket_seq)).toBe(5);
    expect(Number(second!.ticket_seq)).toBe(7);
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('refuses a builder that does not use a parameter as a value', async () => {
    const query = compiledQuery((db, _p: { slug: string }) => db.selectFrom('projects').select('slug'));
    await expect(query(deps.db, { slug: 'alpha' })).rejects.toThrow(/not used as a value/);
  });
});
