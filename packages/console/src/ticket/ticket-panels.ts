/**
 * The side panels of a ticket, pure rendering, each shown only when the
 * server sent its data: details (times, occurrences, tier, fingerprint), the
 * SLA clocks with live countdowns, and the triage explanation.
 */
import type { AgentEvent, AgentTicket } from '@aftercare/sdk/schemas';
import { html, nothing, type TemplateResult } from 'lit';
import {
  readFingerprint,
  readOccurrences,
  readTier,
  readTriageEntries,
  type SlaClock,
  type TriageEntry,
} from '../api/extensions.js';
import { formatDateTime } from '../format/time.js';
import type { Messages } from '../i18n/en.js';
import type { Locale } from '../i18n/locales.js';
import { slaBadge } from '../sla/sla-badge.js';

/** Times, occurrences, tier and fingerprint of a ticket. */
export function detailsPanel(ticket: AgentTicket, m: Messages, locale: Locale): TemplateResult {
  const occurrences = readOccurrences(ticket);
  const tier = readTier(ticket);
  const fingerprint = readFingerprint(ticket);
  return html`<dl class="facts">
    <dt>${m.ticket.created}</dt><dd>${formatDateTime(ticket.createdAt, locale)}</dd>
    <dt>${m.ticket.updated}</dt><dd>${formatDateTime(ticket.updatedAt, locale)}</dd>
    ${occurrences !== null ? html`<dt>${m.ticket.occurrences}</dt><dd data-field="occurrences">${occurrences}</dd>` : nothing}
    ${tier !== null
      ? html`<dt>${m.ticket.tier}</dt><dd><span data-field="tier">${m.ticket.tierValue(tier)}</span>
          <div class="hint muted">${m.merge.tierHint}</div></dd>`
      : nothing}
    ${fingerprint !== null ? html`<dt>${m.ticket.fingerprint}</dt><dd class="mono" data-field="fingerprint">${fingerprint}</dd>` : nothing}
    ${ticket.reopenCount > 0 ? html`<dt></dt><dd>${m.ticket.reopened(ticket.reopenCount)}</dd>` : nothing}
  </dl>`;
}

/** The SLA clocks with their deadlines; nothing without clocks. */
export function slaPanel(clocks: readonly SlaClock[], now: number, m: Messages, locale: Locale): TemplateResult | typeof nothing {
  if (clocks.length === 0) return nothing;
  return html`<section class="panel card" data-panel="sla" aria-labelledby="sla-h">
    <h2 id="sla-h">${m.sla.heading}</h2>
    <dl class="facts">
      ${clocks.map(
        (c) => html`<dt>${m.sla.metrics[c.metric]}</dt>
          <dd>${slaBadge(c, now, m)} ${c.dueAt ? html`<span class="muted">${formatDateTime(c.dueAt, locale)}</span>` : nothing}</dd>`,
      )}
    </dl>
  </section>`;
}

/** The triage explanation carried by the timeline's triage entries. */
export function triageEntries(timeline: readonly AgentEvent[]): TriageEntry[] {
  return timeline.filter((e) => e.type.startsWith('triage')).flatMap((e) => readTriageEntries(e.data));
}

/** Which rule set what; nothing when the server sent no explanation. */
export function triagePanel(entries: readonly TriageEntry[], m: Messages): TemplateResult | typeof nothing {
  if (entries.length === 0) return nothing;
  return html`<section class="panel card" data-panel="triage" aria-labelledby="triage-h">
    <h2 id="triage-h">${m.ticket.triageHeading}</h2>
    <ul class="list">
      ${entries.map((e) => html`<li><span class="pill">${e.source}</span> ${e.message}
        ${e.ruleId && !e.message.includes(e.ruleId) ? html`<span class="muted mono">${m.ticket.rule(e.ruleId, e.ruleVersion)}</span>` : nothing}</li>`)}
    </ul>
  </section>`;
}
