/**
 * Styles of the stats page: the key-figure tiles, a two-column grid of
 * panels (one column on a narrow window), the column chart with its axes,
 * and the bar tables. Colours come from the theme tokens, so the charts
 * follow light and dark.
 */
import { css } from 'lit';

/** Styles of `<ac-stats>`. */
export const statsStyles = css`
  :host { display: block; padding: 16px; max-width: 1400px; margin: 0 auto; }
  .page { display: grid; gap: 14px; }
  .head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 12px; }
  h1 { font-size: 20px; }
  h2 { font-size: 14px; margin-bottom: 8px; }
  h3 { font-size: 12px; color: var(--ac-muted); text-transform: uppercase; letter-spacing: 0.04em; margin: 10px 0 4px; }
  .tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 10px; margin: 0; }
  .tile { padding: 10px 14px; }
  .tile dt { color: var(--ac-muted); font-size: 12px; }
  .tile dd { margin: 2px 0 0; font-size: 22px; font-weight: 700; }
  .grid { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 14px; align-items: start; }
  .panel { padding: 12px 14px; min-width: 0; }
  .panel.wide { grid-column: 1 / -1; }
  .summary { margin: 0 0 8px; font-size: 13px; }
  figure { margin: 0; }
  .plot { position: relative; padding: 6px 0 22px 34px; }
  .plot svg { display: block; width: 100%; height: 180px; overflow: visible; }
  line.gridline { stroke: var(--ac-border); stroke-width: 1; }
  rect.column { fill: var(--ac-accent); }
  rect.column:hover { fill: var(--ac-warning); }
  .y-axis { position: absolute; left: 0; top: 6px; bottom: 22px; width: 30px; }
  .y-axis span { position: absolute; right: 0; transform: translateY(50%); font-size: 11px; color: var(--ac-muted); }
  .x-axis { position: absolute; left: 34px; right: 0; bottom: 0; height: 18px; }
  .x-axis span { position: absolute; transform: translateX(-50%); font-size: 11px; color: var(--ac-muted); white-space: nowrap; }
  details.data { margin-top: 6px; font-size: 13px; }
  details.data summary { cursor: pointer; color: var(--ac-accent); }
  details.data table { margin-top: 6px; max-width: 420px; }
  details.data th, details.data td { padding: 2px 8px; border-bottom: 1px solid var(--ac-border); font-weight: 400; color: var(--ac-text); }
  .num { text-align: end; font-variant-numeric: tabular-nums; }
  table.bars th[scope='row'] { width: 30%; font-size: 13px; font-weight: 600; color: var(--ac-text); padding: 6px 8px 6px 0; vertical-align: middle; }
  table.bars td { padding: 6px 0; vertical-align: middle; }
  .bar-cell { width: 40%; }
  table.bars .value { min-width: 8em; }
  svg.bar { display: block; width: 100%; height: 12px; margin: 2px 0; }
  rect.track { fill: var(--ac-surface-2); }
  rect.fill { fill: var(--ac-accent); }
  rect.fill.second { fill: var(--ac-accent); opacity: 0.45; }
  rect.fill.good { fill: var(--ac-success); }
  rect.fill.warn { fill: var(--ac-warning); }
  rect.fill.bad { fill: var(--ac-danger); }
  table.bars .value { padding-inline-start: 10px; font-size: 13px; font-variant-numeric: tabular-nums; }
  .note { font-size: 12px; }
  .legend { display: flex; align-items: center; gap: 6px; font-size: 12px; margin: 0 0 4px; }
  .key { display: inline-block; width: 12px; height: 10px; border-radius: 2px; background: var(--ac-accent); margin-inline-start: 8px; }
  .key.second { opacity: 0.45; }
  .scroll { overflow-x: auto; }
  .grid-table th, .grid-table td { padding: 6px 8px; border-bottom: 1px solid var(--ac-border); text-align: start; }
  .grid-table tbody th { color: var(--ac-text); font-weight: 600; font-size: 13px; }
  .grid-table td.num, .grid-table th.num { text-align: end; }
  .alert { display: flex; gap: 12px; align-items: center; margin: 0; }
  @media (max-width: 900px) {
    :host { padding: 10px; }
    .grid { grid-template-columns: minmax(0, 1fr); }
  }
  @media (max-width: 640px) {
    .x-axis span.alt { display: none; }
    table.bars, table.bars tbody { display: block; }
    table.bars tr { display: grid; grid-template-columns: minmax(0, 1fr) auto; gap: 2px 10px; padding: 6px 0; border-bottom: 1px solid var(--ac-border); }
    table.bars th[scope='row'] { width: auto; grid-column: 1 / -1; padding: 0; }
    table.bars td { padding: 0; }
    .bar-cell { width: auto; }
    table.bars .value { min-width: 0; text-align: end; }
    .optional { display: none; }
  }
`;
