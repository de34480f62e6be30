/**
 * Reads the parts of a report's diagnostics that triage cares about (errors
 * with their stack frames, network requests) out of an `unknown` value.
 *
 * The wire contract accepts any JSON object as diagnostics (the SDK's own
 * collectors describe theirs, but older or other clients may send anything),
 * so this module is the one place that reads it: every field is optional,
 * anything of the wrong type is dropped, and lists and strings are capped so
 * one oversized report cannot make triage slow.
 */

/** One stack frame as triage reads it. */
export interface TriageFrame {
  function?: string;
  file?: string;
  inApp?: boolean;
}

/** One error captured on the reporter's side. */
export interface TriageError {
  /** How the SDK caught it: `error`, `unhandledrejection` or `captured` (by the host app). */
  kind?: string;
  type?: string;
  message?: string;
  /** Innermost (most recent call) first, as in `Error.stack`. */
  frames: TriageFrame[];
  handled?: boolean;
}

/** One network request captured on the reporter's side. */
export interface TriageRequest {
  status?: number;
  method?: string;
  url?: string;
}

/** The narrow view of diagnostics used by fingerprinting and rules. */
export interface TriageDiagnostics {
  errors: TriageError[];
  network: TriageRequest[];
}

/** Caps applied while reading, to bound the work done per report. */
export const DIAGNOSTICS_CAPS = {
  errors: 20,
  framesPerError: 50,
  requests: 100,
  stringChars: 2_000,
} as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readString(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  return value.length > DIAGNOSTICS_CAPS.stringChars
    ? value.slice(0, DIAGNOSTICS_CAPS.stringChars)
    : value;
}

function readBoolean(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}

function readList(value: unknown, cap: number): unknown[] {
  return Array.isArray(value) ? value.slice(0, cap) : [];
}

function readFrame(value: unknown): TriageFrame | undefined {
  if (!isRecord(value)) return undefined;
  const frame: TriageFrame = {};
  const fn = readString(value['function']);
  const file = readString(value['file']);
  const inApp = readBoolean(value['inApp']);
  if (fn !== undefined) frame.function = fn;
  if (file !== undefined) frame.file = file;
  if (inApp !== undefined) frame.inApp = inApp;
  return frame;
}

function readError(value: unknown): TriageError | undefined {
  if (!isRecord(value)) return undefined;
  const frames: TriageFrame[] = [];
  for (const item of readList(value['frames'], DIAGNOSTICS_CAPS.framesPerError)) {
    const frame = readFrame(item);
    if (frame) frames.push(frame);
  }
  const error: TriageError = { frames };
  const kind = readString(value['kind']);
  const type = readString(value['type']);
  const message = readString(value['message']);
  const handled = readBoolean(value['handled']);
  if (kind !== undefined) error.kind = kind;
  if (type !== undefined) error.type = type;
  if (message !== undefined) error.message = message;
  if (handled !== undefined) error.handled = handled;
  return error;
}

function readRequest(value: unknown): TriageRequest | undefined {
  if (!isRecord(value)) return undefined;
  const request: TriageRequest = {};
  const status = value['status'];
  if (typeof status === 'number' && Number.isInteger(status)) request.status = status;
  const method = readString(value['method']);
  const url = readString(value['url']);
  if (method !== undefined) request.method = method;
  if (url !== undefined) request.url = url;
  return request;
}

/**
 * Reads errors and network requests from a report's diagnostics, whatever
 * their shape; never throws.
 *
 * @example
 * const { errors } = readDiagnostics(report.diagnostics);
 */
export function readDiagnostics(value: unknown): TriageDiagnostics {
  const result: TriageDiagnostics = { errors: [], network: [] };
  if (!isRecord(value)) return result;
  for (const item of readList(value['errors'], DIAGNOSTICS_CAPS.errors)) {
    const error = readError(item);
    if (error) result.errors.push(error);
  }
  for (const item of readList(value['network'], DIAGNOSTICS_CAPS.requests)) {
    const request = readRequest(item);
    if (request) result.network.push(request);
  }
  return result;
}

/**
 * Whether an error was not caught by the host app. An explicit `handled` flag
 * decides; otherwise an error counts as uncaught unless its `kind` is
 * `captured` (reported on purpose by the host app), since global error and
 * unhandled-rejection handlers are where collectors find errors.
 */
export function isUncaught(error: TriageError): boolean {
  if (error.handled !== undefined) return !error.handled;
  return error.kind !== 'captured';
}

/** Whether a request failed with a status inside `[min, max]`. */
export function hasFailedRequest(
  diagnostics: TriageDiagnostics,
  min = 500,
  max = 599,
): boolean {
  return diagnostics.network.some(
    (request) => request.status !== undefined && request.status >= min && request.status <= max,
  );
}
