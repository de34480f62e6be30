/**
 * Styles every view shares: box sizing, buttons, form controls, pills for
 * status and severity, tables and the visually hidden helper. Colours come
 * from the tokens (styles/tokens.ts) inherited from the root element.
 */
import { css } from 'lit';

/** The shared styles; add them first in each element's `styles`. */
export const shared = css`
  :host {
    color: var(--ac-text);
    font-family: var(--ac-font);
    font-size: 14px;
    line-height: 1.45;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  a {
    color: var(--ac-accent);
  }
  h1, h2, h3, h4 {
    margin: 0;
    line-height: 1.25;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  button {
    cursor: pointer;
    border: 1px solid var(--ac-border);
    background: var(--ac-surface);
    border-radius: 6px;
    padding: 5px 12px;
    min-height: 32px;
  }
  button:hover:not(:disabled) {
    background: var(--ac-surface-2);
  }
  button.primary {
    background: var(--ac-accent);
    border-color: var(--ac-accent);
    color: var(--ac-accent-text);
    font-weight: 600;
  }
  button.primary:hover:not(:disabled) {
    background: var(--ac-accent);
    filter: brightness(1.08);
  }
  button:disabled {
    opacity: 0.6;
    cursor: default;
  }
  :focus-visible {
    outline: 2px solid var(--ac-accent);
    outline-offset: 2px;
  }
  input:not([type='checkbox']):not([type='radio']),
  select,
  textarea {
    background: var(--ac-surface);
    border: 1px solid var(--ac-border);
    border-radius: 6px;
    padding: 5px 8px;
    min-height: 32px;
    max-width: 100%;
  }
  label {
    color: var(--ac-muted);
    font-size: 12px;
  }
  .pill {
    display: inline-block;
    border-radius: 999px;
    padding: 1px 8px;
    font-size: 12px;
    font-weight: 600;
    white-space: nowrap;
    background: var(--ac-surface-2);
    color: var(--ac-text);
  }
  .pill.severity-urgent { background: var(--ac-danger); color: var(--ac-surface); }
  .pill.severity-high { background: var(--ac-danger-soft); color: var(--ac-danger); }
  .pill.severity-normal { background: var(--ac-surface-2); color: var(--ac-text); }
  .pill.severity-low { background: transparent; color: var(--ac-muted); border: 1px solid var(--ac-border); }
  .pill.status-new { background: var(--ac-accent-soft); color: var(--ac-accent); }
  .pill.status-open,
  .pill.status-in_progress { background: var(--ac-warning-soft); color: var(--ac-warning); }
  .pill.status-resolved,
  .pill.status-closed { background: var(--ac-success-soft); color: var(--ac-success); }
  .sla-warning { color: var(--ac-warning); background: var(--ac-warning-soft); }
  .sla-breached { color: var(--ac-surface); background: var(--ac-danger); }
  .sla-met { color: var(--ac-success); }
  .sla-paused, .sla-ok { color: var(--ac-muted); }
  .muted {
    color: var(--ac-muted);
  }
  .mono {
    font-family: var(--ac-mono);
    font-size: 12.5px;
  }
  .alert {
    border: 1px solid var(--ac-danger);
    background: var(--ac-danger-soft);
    color: var(--ac-danger);
    border-radius: 6px;
    padding: 8px 12px;
  }
  .alert:empty {
    display: none;
  }
  .card {
    background: var(--ac-surface);
    border: 1px solid var(--ac-border);
    border-radius: var(--ac-radius);
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th {
    text-align: start;
    font-weight: 600;
    color: var(--ac-muted);
    font-size: 12px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;
