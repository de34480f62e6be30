/**
 * Queries that Kysely builds and compiles once per shape, then runs with new
 * parameters. Building a query is a tree of immutable nodes, frozen and
 * visited node by node: for the handful of queries that run on every batch of
 * reports it was about a tenth of the ingest thread's time
 * (docs/benchmarks.md, "Ingest").
 *
 * The query is built once with stand-ins for its parameters; the SQL and
 * where each stand-in landed among the compiled parameters are kept, per
 * dialect and per shape (the length of each list parameter). So the builder
 * must build the same SQL whatever the values: it may use them only as
 * values, never to decide what to build.
 */
import { CompiledQuery, type Compilable } from 'kysely';
import type { Db } from './schema.js';

/** A parameter: a value, or a list whose length is part of the query's shape (`in (…)`). */
type Parameter = string | number | null | readonly (string | number)[];

/** Where a compiled parameter comes from: a named parameter (an item of it for lists), or a constant of the query. */
type Slot = { name: string; item?: number } | { constant: unknown };

interface Plan {
  sql: string;
  slots: Slot[];
}

/**
 * A function running the query `build` makes, compiled once per dialect and shape.
 *
 * @example
 * const byIds = compiledQuery((db, p: { ids: string[] }) => db.selectFrom('tickets').selectAll().where('id', 'in', p.ids));
 * const rows = await byIds(trx, { ids: ['a', 'b'] });
 */
export function compiledQuery<P extends Record<string, Parameter>, R>(
  build: (db: Db, parameters: P) => Compilable<R>,
): (db: Db, parameters: P) => Promise<R[]> {
  // Kysely instances of one database and their transactions share an adapter: one cache per dialect.
  const plans = new WeakMap<object, Map<string, Plan>>();
  return async (db, parameters) => {
    const adapter = db.getExecutor().adapter;
    let byShape = plans.get(adapter);
    if (!byShape) plans.set(adapter, (byShape = new Map()));
    const shape = shapeOf(parameters);
    let plan = byShape.get(shape);
    if (!plan) byShape.set(shape, (plan = planOf(db, build, parameters)));
    const values = plan.slots.map((slot) => {
      if ('constant' in slot) return slot.constant;
      const value = parameters[slot.name];
      return slot.item === undefined ? value : (value as readonly unknown[])[slot.item];
    });
    return (await db.executeQuery<R>(CompiledQuery.raw(plan.sql, values))).rows;
  };
}

function shapeOf(parameters: Record<string, Parameter>): string {
  let shape = '';
  for (const name in parameters) {
    const value = parameters[name];
    shape += Array.isArray(value) ? `${name}[${value.length}] ` : `${name} `;
  }
  return shape;
}

function planOf<P extends Record<string, Parameter>, R>(db: Db, build: (db: Db, parameters: P) => Compilable<R>, parameters: P): Plan {
  const standIns = new Map<string, Slot>();
  const stand = (slot: { name: string; item?: number }) => {
    const text = `\u0000aftercare-parameter ${slot.name} ${slot.item ?? ''}`;
    standIns.set(text, slot);
    return text;
  };
  const built: Record<string, unknown> = {};
  for (const name in parameters) {
    const value = parameters[name];
    built[name] = Array.isArray(value) ? value.map((_, item) => stand({ name, item })) : stand({ name });
  }
  const compiled = build(db, built as P).compile();
  const slots = compiled.parameters.map((value): Slot => (typeof value === 'string' && standIns.get(value)) || { constant: value });
  const used = new Set(slots.flatMap((slot) => ('name' in slot ? [`${slot.name} ${slot.item ?? ''}`] : [])));
  if (used.size !== standIns.size) throw new Error(`compiledQuery: a parameter was not used as a value in ${compiled.sql}`);
  return { sql: compiled.sql, slots };
}
