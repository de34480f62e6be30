/**
 * Styles the administration screens share: sections as cards, forms laid
 * out in a grid of labelled fields, hints, tables that scroll sideways on a
 * narrow window, JSON editors, and status lines.
 */
import { css } from 'lit';

/** Shared styles of the admin screens; add after `shared`. */
export const adminStyles = css`
  :host { display: block; }
  section.card, form.card { padding: 14px 16px; display: grid; gap: 12px; min-width: 0; }
  .stack { display: grid; gap: 14px; }
  h2 { font-size: 16px; }
  h3 { font-size: 14px; }
  p { margin: 0; }
  .intro { color: var(--ac-muted); font-size: 13px; }
  .hint { color: var(--ac-muted); font-size: 12px; margin: 0; }
  .fields { display: grid; grid-template-columns: repeat(auto-fit, minmax(180px, 1fr)); gap: 10px 14px; align-items: end; }
  .fields.top { align-items: start; }
  .field { display: grid; gap: 3px; min-width: 0; align-content: start; }
  .field input:not([type='checkbox']), .field select, .field textarea { width: 100%; }
  .check { display: flex; gap: 8px; align-items: center; color: var(--ac-text); font-size: 14px; }
  .actions { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
  .inline-form { display: flex; flex-wrap: wrap; gap: 10px 14px; align-items: end; }
  .inline-form .field { min-width: 200px; }
  .done { color: var(--ac-success); font-size: 13px; min-height: 1em; }
  .done:empty { display: none; }
  .alert { display: grid; gap: 4px; }
  .issues { margin: 0; padding-inline-start: 18px; }
  .scroll { overflow-x: auto; }
  table th, table td { padding: 6px 8px; border-bottom: 1px solid var(--ac-border); text-align: start; vertical-align: middle; }
  thead th { background: var(--ac-surface-2); white-space: nowrap; }
  tbody th { color: var(--ac-text); font-size: 14px; }
  td select, td input { min-height: 28px; padding: 2px 6px; }
  td input[type='number'] { width: 6em; }
  tr.off { color: var(--ac-muted); }
  table.narrow-table { max-width: 560px; }
  .field.narrow { max-width: 360px; }
  textarea.json { width: 100%; min-height: 320px; font-family: var(--ac-mono); font-size: 12.5px; line-height: 1.5; tab-size: 2; resize: vertical; }
  .secret { display: grid; gap: 8px; padding: 12px 14px; border: 2px solid var(--ac-warning); background: var(--ac-warning-soft); border-radius: var(--ac-radius); }
  .secret code { display: block; padding: 8px; background: var(--ac-surface); border-radius: 6px; overflow-wrap: anywhere; user-select: all; font-size: 13px; }
  .secret strong { color: var(--ac-warning); }
  .pill.off { color: var(--ac-muted); }
  .num { text-align: end; font-variant-numeric: tabular-nums; }
  @media (max-width: 640px) {
    section.card, form.card { padding: 12px; }
    .fields { grid-template-columns: minmax(0, 1fr); }
  }
`;
