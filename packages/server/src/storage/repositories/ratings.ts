/**
 * Ratings repository: the only place that reads and writes `ratings`.
 */
import type { Db } from '../schema.js';

/** A stored rating. */
export interface Rating {
  score: number;
  comment: string | null;
}

/** Stores a rating; a second one for the same report and resolution violates a unique constraint. */
export async function insertRating(
  db: Db,
  rating: {
    id: string;
    ticketId: string;
    reportId: string;
    resolution: number;
    score: number;
    comment: string | null;
    assigneeId: string | null;
    createdAt: string;
  },
): Promise<void> {
  await db
    .insertInto('ratings')
    .values({
      id: rating.id,
      ticket_id: rating.ticketId,
      report_id: rating.reportId,
      resolution: rating.resolution,
      score: rating.score,
      comment: rating.comment,
      assignee_id: rating.assigneeId,
      created_at: rating.createdAt,
    })
    .execute();
}

/** The rating a report gave to one resolution of its ticket. */
export async function findRating(db: Db, reportId: string, ticketId: string, resolution: number): Promise<Rating | undefined> {
  const row = await db
    .selectFrom('ratings')
    .select(['score', 'comment'])
    .where('report_id', '=', reportId)
    .where('ticket_id', '=', ticketId)
    .where('resolution', '=', resolution)
    .executeTakeFirst();
  return row && { score: Number(row.score), comment: row.comment };
}
