/**
 * Serving attachments to the agents of their project, and only to them.
 */
import { AppError } from '../errors.js';
import type { Deps } from '../deps.js';
import { findAttachment, type AttachmentInfo } from '../storage/repositories/attachments.js';
import { projectRole, type Agent } from './access.js';

/** An attachment an agent may read; anything else is "not found". */
export async function attachmentFor(deps: Deps, agent: Agent, id: string): Promise<{ info: AttachmentInfo; data: Uint8Array }> {
  const found = await findAttachment(deps.db, id);
  if (!found || !(await projectRole(deps, agent, found.info.projectId))) {
    throw new AppError('attachment_not_found', 404, 'No such attachment');
  }
  return found;
}

/** `Content-Disposition` for a file name, ASCII fallback plus RFC 5987 UTF-8. */
export function contentDisposition(type: 'inline' | 'attachment', filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
