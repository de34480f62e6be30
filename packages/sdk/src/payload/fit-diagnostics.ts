/**
 * Keeps diagnostics under the wire contract's size limit by dropping the
 * oldest entries of the largest lists first (console, network, breadcrumbs,
 * errors), then whole sections, and says what was dropped in `truncated`.
 * Pure.
 */
import { LIMITS } from '../schemas/index.js';

const LISTS = ['console', 'network', 'breadcrumbs', 'errors'] as const;
const KEEP = new Set(['sdk', 'truncated']);

/** UTF-8 size of a value serialised as JSON. */
export function jsonBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).length;
}

/**
 * Returns diagnostics of at most `maxBytes` (UTF-8 JSON), trimmed oldest
 * first. `truncated[section]` counts the entries dropped (1 for a whole
 * non-list section). Input under the limit comes back unchanged.
 *
 * @example
 * fitDiagnostics({ console: hugeList }, 1024).truncated; // { console: 870 }
 */
export function fitDiagnostics(
  diagnostics: Record<string, unknown>,
  maxBytes: number = LIMITS.diagnosticsBytes,
): Record<string, unknown> {
  if (jsonBytes(diagnostics) <= maxBytes) return diagnostics;
  const out: Record<string, unknown> = { ...diagnostics };
  const truncated: Record<string, number> = { ...(out.truncated as Record<string, number> | undefined) };
  const note = (key: string, count: number) => {
    truncated[key] = (truncated[key] ?? 0) + count;
    out.truncated = truncated;
  };

  while (jsonBytes(out) > maxBytes) {
    const lists = LISTS.filter((key) => Array.isArray(out[key]) && (out[key] as unknown[]).length > 0);
    if (lists.length > 0) {
      const biggest = largest(out, lists);
      const list = out[biggest] as unknown[];
      const drop = Math.max(1, Math.ceil(list.length / 4));
      out[biggest] = list.slice(drop);
      note(biggest, drop);
      continue;
    }
    const sections = Object.keys(out).filter((key) => !KEEP.has(key) && out[key] !== undefined && !isEmptyList(out[key]));
    if (sections.length === 0) break;
    const biggest = largest(out, sections);
    delete out[biggest];
    note(biggest, 1);
  }
  return out;
}

function largest(out: Record<string, unknown>, keys: readonly string[]): string {
  let best = keys[0] as string;
  let bestSize = -1;
  for (const key of keys) {
    const size = jsonBytes(out[key]);
    if (size > bestSize) [best, bestSize] = [key, size];
  }
  return best;
}

function isEmptyList(value: unknown): boolean {
  return Array.isArray(value) && value.length === 0;
}
