/**
 * Turns anything thrown or rejected into an error entry: type, message,
 * stack, source position and parsed frames. Shared by the browser error
 * collector, `captureError` and the Node process handlers.
 */
import type { ErrorEntry } from '../schemas/diagnostics.js';
import { safeSerialize, truncateString } from '../serialize/safe-serialize.js';
import { parseStack, type ParseStackOptions } from '../stack/parse-stack.js';

/** Where the runtime said an error happened (from an `ErrorEvent`). */
export interface ErrorSource {
  url?: string;
  line?: number;
  column?: number;
}

const MAX_MESSAGE = 2_000;
const MAX_STACK = 8_000;

/**
 * Builds an error entry from a thrown value.
 *
 * @example
 * errorEntry('captured', new TypeError('x'), new Date().toISOString());
 * // { kind: 'captured', type: 'TypeError', message: 'x', stack: '…', frames: [...] }
 */
export function errorEntry(
  kind: ErrorEntry['kind'],
  value: unknown,
  time: string,
  source?: ErrorSource,
  parseOptions?: ParseStackOptions,
): ErrorEntry {
  let type: string;
  let message: string;
  let stack: string | undefined;
  if (value instanceof Error || isErrorLike(value)) {
    type = value.name || 'Error';
    message = String(value.message);
    stack = typeof value.stack === 'string' ? value.stack : undefined;
  } else {
    type = kind === 'unhandledrejection' ? 'UnhandledRejection' : 'NonError';
    message = typeof value === 'string' ? value : JSON.stringify(safeSerialize(value, { maxDepth: 3 }));
  }
  const frames = parseStack(stack, parseOptions);
  const cleanSource = source && (source.url || source.line) ? pickDefined(source) : undefined;
  const fallback = frames[0]?.file ? pickDefined({ url: frames[0].file, line: frames[0].line, column: frames[0].column }) : undefined;
  const where = cleanSource ?? fallback;
  return {
    kind,
    time,
    type,
    message: truncateString(message, MAX_MESSAGE),
    ...(stack ? { stack: truncateString(stack, MAX_STACK) } : {}),
    ...(where ? { source: where } : {}),
    frames,
  };
}

function isErrorLike(value: unknown): value is { name: string; message: unknown; stack?: unknown } {
  const v = value as { name?: unknown; message?: unknown } | null;
  return typeof v === 'object' && v !== null && typeof v.name === 'string' && 'message' in v;
}

function pickDefined(source: ErrorSource): ErrorSource {
  const out: ErrorSource = {};
  if (source.url) out.url = source.url;
  if (source.line) out.line = source.line;
  if (source.column) out.column = source.column;
  return out;
}
