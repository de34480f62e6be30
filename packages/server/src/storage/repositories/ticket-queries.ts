/**
 * Listing tickets for agents: filters, a stable sort and keyset (cursor)
 * pagination, so a page costs the same on page 1 and on page 4 000.
 */
import type { TicketListQuery } from '@aftercare/sdk/schemas';
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Db } from '../schema.js';
import { toTicket, type TicketRecord } from './tickets.js';

/** The position after the last row of a page: its sort value and id. */
type Cursor = [string, string];

/** Encodes a cursor for the wire. */
export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

/** Decodes a cursor; undefined when it is not one of ours. */
export function decodeCursor(text: string): Cursor | undefined {
  try {
    const value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string')) return value as Cursor;
  } catch {
    // fall through
  }
  return undefined;
}

/** Escapes LIKE wildcards so user text matches literally (with `escape '\'`). */
function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

/** `<expression> LIKE <pattern> ESCAPE '\'`, the same on SQLite and PostgreSQL. */
function like(expression: RawBuilder<unknown>, pattern: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`${expression} like ${pattern} escape '\\'`;
}

/** One page of a project's tickets and the cursor of the next page. */
export async function listTickets(
  db: Db,
  projectId: string,
  query: TicketListQuery,
  cursor: Cursor | undefined,
): Promise<{ items: TicketRecord[]; next: Cursor | null }> {
  const column = query.sort.endsWith('created') ? 'created_at' : 'updated_at';
  const direction = query.sort.startsWith('-') ? 'desc' : 'asc';
  let q = db.selectFrom('tickets').selectAll().where('project_id', '=', projectId);
  if (query.status) q = q.where('status', 'in', query.status);
  if (query.severity) q = q.where('severity', 'in', query.severity);
  if (query.category) q = q.where('category', 'in', query.category);
  if (query.assignee === 'none') q = q.where('assignee_id', 'is', null);
  else if (query.assignee) q = q.where('assignee_id', '=', query.assignee);
  if (query.sla) q = q.where('sla_state', 'in', query.sla);
  if (query.tier) q = q.where('tier', '=', Number(query.tier));
  if (query.tag) q = q.where(like(sql.ref('tags'), `%${likeLiteral(JSON.stringify(query.tag))}%`));
  if (query.createdFrom) q = q.where('created_at', '>=', new Date(query.createdFrom).toISOString());
  if (query.createdTo) q = q.where('created_at', '<', new Date(query.createdTo).toISOString());
  for (const word of query.q?.split(/\s+/) ?? []) {
    const pattern = `%${likeLiteral(word.toLowerCase())}%`;
    q = q.where((eb) =>
      eb.or([
        like(sql`lower(${sql.ref('tickets.title')})`, pattern),
        eb.exists(
          eb
            .selectFrom('reports')
            .select('reports.id')
            .whereRef('reports.ticket_id', '=', 'tickets.id')
            .where(like(sql`lower(${sql.ref('reports.message')})`, pattern)),
        ),
      ]),
    );
  }
  if (cursor) {
    const [value, id] = cursor;
    const op = direction === 'desc' ? '<' : '>';
    q = q.where((eb) => eb.or([eb(column, op, value), eb.and([eb(column, '=', value), eb('id', op, id)])]));
  }
  const rows = await q.orderBy(column, direction).orderBy('id', direction).limit(query.limit + 1).execute();
  const items = rows.slice(0, query.limit).map(toTicket);
  const last = rows.length > query.limit ? rows[query.limit - 1] : undefined;
  return { items, next: last ? [last[column], last.id] : null };
}
