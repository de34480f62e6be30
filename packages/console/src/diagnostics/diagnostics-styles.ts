/**
 * Styles of the diagnostics sections: tabs, the console list with levels,
 * error cards and frames, the network table, the steps timeline, key/value tables.
 */
import { css } from 'lit';

/** Styles of `<ac-diagnostics>`. */
export const diagnosticsStyles = css`
  :host {
    display: block;
  }
  [role='tablist'] {
    display: flex;
    flex-wrap: wrap;
    gap: 2px;
    border-bottom: 1px solid var(--ac-border);
  }
  [role='tab'] {
    border: none;
    border-bottom: 2px solid transparent;
    border-radius: 0;
    background: transparent;
    color: var(--ac-muted);
    font-weight: 600;
  }
  [role='tab'][aria-selected='true'] {
    color: var(--ac-accent);
    border-bottom-color: var(--ac-accent);
  }
  [role='tab'] .n {
    font-weight: 400;
    margin-inline-start: 4px;
  }
  [role='tab'].has-errors .n {
    color: var(--ac-danger);
    font-weight: 700;
  }
  [role='tabpanel'] {
    padding: 10px 0 0;
    max-height: 520px;
    overflow: auto;
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .console li {
    display: grid;
    grid-template-columns: auto 3.5em 1fr;
    gap: 8px;
    padding: 3px 6px;
    border-bottom: 1px solid var(--ac-border);
    align-items: start;
  }
  .console .level {
    text-transform: uppercase;
    font-size: 11px;
    font-weight: 700;
    color: var(--ac-muted);
  }
  .console .level-warn {
    background: var(--ac-warning-soft);
  }
  .console .level-warn .level {
    color: var(--ac-warning);
  }
  .console .level-error {
    background: var(--ac-danger-soft);
  }
  .console .level-error .level {
    color: var(--ac-danger);
  }
  .args {
    display: flex;
    flex-wrap: wrap;
    gap: 2px 8px;
    min-width: 0;
    overflow-wrap: anywhere;
    white-space: pre-wrap;
  }
  details.json summary {
    cursor: pointer;
    color: var(--ac-muted);
  }
  details.json dl {
    margin: 2px 0 2px 14px;
  }
  .pair {
    display: flex;
    gap: 6px;
  }
  dt {
    color: var(--ac-accent);
  }
  dd {
    margin: 0;
    min-width: 0;
  }
  .v-string {
    color: var(--ac-success);
  }
  .args > .arg > .v-string {
    color: inherit;
  }
  .v-number {
    color: var(--ac-accent);
  }
  .v-null {
    color: var(--ac-muted);
  }
  .errors {
    display: grid;
    gap: 10px;
  }
  .error {
    padding: 10px 12px;
  }
  .error-head {
    display: flex;
    gap: 8px;
    align-items: center;
  }
  .error-message {
    margin: 6px 0;
    overflow-wrap: anywhere;
    white-space: pre-wrap;
  }
  .error h4 {
    font-size: 12px;
    color: var(--ac-muted);
    margin-top: 6px;
  }
  .frames li {
    padding: 1px 0;
    overflow-wrap: anywhere;
  }
  .frames li.in-app {
    font-weight: 600;
  }
  .frames li.lib {
    color: var(--ac-muted);
  }
  pre {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    background: var(--ac-code-bg);
    padding: 8px;
    border-radius: 6px;
  }
  .scroll {
    overflow-x: auto;
  }
  td,
  .kv th {
    padding: 4px 8px;
    border-bottom: 1px solid var(--ac-border);
    vertical-align: top;
  }
  thead th {
    padding: 4px 8px;
  }
  .kv th[scope='row'] {
    color: var(--ac-muted);
    font-weight: 400;
    width: 35%;
    overflow-wrap: anywhere;
  }
  .kv td,
  .url {
    overflow-wrap: anywhere;
  }
  .nowrap {
    white-space: nowrap;
  }
  .num {
    text-align: end;
  }
  tr.failed {
    background: var(--ac-danger-soft);
  }
  .bad {
    color: var(--ac-danger);
    font-weight: 700;
  }
  .steps {
    border-inline-start: 2px solid var(--ac-border);
    margin-inline-start: 6px;
  }
  .steps li {
    position: relative;
    padding: 4px 0 8px 14px;
    overflow-wrap: anywhere;
  }
  .steps li::before {
    content: '';
    position: absolute;
    inset-inline-start: -6px;
    top: 9px;
    width: 10px;
    height: 10px;
    border-radius: 50%;
    background: var(--ac-surface);
    border: 2px solid var(--ac-accent);
  }
  .steps li.step-click::before {
    border-color: var(--ac-muted);
  }
  .steps time {
    margin-inline-end: 8px;
  }
  .truncated {
    font-size: 12px;
  }
`;
