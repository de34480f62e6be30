/**
 * The numbers `/metrics` reads at scrape time: one grouped query each, over
 * indexed columns, so a scrape stays cheap however many tickets there are.
 */
import type { Db } from '../schema.js';

/** Tickets per project (by slug), status and SLA state. */
export async function ticketCounts(db: Db): Promise<Array<{ project: string; status: string; slaState: string; count: number }>> {
  const rows = await db
    .selectFrom('tickets')
    .innerJoin('projects', 'projects.id', 'tickets.project_id')
    .select((eb) => ['projects.slug', 'tickets.status', 'tickets.sla_state', eb.fn.countAll<number | string>().as('n')])
    .groupBy(['projects.slug', 'tickets.status', 'tickets.sla_state'])
    .execute();
  return rows.map((row) => ({ project: row.slug, status: row.status, slaState: row.sla_state, count: Number(row.n) }));
}

/** SLA breaches announced so far (one notice per breached target), per project and metric. */
export async function slaBreachCounts(db: Db): Promise<Array<{ project: string; metric: string; count: number }>> {
  const rows = await db
    .selectFrom('sla_notices')
    .innerJoin('tickets', 'tickets.id', 'sla_notices.ticket_id')
    .innerJoin('projects', 'projects.id', 'tickets.project_id')
    .select((eb) => ['projects.slug', 'sla_notices.metric', eb.fn.countAll<number | string>().as('n')])
    .where('sla_notices.kind', '=', 'breach')
    .groupBy(['projects.slug', 'sla_notices.metric'])
    .execute();
  return rows.map((row) => ({ project: row.slug, metric: row.metric, count: Number(row.n) }));
}

/**
 * The outbox: every event held, and those after the fan-out cursor `cursorName`
 * (not yet turned into webhook deliveries). Ids are time-ordered, so "after
 * the cursor" is a range over the primary key.
 */
export async function outboxCounts(db: Db, cursorName: string): Promise<{ total: number; pending: number }> {
  const cursor = await db.selectFrom('webhook_cursor').select('last_event_id').where('name', '=', cursorName).executeTakeFirst();
  const [total, pending] = await Promise.all([
    db.selectFrom('outbox_events').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
    db
      .selectFrom('outbox_events')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('id', '>', cursor?.last_event_id ?? '')
      .executeTakeFirstOrThrow(),
  ]);
  return { total: Number(total.n), pending: Number(pending.n) };
}

/** Webhook deliveries not (or no longer) on their way: `pending`, `failed` (to retry) and `dead`, by status. */
export async function unsettledDeliveryCounts(db: Db): Promise<Array<{ status: string; count: number }>> {
  const rows = await db
    .selectFrom('webhook_deliveries')
    .select((eb) => ['status', eb.fn.countAll<number | string>().as('n')])
    .where('status', 'in', ['pending', 'failed', 'dead'])
    .groupBy('status')
    .execute();
  return rows.map((row) => ({ status: row.status, count: Number(row.n) }));
}
