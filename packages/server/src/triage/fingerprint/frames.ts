/**
 * Picks and normalises the stack frames that identify where an error came
 * from: the top in-app frames, each reduced to `function@file` without line or
 * column, host, query string or bundler content hash.
 */
import type { TriageFrame } from '../diagnostics.js';
import { normalisePath } from './volatile.js';

/** How many in-app frames a fingerprint uses by default. */
export const DEFAULT_FRAME_COUNT = 5;

const LINE_AND_COLUMN = /(?::\d+){1,2}$/;

/**
 * Whether a file-name part is a bundler content hash: webpack's hex digests
 * (8+ characters, 2+ digits) or Vite's 8-character base64url ones.
 */
export function looksLikeContentHash(part: string): boolean {
  if (!/^[A-Za-z0-9_-]{8,}$/.test(part)) return false;
  const digits = part.replace(/\D/g, '').length;
  if (digits >= 2) return true;
  const upper = part.replace(/[^A-Z]/g, '').length;
  const lower = part.replace(/[^a-z]/g, '').length;
  if (upper === 0 || lower === 0) return false;
  return digits > 0 || part.includes('_') || (part.length === 8 && upper >= 2);
}

function stripContentHash(base: string): string {
  const parts = base.split('.');
  if (parts.length < 2) return base;
  const ext = parts.pop()!;
  const kept = parts.filter((part, index) => index === 0 || !looksLikeContentHash(part));
  const dash = kept[0]!.lastIndexOf('-');
  if (dash > 0 && looksLikeContentHash(kept[0]!.slice(dash + 1))) {
    kept[0] = kept[0]!.slice(0, dash);
  }
  return [...kept, ext].join('.');
}

/** Normalises a function name; anonymous functions become `?`. */
export function normaliseFunctionName(name: string | undefined): string {
  const trimmed = (name ?? '').trim().replace(/^async\s+/, '').replace(/^Object\./, '');
  if (trimmed === '' || trimmed === '<anonymous>' || trimmed === 'anonymous') return '?';
  return trimmed;
}

/** Normalises a frame's file: path only, no host, query, line, column or content hash. */
export function normaliseFrameFile(file: string | undefined): string {
  let path = (file ?? '').trim();
  if (path === '') return '?';
  path = path.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '');
  const cut = path.search(/[?#]/);
  if (cut !== -1) path = path.slice(0, cut);
  path = path.replace(LINE_AND_COLUMN, '');
  const slash = path.lastIndexOf('/');
  if (slash === -1) return stripContentHash(path);
  const dir = slash === 0 ? '' : normalisePath(path.slice(0, slash));
  return `${dir}/${stripContentHash(path.slice(slash + 1))}`;
}

/**
 * The frames that belong to the app: those marked `inApp`, or when none is,
 * those not marked otherwise and not under `node_modules`.
 */
export function inAppFrames(frames: readonly TriageFrame[]): TriageFrame[] {
  const marked = frames.filter((frame) => frame.inApp === true);
  if (marked.length > 0) return marked;
  return frames.filter(
    (frame) => frame.inApp !== false && !(frame.file ?? '').includes('node_modules'),
  );
}

/**
 * The top `count` in-app frames as `function@file` keys, innermost first.
 *
 * @example
 * topFrameKeys([{ function: 'save', file: 'https://x.io/assets/app.3f9a2c1b.js?v=2', inApp: true }]);
 * // ['save@/assets/app.js']
 */
export function topFrameKeys(
  frames: readonly TriageFrame[],
  count = DEFAULT_FRAME_COUNT,
): string[] {
  return inAppFrames(frames)
    .slice(0, Math.max(0, count))
    .map((frame) => `${normaliseFunctionName(frame.function)}@${normaliseFrameFile(frame.file)}`);
}
