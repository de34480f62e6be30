/**
 * Attachments repository: the only place that reads and writes `attachments`.
 */
import type { Db } from '../schema.js';

/** An attachment without its bytes. */
export interface AttachmentInfo {
  id: string;
  projectId: string;
  reportId: string;
  kind: 'screenshot' | 'file';
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
  createdAt: string;
}

/** Stores an attachment. */
export async function insertAttachment(db: Db, info: AttachmentInfo, data: Uint8Array): Promise<void> {
  await db
    .insertInto('attachments')
    .values({
      id: info.id,
      project_id: info.projectId,
      report_id: info.reportId,
      kind: info.kind,
      filename: info.filename,
      content_type: info.contentType,
      size: info.size,
      sha256: info.sha256,
      data: Buffer.from(data.buffer, data.byteOffset, data.byteLength),
      created_at: info.createdAt,
    })
    .execute();
}

const INFO_COLUMNS = ['id', 'project_id', 'report_id', 'kind', 'filename', 'content_type', 'size', 'sha256', 'created_at'] as const;

function toInfo(row: Record<(typeof INFO_COLUMNS)[number], unknown>): AttachmentInfo {
  return {
    id: String(row.id),
    projectId: String(row.project_id),
    reportId: String(row.report_id),
    kind: row.kind === 'screenshot' ? 'screenshot' : 'file',
    filename: String(row.filename),
    contentType: String(row.content_type),
    size: Number(row.size),
    sha256: String(row.sha256),
    createdAt: String(row.created_at),
  };
}

/** The attachments of some reports, without bytes, in the order they were stored. */
export async function listAttachmentsOfReports(db: Db, reportIds: readonly string[]): Promise<AttachmentInfo[]> {
  if (reportIds.length === 0) return [];
  const rows = await db
    .selectFrom('attachments')
    .select(INFO_COLUMNS)
    .where('report_id', 'in', reportIds)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toInfo);
}

/** One attachment with its bytes. */
export async function findAttachment(db: Db, id: string): Promise<{ info: AttachmentInfo; data: Uint8Array } | undefined> {
  const row = await db.selectFrom('attachments').select([...INFO_COLUMNS, 'data']).where('id', '=', id).executeTakeFirst();
  return row && { info: toInfo(row), data: new Uint8Array(row.data) };
}
