/**
 * The inbox's layout: a dense table at desktop widths that turns into one
 * card per ticket on a narrow window, the keyboard selection, and SLA rows
 * that stand out when due soon or breached.
 */
import { css } from 'lit';

/** Styles of `<ac-inbox>`. */
export const inboxStyles = css`
  :host {
    display: block;
    padding: 16px;
    max-width: 1400px;
    margin: 0 auto;
  }
  section {
    display: grid;
    gap: 12px;
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 4px 12px;
  }
  h1 {
    font-size: 20px;
  }
  .hint {
    margin-inline-start: auto;
    font-size: 12px;
  }
  .list {
    overflow: hidden;
  }
  th,
  td {
    padding: 8px 10px;
    border-bottom: 1px solid var(--ac-border);
    vertical-align: middle;
  }
  thead th {
    background: var(--ac-surface-2);
    white-space: nowrap;
  }
  tbody tr {
    position: relative;
  }
  tbody tr:last-child td {
    border-bottom: none;
  }
  tbody tr:hover {
    background: var(--ac-surface-2);
  }
  tbody tr.selected {
    background: var(--ac-accent-soft);
    box-shadow: inset 3px 0 0 var(--ac-accent);
  }
  tbody tr[data-sla='breached'] .number {
    box-shadow: inset 3px 0 0 var(--ac-danger);
  }
  tbody tr[data-sla='warning'] .number {
    box-shadow: inset 3px 0 0 var(--ac-warning);
  }
  .number {
    width: 5em;
    white-space: nowrap;
    color: var(--ac-muted);
  }
  .title a {
    color: var(--ac-text);
    text-decoration: none;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  /* The whole row opens the ticket. */
  .title a::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .title a:focus-visible {
    outline: none;
  }
  tr:has(.title a:focus-visible) {
    outline: 2px solid var(--ac-accent);
    outline-offset: -2px;
  }
  .tags {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 4px;
    margin-inline-start: 6px;
  }
  .tag {
    font-size: 11px;
    color: var(--ac-muted);
    border: 1px solid var(--ac-border);
    border-radius: 4px;
    padding: 0 5px;
  }
  .tag.merged {
    margin-inline-start: 6px;
    color: var(--ac-accent);
    border-color: var(--ac-accent);
  }
  .updated,
  .sla,
  .assignee,
  .category,
  .severity,
  .status {
    white-space: nowrap;
  }
  .occurrences {
    text-align: end;
  }
  .empty {
    padding: 24px;
    text-align: center;
    margin: 0;
  }
  .more {
    display: flex;
    justify-content: center;
  }
  .alert {
    display: flex;
    gap: 12px;
    align-items: center;
    margin: 0;
  }
  @media (max-width: 760px) {
    :host {
      padding: 10px;
    }
    .hint {
      display: none;
    }
    thead {
      display: none;
    }
    table,
    tbody {
      display: block;
    }
    tbody tr {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 8px;
      padding: 10px 12px;
      border-bottom: 1px solid var(--ac-border);
    }
    td {
      padding: 0;
      border: none;
    }
    .number {
      width: auto;
    }
    .title {
      flex: 1 1 70%;
    }
    .category,
    .updated {
      font-size: 12px;
    }
  }
`;
