/**
 * The panels of the stats page, pure rendering from the stats answer: the
 * key figures, volume over time, SLA compliance by severity, first response
 * and resolution times, satisfaction, top issues, and the figures by agent.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { SEVERITIES } from '../api/enums.js';
import type { ProjectStats } from '@aftercare/sdk/schemas';
import type { Messages } from '../i18n/en.js';
import type { Locale } from '../i18n/locales.js';
import { barTable, rateTone } from './bar-table.js';
import { columnChart } from './column-chart.js';
import { fillDays } from './period.js';
import { NONE, dayLabel, dayLong, decimal, minutes, percent } from './stats-format.js';

/** What every panel needs besides the stats. */
export interface PanelContext {
  messages: Messages;
  locale: Locale;
  /** An agent's name from its id. */
  name(agentId: string): string;
  /** A ticket's URL. */
  href(ticketId: string): string;
}

function panel(id: string, title: string, body: TemplateResult, wide = false): TemplateResult {
  return html`<section class="panel card ${wide ? 'wide' : ''}" data-panel=${id} aria-labelledby="${id}-h">
    <h2 id="${id}-h">${title}</h2>${body}
  </section>`;
}

/** The key figures, as a row of tiles. */
export function keyFigures(s: ProjectStats, c: PanelContext): TemplateResult {
  const m = c.messages.stats;
  const tiles: Array<[string, string, string]> = [
    ['tickets', m.tickets, String(s.volume.tickets)],
    ['reports', m.reports, String(s.volume.reports)],
    ['resolved', m.resolutionRate, percent(s.resolutionRate, c.locale)],
    ['reopened', m.reopenRate, percent(s.reopenRate, c.locale)],
    ['sla', m.slaOverall, percent(s.slaCompliance.overall.rate, c.locale)],
    ['csat', m.csatAverage, s.csat.average === null ? NONE : m.outOfFive(decimal(s.csat.average, c.locale))],
  ];
  return html`<dl class="tiles">${tiles.map(([id, label, value]) => html`<div class="tile card" data-figure=${id}><dt>${label}</dt><dd>${value}</dd></div>`)}</dl>`;
}

/** Tickets per day over the period, every day shown. */
export function volumePanel(s: ProjectStats, c: PanelContext): TemplateResult {
  const m = c.messages.stats;
  const days = fillDays(s.volume.byDay, s.period);
  const peak = Math.max(0, ...days.map((d) => d.count));
  const chart = columnChart(
    days.map((d) => ({ label: dayLabel(d.day, c.locale), title: dayLong(d.day, c.locale), value: d.count })),
    { summary: m.volumeSummary(s.volume.tickets, days.length, peak), keyLabel: m.day, valueLabel: m.tickets, showTable: m.showTable },
  );
  return panel('volume', m.volumeHeading, html`<p class="muted summary">${m.volumeSummary(s.volume.tickets, days.length, peak)}</p>${chart}`, true);
}

/** The share of tickets without a breach, per severity. */
export function slaPanel(s: ProjectStats, c: PanelContext): TemplateResult {
  const m = c.messages;
  const rows = SEVERITIES.map((severity) => {
    const group = s.slaCompliance.bySeverity[severity] ?? { tickets: 0, met: 0, rate: null };
    return {
      label: m.severity[severity],
      bars: [{ share: group.rate, tone: rateTone(group.rate) }],
      values: [group.tickets === 0 ? m.stats.noData : percent(group.rate, c.locale)],
      ...(group.tickets > 0 && { note: m.stats.metOf(group.met, group.tickets) }),
    };
  });
  return panel('sla', m.stats.slaHeading, html`<p class="muted summary">${m.stats.slaSummary}</p>${barTable(rows, [m.fields.severity, m.stats.slaOverall])}`);
}

/** Median and 90th percentile of the first response and resolution times. */
export function timesPanel(s: ProjectStats, c: PanelContext): TemplateResult {
  const m = c.messages.stats;
  const scale = Math.max(s.firstResponseMinutes.p90 ?? 0, s.resolutionMinutes.p90 ?? 0) || 1;
  const rows = ([['firstResponse', m.firstResponse, s.firstResponseMinutes], ['resolution', m.resolution, s.resolutionMinutes]] as const).map(
    ([, label, p]) => ({
      label,
      bars: [{ share: p.median === null ? null : p.median / scale }, { share: p.p90 === null ? null : p.p90 / scale, tone: 'second' as const }],
      values: [m.labelled(m.median, minutes(p.median, c.messages)), m.labelled(m.p90, minutes(p.p90, c.messages))],
      note: m.measured(p.count),
    }),
  );
  const legend = html`<p class="legend muted" aria-hidden="true"><span class="key first"></span>${m.median}<span class="key second"></span>${m.p90}</p>`;
  return panel('times', m.timesHeading, html`${legend}${barTable(rows, [m.timesHeading, m.median])}`);
}

