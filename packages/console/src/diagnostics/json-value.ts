/**
 * A JSON value rendered for reading: primitives inline, objects and arrays
 * as a collapsed `<details>` with a one-line preview that expands into its
 * keys. Every value is bound as text, so markup in it shows as markup.
 */
import { html, type TemplateResult } from 'lit';

const PREVIEW_KEYS = 4;

function primitive(value: unknown, quoted: boolean): TemplateResult {
  if (typeof value === 'string') {
    return html`<span class="v-string">${quoted ? JSON.stringify(value) : value}</span>`;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return html`<span class="v-number">${String(value)}</span>`;
  return html`<span class="v-null">${value === null ? 'null' : String(value)}</span>`;
}

/** A short one-line preview of an object or array. */
export function preview(value: object): string {
  const short = (v: unknown): string =>
    Array.isArray(v) ? `Array(${v.length})` : typeof v === 'object' && v !== null ? '{…}' : JSON.stringify(v) ?? String(v);
  if (Array.isArray(value)) {
    const head = value.slice(0, PREVIEW_KEYS).map(short).join(', ');
    return `(${value.length}) [${head}${value.length > PREVIEW_KEYS ? ', …' : ''}]`;
  }
  const keys = Object.keys(value);
  const head = keys.slice(0, PREVIEW_KEYS).map((k) => `${k}: ${short((value as Record<string, unknown>)[k])}`).join(', ');
  return `{${head}${keys.length > PREVIEW_KEYS ? ', …' : ''}}`;
}

/**
 * Renders a JSON value; `topLevel` strings print bare, as a console does.
 *
 * @example
 * html`<div>${entry.args.map((arg) => jsonValue(arg, true))}</div>`
 */
export function jsonValue(value: unknown, topLevel = false): TemplateResult {
  if (typeof value !== 'object' || value === null) return primitive(value, !topLevel);
  const pairs: Array<[string, unknown]> = Array.isArray(value)
    ? value.map((v, i) => [String(i), v])
    : Object.entries(value as Record<string, unknown>);
  return html`<details class="json">
    <summary class="mono">${preview(value)}</summary>
    <dl>
      ${pairs.map(([key, inner]) => html`<div class="pair"><dt>${key}:</dt><dd>${jsonValue(inner)}</dd></div>`)}
    </dl>
  </details>`;
}
