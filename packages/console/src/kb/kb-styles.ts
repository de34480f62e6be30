/**
 * Styles of the knowledge-base screens: the list with its filters and side
 * panel, the editor with its fields, tabs and sandboxed preview.
 */
import { css } from 'lit';

/** Styles of `<ac-kb-list>` and `<ac-kb-article>`. */
export const kbStyles = css`
  :host { display: block; padding: 16px; max-width: 1400px; margin: 0 auto; }
  .layout { display: grid; grid-template-columns: minmax(0, 1fr) 320px; gap: 16px; align-items: start; }
  .main, aside { display: grid; gap: 12px; min-width: 0; }
  .head { display: flex; flex-wrap: wrap; gap: 4px 12px; align-items: baseline; }
  h1 { font-size: 20px; overflow-wrap: anywhere; }
  h2 { font-size: 14px; }
  p { margin: 0; }
  .panel { padding: 12px 14px; display: grid; gap: 8px; }
  .row { display: flex; flex-wrap: wrap; gap: 8px; align-items: end; }
  .field { display: grid; gap: 2px; min-width: 0; }
  .grow { flex: 1 1 240px; }
  .grow input { width: 100%; }
  .hint { font-size: 12px; color: var(--ac-muted); }
  table th, table td { padding: 8px 10px; border-bottom: 1px solid var(--ac-border); text-align: start; vertical-align: top; }
  thead th { background: var(--ac-surface-2); white-space: nowrap; }
  .list { overflow-x: auto; }
  .snippet { font-size: 12.5px; color: var(--ac-muted); margin-top: 2px; overflow-wrap: anywhere; }
  .title-link { font-weight: 600; text-decoration: none; color: var(--ac-text); overflow-wrap: anywhere; }
  .title-link:hover { text-decoration: underline; }
  .num { text-align: end; font-variant-numeric: tabular-nums; }
  .nowrap { white-space: nowrap; }
  .pill.published { background: var(--ac-success-soft); color: var(--ac-success); }
  .pill.draft { background: var(--ac-warning-soft); color: var(--ac-warning); }
  .tag { font-size: 11px; color: var(--ac-muted); border: 1px solid var(--ac-border); border-radius: 4px; padding: 0 5px; margin-inline-end: 4px; }
  .empty { padding: 24px; text-align: center; }
  .more { display: flex; justify-content: center; }
  ol.frequent { margin: 0; padding-inline-start: 18px; display: grid; gap: 4px; font-size: 13px; }
  .facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 4px 10px; margin: 0; font-size: 13px; }
  .facts dt { color: var(--ac-muted); }
  .facts dd { margin: 0; overflow-wrap: anywhere; }
  .big { font-size: 20px; font-weight: 700; }
  form.editor { padding: 14px 16px; display: grid; gap: 12px; }
  .fields { display: grid; grid-template-columns: repeat(auto-fit, minmax(160px, 1fr)); gap: 10px 14px; align-items: start; }
  .fields input, .field input { width: 100%; }
  [role='tablist'] { display: flex; gap: 2px; border-bottom: 1px solid var(--ac-border); }
  [role='tab'] { border: none; border-bottom: 2px solid transparent; border-radius: 0; background: transparent; color: var(--ac-muted); font-weight: 600; }
  [role='tab'][aria-selected='true'] { color: var(--ac-accent); border-bottom-color: var(--ac-accent); }
  textarea.body { width: 100%; min-height: 360px; font-family: var(--ac-mono); font-size: 13px; line-height: 1.5; resize: vertical; }
  iframe.preview { width: 100%; height: 420px; border: 1px solid var(--ac-border); border-radius: var(--ac-radius); background: var(--ac-surface); resize: vertical; overflow: auto; }
  .notice { font-size: 13px; padding: 8px 10px; border-radius: 6px; background: var(--ac-surface-2); }
  .notice.stale { background: var(--ac-warning-soft); color: var(--ac-warning); display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
  .actions { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
  .actions .end { margin-inline-start: auto; }
  .dirty { color: var(--ac-warning); font-size: 13px; }
  .done { color: var(--ac-success); font-size: 13px; }
  .done:empty { display: none; }
  .alert { display: grid; gap: 4px; }
  .issues { margin: 0; padding-inline-start: 18px; }
  .back { font-size: 13px; text-decoration: none; }
  @media (max-width: 1000px) {
    :host { padding: 10px; }
    .layout { grid-template-columns: minmax(0, 1fr); }
  }
  @media (max-width: 640px) {
    .optional, .snippet { display: none; }
    table th, table td { padding: 6px 8px; }
  }
`;
