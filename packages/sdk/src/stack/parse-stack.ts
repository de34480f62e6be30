/**
 * Parses `error.stack` text into frames, innermost first, for the three
 * engine formats: V8 (Chromium, Node, Edge), SpiderMonkey (Firefox) and
 * JavaScriptCore (Safari). Lines that match no format are skipped. Pure.
 */
import type { StackFrame } from '../schemas/diagnostics.js';

/** Options for {@link parseStack}. */
export interface ParseStackOptions {
  /** Decides whether a file is the host app's code; default {@link defaultIsInApp}. */
  isInApp?: (file: string) => boolean;
  /** Frames kept, innermost first. Default 50. */
  maxFrames?: number;
}

// "    at fn (file:1:2)", "    at file:1:2", "    at async fn (file:1:2)", "    at new Foo (file:1:2)"
const V8_FRAME = /^\s*at (?:(.+?) )?\((.+)\)\s*$|^\s*at (.+)\s*$/;
// "fn@file:1:2", "@file:1:2", "async*fn@file:1:2", "global code@file:1:2", "fn@[native code]"
const GECKO_JSC_FRAME = /^\s*(?:(.*?)@)?(\S.*)$/;
// "file:1:2" or "file:1" at the end of a location.
const LOCATION = /^(.*?):(\d+)(?::(\d+))?$/;
const NATIVE = new Set(['native', '[native code]', '<anonymous>']);

/** Default in-app rule: not a dependency, not an extension, not engine or Node internals. */
export function defaultIsInApp(file: string): boolean {
  if (/\/node_modules\/|\\node_modules\\/.test(file)) return false;
  if (/^(?:chrome|moz|safari(?:-web)?|webkit-masked-url)-extension:|^webkit-masked-url:/.test(file)) return false;
  if (/^node:|^internal[/:]/.test(file)) return false;
  return !NATIVE.has(file);
}

/** Same-origin rule for browsers: `http(s)` files must come from `origin` (CDN scripts are not in-app). */
export function sameOriginInApp(origin: string): (file: string) => boolean {
  return (file) => {
    if (!defaultIsInApp(file)) return false;
    if (!/^https?:\/\//.test(file)) return true;
    return file.startsWith(`${origin}/`) || file === origin;
  };
}

/**
 * Parses a stack trace into frames.
 *
 * @example
 * parseStack('TypeError: x\n    at save (https://app.example/main.js:10:5)');
 * // [{ function: 'save', file: 'https://app.example/main.js', line: 10, column: 5, inApp: true }]
 */
export function parseStack(stack: string | undefined, options: ParseStackOptions = {}): StackFrame[] {
  if (!stack) return [];
  const isInApp = options.isInApp ?? defaultIsInApp;
  const maxFrames = options.maxFrames ?? 50;
  const lines = stack.split('\n');
  // V8 stacks start with the message, which may itself look like "file:1:2": once a
  // stack has V8 lines, only V8 lines are frames.
  const v8 = lines.some((line) => /^\s*at /.test(line));
  const frames: StackFrame[] = [];
  for (const line of lines) {
    if (frames.length >= maxFrames) break;
    const frame = v8 ? parseV8Line(line) : parseGeckoOrJscLine(line);
    if (!frame) continue;
    const native = frame.native ?? false;
    frames.push({
      ...frame,
      inApp: !native && frame.file !== undefined && isInApp(frame.file),
      ...(native ? { native } : {}),
    });
  }
  return frames;
}

type RawFrame = Omit<StackFrame, 'inApp'>;

function parseV8Line(line: string): RawFrame | undefined {
  const match = V8_FRAME.exec(line);
  if (!match) return undefined;
  let fn = match[1];
  let location = match[2] ?? match[3] ?? '';
  // "eval at outer (file:1:2), <anonymous>:1:1": the position of the eval call is the useful one.
  const evalMatch = /^eval at [^(]*\((.+?)\)(?:,|$)/.exec(location);
  if (evalMatch?.[1]) {
    location = evalMatch[1];
    fn = fn ?? 'eval';
  }
  if (fn?.startsWith('async ')) fn = fn.slice(6);
  return fromLocation(cleanFunction(fn), location.trim());
}

function parseGeckoOrJscLine(line: string): RawFrame | undefined {
  const trimmed = line.trim();
  if (!trimmed.includes('@') && !LOCATION.test(trimmed) && !NATIVE.has(trimmed)) return undefined;
  const match = GECKO_JSC_FRAME.exec(line);
  if (!match) return undefined;
  let fn = match[1];
  let location = match[2] ?? '';
  if (fn?.startsWith('async*')) fn = fn.slice(6);
  // Firefox eval: "fn@file line 12 > eval:1:5": keep the file and the line of the eval call.
  const evalMatch = /^(.*?) line (\d+) > (?:eval|Function)/.exec(location);
  if (evalMatch?.[1] && evalMatch[2]) {
    return { function: cleanFunction(fn) ?? 'eval', file: evalMatch[1], line: Number(evalMatch[2]) };
  }
  // Safari top-level frames are "global code" / "module code" / "eval code": no function name.
  if (fn && /^(?:global|module|eval) code$/.test(fn)) fn = undefined;
  location = location.trim();
  return fromLocation(cleanFunction(fn), location);
}

function fromLocation(fn: string | undefined, location: string): RawFrame | undefined {
  if (NATIVE.has(location)) return { ...(fn ? { function: fn } : {}), native: true };
  const match = LOCATION.exec(location);
  if (!match) {
    // Something that is neither a position nor native (e.g. a message line): not a frame.
    return undefined;
  }
  const [, file, line, column] = match;
  return {
    ...(fn ? { function: fn } : {}),
    ...(file ? { file } : {}),
    line: Number(line),
    ...(column ? { column: Number(column) } : {}),
  };
}

function cleanFunction(fn: string | undefined): string | undefined {
  if (!fn) return undefined;
  const trimmed = fn.trim();
  if (!trimmed || trimmed === '<anonymous>') return undefined;
  return trimmed;
}
