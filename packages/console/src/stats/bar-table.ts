/**
 * Horizontal bars in a table: each row a label, an SVG bar (or two, for
 * median and 90th percentile) and its value as text. The table is the text
 * alternative: the bars only repeat what the cells say.
 */
import { html, svg, type TemplateResult } from 'lit';

/** One bar of a row: a value on a scale, and how it should look. */
export interface Bar {
  /** 0–1 of the row's scale; null draws no bar. */
  share: number | null;
  /** `good`, `warn`, `bad` colour a rate; `second` is the lighter bar of a pair. */
  tone?: 'good' | 'warn' | 'bad' | 'second';
}

/** One row of the table. */
export interface BarRow {
  label: string;
  bars: Bar[];
  /** The value as text (one line per bar, or one line for the row). */
  values: string[];
  /** A smaller line under the value ("11 of 12"). */
  note?: string;
}

/** The colour of a rate: green from 90%, amber from 75%, else red. */
export function rateTone(rate: number | null): Bar['tone'] {
  if (rate === null) return undefined;
  return rate >= 0.9 ? 'good' : rate >= 0.75 ? 'warn' : 'bad';
}

function bar({ share, tone }: Bar): TemplateResult {
  const width = share === null ? 0 : Math.max(0, Math.min(1, share)) * 100;
  return html`<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
    ${svg`<rect class="track" x="0" y="0" width="100" height="10" rx="2"></rect>`}
    ${width > 0 ? svg`<rect class="fill ${tone ?? ''}" x="0" y="0" width=${width} height="10" rx="2"></rect>` : ''}
  </svg>`;
}

/**
 * Renders the table; `headers` name the label and value columns (read by
 * screen readers, hidden on screen).
 *
 * @example
 * barTable([{ label: 'Urgent', bars: [{ share: 0.9, tone: 'good' }], values: ['90%'], note: '9 of 10' }], ['Severity', 'Within SLA'])
 */
export function barTable(rows: readonly BarRow[], headers: [string, string]): TemplateResult {
  return html`<table class="bars">
    <thead class="visually-hidden"><tr><th scope="col">${headers[0]}</th><td></td><th scope="col">${headers[1]}</th></tr></thead>
    <tbody>
      ${rows.map((row) => html`<tr>
        <th scope="row">${row.label}</th>
        <td class="bar-cell">${row.bars.map(bar)}</td>
        <td class="value">${row.values.map((v) => html`<div>${v}</div>`)}${row.note ? html`<div class="note muted">${row.note}</div>` : ''}</td>
      </tr>`)}
    </tbody>
  </table>`;
}
