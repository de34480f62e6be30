/**
 * What a dry-run decided, pure rendering: the outcome (severity, category,
 * tags, tier, group, fingerprint, deadlines, escalation, assignee), the
 * rules that applied and what each changed, the explanation, and the ticket
 * the report would join. Everything is bound as text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DryRunResult, RuleChange } from '@aftercare/sdk/schemas';
import { formatDateTime } from '../format/time.js';
import type { Messages } from '../i18n/en.js';
import type { Locale } from '../i18n/locales.js';
import { minutes } from '../stats/stats-format.js';

/** What the result needs besides itself. */
export interface ResultContext {
  messages: Messages;
  locale: Locale;
  name(agentId: string): string;
  href(ticketId: string): string;
}

/** One change a rule made, in words. */
export function changeText(change: RuleChange, m: Messages): string {
  if (change.field === 'tags') return m.triage.tagsAdded(change.added.join(', +'));
  const label = (value: string | number | null): string => {
    if (value === null) return m.triage.none;
    const text = String(value);
    if (change.field === 'severity' && Object.hasOwn(m.severity, text)) return m.severity[text as 'low'];
    if (change.field === 'category' && Object.hasOwn(m.category, text)) return m.category[text as 'idea'];
    return text;
  };
  const field = { severity: m.fields.severity, category: m.fields.category, tier: m.ticket.tier, assigneeGroup: m.triage.assigneeGroup }[change.field];
  return m.triage.change(field, label(change.from), label(change.to));
}

/**
 * Renders a dry-run's result.
 *
 * @example
 * html`${dryRunResult(result, { messages, locale, name, href })}`
 */
export function dryRunResult(result: DryRunResult, c: ResultContext): TemplateResult {
  const m = c.messages;
  const t = m.triage;
  const d = result.decision;
  const deadline = (key: 'firstResponse' | 'resolution') => {
    const due = d.deadlines?.[key];
    return due ? html`${formatDateTime(due.dueAt, c.locale)} <span class="muted">(${minutes(due.targetMinutes, m)}, ${t.clocks[due.clock as '24x7'] ?? due.clock})</span>` : m.timeline.none;
  };
  const other = result.wouldJoin ?? result.wouldRegress;
  return html`<div class="result" data-result>
    <h3>${t.decision}</h3>
    <dl class="facts">
      <dt>${m.fields.severity}</dt><dd><span class="pill severity-${d.severity}" data-field="severity">${m.severity[d.severity] ?? d.severity}</span></dd>
      <dt>${m.fields.category}</dt><dd data-field="category">${m.category[d.category] ?? d.category}</dd>
      <dt>${m.fields.tags}</dt><dd data-field="tags">${d.tags.length ? d.tags.join(', ') : t.none}</dd>
      <dt>${m.ticket.tier}</dt><dd data-field="tier">${m.ticket.tierValue(d.tier)}</dd>
      ${d.assigneeGroup ? html`<dt>${t.assigneeGroup}</dt><dd>${d.assigneeGroup}</dd>` : nothing}
      <dt>${t.fingerprint}</dt><dd class="mono">${d.fingerprint.value} <span class="muted">(${d.fingerprint.basis})</span></dd>
      <dt>${m.sla.metrics.firstResponse}</dt><dd>${deadline('firstResponse')}</dd>
      <dt>${m.sla.metrics.resolution}</dt><dd>${deadline('resolution')}</dd>
      <dt>${t.escalation}</dt><dd>${d.escalation.reason}</dd>
      ${d.assignee
        ? html`<dt>${t.assignee}</dt><dd data-field="assignee">${d.assignee.agentId ? c.name(d.assignee.agentId) : t.nobody} <span class="muted">(${d.assignee.reason})</span></dd>`
        : nothing}
    </dl>
    <h3>${t.appliedRules}</h3>
    ${d.appliedRules.length === 0
      ? html`<p class="muted">${t.noRulesApplied}</p>`
      : html`<ol class="rules">${d.appliedRules.map((rule) => html`<li data-rule=${rule.ruleId}>
          <span class="mono">${m.ticket.rule(rule.ruleId, rule.version)}</span>:
          ${rule.changes.length ? rule.changes.map((ch) => changeText(ch, m)).join('; ') : t.noChange}
          ${rule.stopped ? html`<span class="pill">${t.stopped}</span>` : nothing}
          ${rule.description ? html`<div class="muted">${rule.description}</div>` : nothing}</li>`)}</ol>`}
    <h3>${t.explanation}</h3>
    <ul class="explanation">${d.explanation.map((e) => html`<li><span class="pill">${e.source}</span> ${e.message}</li>`)}</ul>
    <p data-field="grouping">${other
      ? html`${result.wouldJoin ? t.wouldJoin : t.wouldRegress} <a href=${c.href(other.id)}>#${other.number} ${other.title}</a>`
      : t.newTicket}</p>
  </div>`;
}