/** The average rating and how many reporters rated. */
export function csatPanel(s: ProjectStats, c: PanelContext): TemplateResult {
  const m = c.messages.stats;
  const avg = s.csat.average;
  const rows = [
    { label: m.csatAverage, bars: [{ share: avg === null ? null : avg / 5, tone: rateTone(avg === null ? null : (avg - 1) / 4) }],
      values: [avg === null ? m.noData : m.outOfFive(decimal(avg, c.locale))], note: m.ratings(s.csat.ratings) },
    { label: m.responseRate, bars: [{ share: s.csat.responseRate }], values: [percent(s.csat.responseRate, c.locale)] },
  ];
  return panel('csat', m.csatHeading, html`<p class="muted summary">${m.responseRate}: ${m.responseRateHint}</p>${barTable(rows, [m.csatHeading, m.csatAverage])}`);
}

/** The tickets that received the most reports in the period. */
export function topIssuesPanel(s: ProjectStats, c: PanelContext): TemplateResult {
  const m = c.messages;
  const body = s.topIssues.length === 0
    ? html`<p class="muted">${m.stats.noData}</p>`
    : html`<div class="scroll"><table class="grid-table">
        <thead><tr><th scope="col">${m.inbox.columns.number}</th><th scope="col">${m.inbox.columns.title}</th>
          <th scope="col" class="optional">${m.inbox.columns.status}</th><th scope="col" class="num">${m.stats.topReports}</th><th scope="col" class="num optional">${m.stats.topReporters}</th></tr></thead>
        <tbody>${s.topIssues.map((t) => html`<tr>
          <td class="mono muted">#${t.number}</td><td><a href=${c.href(t.id)}>${t.title}</a></td>
          <td class="optional"><span class="pill status-${t.status}">${Object.hasOwn(m.status, t.status) ? m.status[t.status] : t.status}</span></td>
          <td class="num">${t.reports}</td><td class="num optional">${t.reporters}</td></tr>`)}</tbody>
      </table></div>`;
  return panel('top', m.stats.topHeading, body, true);
}

/** SLA compliance and satisfaction per assignee, by name. */
export function agentsPanel(s: ProjectStats, c: PanelContext): TemplateResult | typeof nothing {
  const m = c.messages.stats;
  const ids = [...new Set([...Object.keys(s.slaCompliance.byAgent), ...Object.keys(s.csat.byAgent)])];
  if (ids.length === 0) return nothing;
  const label = (id: string) => (id === 'unassigned' ? m.unassigned : c.name(id));
  const rows = ids.map((id) => ({ id, label: label(id), sla: s.slaCompliance.byAgent[id], csat: s.csat.byAgent[id] }))
    .sort((a, b) => (b.sla?.tickets ?? 0) - (a.sla?.tickets ?? 0) || a.label.localeCompare(b.label));
  return panel('agents', m.agentsHeading, html`<div class="scroll"><table class="grid-table">
    <thead><tr><th scope="col">${m.agent}</th><th scope="col" class="num">${m.tickets}</th><th scope="col" class="num">${m.slaOverall}</th>
      <th scope="col" class="num">${m.csatShort}</th></tr></thead>
    <tbody>${rows.map((r) => html`<tr data-agent=${r.id}><th scope="row">${r.label}</th><td class="num">${r.sla?.tickets ?? 0}</td>
      <td class="num">${r.sla ? percent(r.sla.rate, c.locale) : NONE}</td>
      <td class="num">${r.csat ? `${decimal(r.csat.average, c.locale)} (${r.csat.ratings})` : NONE}</td></tr>`)}</tbody>
  </table></div>`);
}

/** Reports by kind and tickets by category. */
export function breakdownPanel(s: ProjectStats, c: PanelContext): TemplateResult {
  const m = c.messages;
  const kinds = Object.entries(s.volume.byKind) as Array<[keyof Messages['kind'], number]>;
  const categories = Object.entries(s.volume.byCategory) as Array<[keyof Messages['category'], number]>;
  const rows = (entries: Array<[string, number]>, labels: Record<string, string>, total: number) =>
    entries.sort((a, b) => b[1] - a[1]).map(([key, n]) => ({ label: labels[key] ?? key, bars: [{ share: total ? n / total : 0 }], values: [String(n)] }));
  return panel('breakdown', m.stats.breakdownHeading, html`
    <h3>${m.stats.byKind}</h3>${kinds.length ? barTable(rows(kinds, m.kind, s.volume.reports), [m.stats.byKind, m.stats.reports]) : html`<p class="muted">${m.stats.noData}</p>`}
    <h3>${m.stats.byCategory}</h3>${categories.length ? barTable(rows(categories, m.category, s.volume.tickets), [m.stats.byCategory, m.stats.tickets]) : html`<p class="muted">${m.stats.noData}</p>`}`);
}
