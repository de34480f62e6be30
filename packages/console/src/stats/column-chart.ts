/**
 * A column chart drawn with SVG: one column per point (the volume per day),
 * a light grid, axis labels in HTML (so text stays crisp at any width), a
 * tooltip per column, a text summary for screen readers, and the numbers as
 * a table on demand.
 */
import { html, svg, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { niceMax } from './period.js';

/** One column. */
export interface Column {
  /** The short label under the axis ("Mar 2"). */
  label: string;
  /** The full label for the table and the tooltip ("Monday, March 2, 2026"). */
  title: string;
  value: number;
}

/** Labels of a column chart. */
export interface ColumnChartText {
  /** A one-sentence description of the data, read by screen readers. */
  summary: string;
  /** Header of the label column in the table. */
  keyLabel: string;
  /** Header of the value column in the table. */
  valueLabel: string;
  /** The toggle that shows the table. */
  showTable: string;
}

/**
 * Which columns get a label under the axis: evenly spaced, at most `most`,
 * the first always, the last when it is not crowded by the one before.
 *
 * @example
 * labelIndices(30); // [0, 4, 8, 12, 16, 20, 24, 28]
 */
export function labelIndices(count: number, most = 8): number[] {
  const every = Math.max(1, Math.ceil(count / most));
  const shown: number[] = [];
  for (let i = 0; i < count; i += every) shown.push(i);
  const last = count - 1;
  if (count > 0 && shown.at(-1) !== last && last - shown.at(-1)! >= every / 2 + 1 && shown.length < most) shown.push(last);
  return shown;
}

const W = 1000;
const H = 200;

/**
 * Renders the chart; at most about eight labels under the axis.
 *
 * @example
 * columnChart(days.map((d) => ({ label: d.day, title: d.day, value: d.count })), text)
 */
export function columnChart(columns: readonly Column[], text: ColumnChartText): TemplateResult {
  const max = niceMax(Math.max(0, ...columns.map((c) => c.value)));
  const band = W / Math.max(1, columns.length);
  const width = Math.max(1, band * (columns.length > 60 ? 0.8 : 0.7));
  // Counts are whole: a half-way line only where it is a whole number.
  const ticks = Number.isInteger(max / 2) ? [max, max / 2, 0] : [max, 0];
  return html`<figure class="column-chart">
    <div class="plot">
      <div class="y-axis" aria-hidden="true">
        ${ticks.map((t) => html`<span style=${styleMap({ bottom: `${(t / max) * 100}%` })}>${t}</span>`)}
      </div>
      <svg viewBox="0 0 ${W} ${H}" preserveAspectRatio="none" role="img" aria-label=${text.summary}>
        ${ticks.map((t) => svg`<line class="gridline" x1="0" x2=${W} y1=${H - (t / max) * H} y2=${H - (t / max) * H} vector-effect="non-scaling-stroke"></line>`)}
        ${columns.map((c, i) => {
          const h = (c.value / max) * H;
          return svg`<rect class="column" x=${i * band + (band - width) / 2} y=${H - h} width=${width} height=${h}><title>${c.title}: ${c.value}</title></rect>`;
        })}
      </svg>
      <div class="x-axis" aria-hidden="true">
        ${labelIndices(columns.length).map((i, n) => html`<span class=${n % 2 ? 'alt' : ''} style=${styleMap({ left: `${((i + 0.5) / columns.length) * 100}%` })}>${columns[i]!.label}</span>`)}
      </div>
    </div>
    <details class="data">
      <summary>${text.showTable}</summary>
      <table>
        <thead><tr><th scope="col">${text.keyLabel}</th><th scope="col" class="num">${text.valueLabel}</th></tr></thead>
        <tbody>${columns.map((c) => html`<tr><th scope="row">${c.title}</th><td class="num">${c.value}</td></tr>`)}</tbody>
      </table>
    </details>
  </figure>`;
}
