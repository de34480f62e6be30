/**
 * Reads a report's diagnostics for display, pure and defensive: the contract
 * accepts any JSON object, so each section is checked entry by entry against
 * the shape the SDK writes (schemas/diagnostics.ts) and what does not fit is
 * left out rather than trusted.
 */
import type { Breadcrumb, ConsoleEntry, ErrorEntry, NetworkEntry, StackFrame } from '@aftercare/sdk/schemas';

type Json = Record<string, unknown>;

const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const optional = <T>(v: unknown, test: (x: unknown) => x is T): boolean => v === undefined || test(v);

function entries<T>(value: unknown, accept: (item: Json) => boolean): T[] {
  return Array.isArray(value) ? (value.filter((item) => isObj(item) && accept(item)) as T[]) : [];
}

const LEVELS = ['debug', 'log', 'info', 'warn', 'error'];

/** Console entries; the arguments stay as sent (JSON values). */
export function readConsole(diagnostics: Json): ConsoleEntry[] {
  return entries(diagnostics.console, (e) => LEVELS.includes(e.level as string) && isStr(e.time) && Array.isArray(e.args));
}

function isFrame(f: unknown): f is StackFrame {
  return isObj(f) && typeof f.inApp === 'boolean' && optional(f.function, isStr) && optional(f.file, isStr)
    && optional(f.line, isNum) && optional(f.column, isNum);
}

/** Errors and unhandled rejections, each with its valid frames. */
export function readErrors(diagnostics: Json): ErrorEntry[] {
  return entries<ErrorEntry>(diagnostics.errors, (e) => isStr(e.type) && isStr(e.message) && isStr(e.time)).map((e) => ({
    ...e,
    frames: Array.isArray(e.frames) ? e.frames.filter(isFrame) : [],
    stack: isStr(e.stack) ? e.stack : undefined,
    source: isObj(e.source) ? e.source : undefined,
  }));
}

/** Network requests. */
export function readNetwork(diagnostics: Json): NetworkEntry[] {
  return entries(diagnostics.network, (e) => isStr(e.method) && isStr(e.url) && isNum(e.status) && isNum(e.durationMs) && isStr(e.time));
}

/** Navigations and clicks, in the order they happened. */
export function readBreadcrumbs(diagnostics: Json): Breadcrumb[] {
  return entries(diagnostics.breadcrumbs, (e) =>
    isStr(e.time) && ((e.type === 'navigation' && isStr(e.from) && isStr(e.to)) || (e.type === 'click' && isStr(e.selector))),
  );
}

/** Entries dropped per section to keep the diagnostics under the size limit. */
export function readTruncated(diagnostics: Json): Array<[string, number]> {
  const t = diagnostics.truncated;
  return isObj(t) ? Object.entries(t).filter((pair): pair is [string, number] => isNum(pair[1]) && pair[1] > 0) : [];
}

/**
 * The frames of an error with the host app's own frames first, each group
 * in its original order (innermost first).
 *
 * @example
 * const { inApp, other } = splitFrames(error.frames);
 */
export function splitFrames(frames: readonly StackFrame[]): { inApp: StackFrame[]; other: StackFrame[] } {
  return { inApp: frames.filter((f) => f.inApp), other: frames.filter((f) => !f.inApp) };
}

/** A frame as one line: `save (app.js:12:5)`. */
export function frameText(frame: StackFrame): string {
  const where = [frame.file, frame.line, frame.column].filter((part) => part !== undefined).join(':');
  const name = frame.function || '<anonymous>';
  return where ? `${name} (${where})` : name;
}

/** Flattens a value into display text: strings as they are, the rest as JSON. */
export function displayValue(value: unknown): string {
  if (isStr(value)) return value;
  if (value === undefined) return '';
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

/**
 * The environment as rows of a table: the environment section, then the
 * app's release and environment, the SDK and the host app's context, nested
 * objects flattened to dotted keys.
 */
export function environmentRows(diagnostics: Json): Array<[string, string]> {
  const rows: Array<[string, string]> = [];
  const add = (prefix: string, value: unknown, depth: number): void => {
    if (isObj(value) && depth < 3) {
      for (const [key, inner] of Object.entries(value)) add(prefix ? `${prefix}.${key}` : key, inner, depth + 1);
    } else if (Array.isArray(value) && value.every((v) => !isObj(v))) {
      rows.push([prefix, value.map(displayValue).join(', ')]);
    } else {
      rows.push([prefix, displayValue(value)]);
    }
  };
  if (isObj(diagnostics.environment)) add('', diagnostics.environment, 0);
  if (isObj(diagnostics.app)) add('app', diagnostics.app, 1);
  if (isObj(diagnostics.sdk)) rows.push(['sdk', [diagnostics.sdk.name, diagnostics.sdk.version].filter(isStr).join(' ')]);
  if (isObj(diagnostics.context)) add('context', diagnostics.context, 1);
  return rows;
}
