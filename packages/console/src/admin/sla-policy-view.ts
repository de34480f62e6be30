/**
 * An SLA policy for reading, pure rendering: the targets per severity and
 * metric (amount, unit, clock) as a table, the business calendar (time zone,
 * working hours per weekday, holidays) and when the warning fires.
 */
import { html, type TemplateResult } from 'lit';
import { SEVERITIES } from '../api/enums.js';
import type { SlaPolicy } from '@aftercare/sdk/schemas';
import type { Messages } from '../i18n/en.js';

const METRICS = ['firstResponse', 'nextResponse', 'resolution'] as const;
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/**
 * Renders a policy.
 *
 * @example
 * html`${slaPolicyView(settings.slaPolicy, messages)}`
 */
export function slaPolicyView(policy: SlaPolicy, m: Messages): TemplateResult {
  const t = m.triage;
  const target = (severity: (typeof SEVERITIES)[number], metric: (typeof METRICS)[number]) => {
    const x = policy.targets?.[severity]?.[metric];
    if (!x) return '—';
    const clock = Object.hasOwn(t.clocks, x.clock) ? t.clocks[x.clock as '24x7'] : x.clock;
    return html`<strong>${t.amount(x.amount, x.unit)}</strong><div class="muted">${clock}</div>`;
  };
  const cal = policy.calendar;
  const warning = 'percent' in policy.warning ? t.warningPercent(policy.warning.percent) : t.warningMinutes(policy.warning.minutes);
  return html`<h3>${t.targetsHeading}</h3>
    <div class="scroll"><table data-table="targets">
      <thead><tr><th scope="col">${m.fields.severity}</th>${METRICS.map((metric) => html`<th scope="col">${m.sla.metrics[metric]}</th>`)}</tr></thead>
      <tbody>${SEVERITIES.map((severity) => html`<tr><th scope="row"><span class="pill severity-${severity}">${m.severity[severity]}</span></th>
        ${METRICS.map((metric) => html`<td>${target(severity, metric)}</td>`)}</tr>`)}</tbody>
    </table></div>
    <h3>${t.calendar}</h3>
    <div class="scroll"><table data-table="calendar" class="narrow-table">
      <tbody>
        <tr><th scope="row">${t.timeZone}</th><td class="mono">${cal.timeZone}</td></tr>
        ${WEEKDAYS.map((day) => {
          const intervals = cal.week?.[day] ?? [];
          return html`<tr><th scope="row">${t.weekdays[day]}</th>
            <td>${intervals.length ? intervals.map((i) => `${i.start}–${i.end}`).join(', ') : html`<span class="muted">${t.closedDay}</span>`}</td></tr>`;
        })}
        <tr><th scope="row">${t.holidays}</th><td>${cal.holidays?.length ? cal.holidays.join(', ') : t.none}</td></tr>
        <tr><th scope="row">${t.overrides}</th><td>${cal.overrides?.length ? cal.overrides.map((o) => `${o.date}: ${o.intervals.map((i) => `${i.start}–${i.end}`).join(', ') || t.closedDay}`).join('; ') : t.none}</td></tr>
        <tr><th scope="row">${t.warning}</th><td>${warning}</td></tr>
      </tbody>
    </table></div>`;
}
