/**
 * Styles of the views inside the dialog: screenshot thumbnail, files,
 * suggestions, the preview, articles, and "My reports".
 */
import { css } from 'lit';

/**
 * Styles for the views.
 *
 * @example
 * static override styles = [theme, layout, controls, views];
 */
export const views = css`
  .shot-row {
    display: flex;
    align-items: flex-start;
    gap: 0.75em;
    margin-top: 0.4em;
  }
  .thumb {
    display: block;
    width: 9em;
    max-height: 7em;
    object-fit: contain;
    border: 1px solid var(--aftercare-border);
    background: var(--aftercare-surface-2);
  }
  .files,
  .suggestions ul,
  .reports,
  .timeline {
    display: grid;
    gap: 0.4em;
    margin: 0.4em 0 0;
    padding: 0;
    list-style: none;
  }
  .files li {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5em;
  }
  .suggestions:empty {
    display: none;
  }
  .suggestions {
    padding: 0.6em 0.8em;
    border-radius: calc(var(--aftercare-radius) / 2);
    background: var(--aftercare-surface-2);
  }
  .snippet {
    display: block;
    color: var(--aftercare-muted);
    font-size: 0.9em;
  }
  .summary {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.35em 0.9em;
    margin: 0;
  }
  .summary dt {
    font-weight: 600;
  }
  .summary dd {
    margin: 0;
    min-width: 0;
  }
  .pre {
    white-space: pre-wrap;
  }
  .url {
    overflow-wrap: anywhere;
  }
  pre {
    max-height: 14em;
    margin: 0.4em 0 0;
    padding: 0.6em;
    overflow: auto;
    border-radius: calc(var(--aftercare-radius) / 2);
    background: var(--aftercare-surface-2);
    font: 0.8em/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  summary {
    cursor: pointer;
  }
  .sections {
    display: grid;
    gap: 0.5em;
  }
  .article-body {
    overflow-wrap: break-word;
  }
  .article-body img {
    max-width: 100%;
    height: auto;
  }
  .article-body a {
    color: var(--aftercare-accent);
  }
  .report {
    display: grid;
    width: 100%;
    gap: 0.1em;
    padding: 0.6em 0.8em;
    border: 1px solid var(--aftercare-border);
    border-radius: calc(var(--aftercare-radius) / 2);
    background: var(--aftercare-surface);
    color: var(--aftercare-text);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .report:disabled {
    cursor: default;
  }
  .number,
  .label-inline {
    font-weight: 600;
  }
  .timeline li {
    padding-inline-start: 0.8em;
    border-inline-start: 3px solid var(--aftercare-border);
  }
  .timeline time {
    display: block;
    color: var(--aftercare-muted);
    font-size: 0.88em;
  }
  blockquote {
    margin: 0.3em 0 0;
    white-space: pre-wrap;
  }
  .stars label {
    font-size: 1.1em;
  }
`;
