/**
 * The fan-out cursor: the only place that reads and writes `webhook_cursor`.
 * One row per name, shared by every instance; it only moves forward.
 */
import type { Db } from '../schema.js';

/** The id of the last outbox event fanned out under `name`; '' before the first. */
export async function readCursor(db: Db, name: string): Promise<string> {
  const row = await db.selectFrom('webhook_cursor').select('last_event_id').where('name', '=', name).executeTakeFirst();
  return row?.last_event_id ?? '';
}

/** Moves the cursor to `eventId` unless it is already there or further. */
export async function advanceCursor(db: Db, name: string, eventId: string, at: string): Promise<void> {
  await db
    .insertInto('webhook_cursor')
    .values({ name, last_event_id: eventId, updated_at: at })
    .onConflict((oc) =>
      oc
        .column('name')
        .doUpdateSet((eb) => ({ last_event_id: eb.ref('excluded.last_event_id'), updated_at: eb.ref('excluded.updated_at') }))
        .where('webhook_cursor.last_event_id', '<', eventId),
    )
    .execute();
}
