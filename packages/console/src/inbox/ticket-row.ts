/**
 * One row of the inbox: number and title (a link to the ticket), severity,
 * category, status, assignee, occurrences and the live SLA countdown when the
 * server sends them, and when it was last updated.
 */
import type { AgentMe, AgentTicket, Member } from '@aftercare/sdk/schemas';
import { html, nothing, type TemplateResult } from 'lit';
import { readOccurrences, readSla } from '../api/extensions.js';
import { agentName } from '../api/members.js';
import { formatRelative } from '../format/time.js';
import type { Messages } from '../i18n/en.js';
import type { Locale } from '../i18n/locales.js';
import { liveState, pressingClock } from '../sla/countdown.js';
import { slaBadge } from '../sla/sla-badge.js';

/** What a row needs besides its ticket. */
export interface RowContext {
  me: AgentMe;
  /** The project's members, to name assignees. */
  members: readonly Member[];
  messages: Messages;
  locale: Locale;
  now: number;
  /** Which optional columns the list shows. */
  columns: { occurrences: boolean; sla: boolean };
  href(ticket: AgentTicket): string;
}

/** The assignee as the agent reads it: a member's name, a short id for others, or a dash. */
export function assigneeLabel(assigneeId: string | null, context: Pick<RowContext, 'me' | 'members' | 'messages'>): string {
  if (assigneeId === null) return '—';
  return agentName(assigneeId, context.members, context.me, context.messages);
}

/**
 * Renders a ticket as a table row; `selected` marks the keyboard selection.
 *
 * @example
 * html`<tbody>${items.map((t, i) => ticketRow(t, i === selected, context))}</tbody>`
 */
export function ticketRow(ticket: AgentTicket, selected: boolean, context: RowContext): TemplateResult {
  const { messages: m, now } = context;
  const clock = pressingClock(readSla(ticket), now);
  const slaState = clock ? liveState(clock, now) : 'none';
  const occurrences = readOccurrences(ticket);
  return html`<tr
    data-ticket-id=${ticket.id}
    data-sla=${slaState}
    aria-selected=${selected ? 'true' : 'false'}
    class=${selected ? 'selected' : ''}
  >
    <td class="number mono">#${ticket.number}</td>
    <td class="title">
      <a href=${context.href(ticket)}>${ticket.title}</a>
      ${ticket.mergedInto ? html`<span class="tag merged">${m.merge.mergedBadge}</span>` : nothing}
      ${ticket.tags.length > 0 ? html`<span class="tags">${ticket.tags.map((t) => html`<span class="tag">${t}</span>`)}</span>` : nothing}
    </td>
    <td class="severity"><span class="pill severity-${ticket.severity}">${m.severity[ticket.severity]}</span></td>
    <td class="category">${m.category[ticket.category]}</td>
    <td class="status"><span class="pill status-${ticket.status}">${m.status[ticket.status]}</span></td>
    <td class="assignee ${ticket.assigneeId === null ? 'muted' : ''}">${assigneeLabel(ticket.assigneeId, context)}</td>
    ${context.columns.occurrences ? html`<td class="occurrences">${occurrences ?? ''}</td>` : nothing}
    ${context.columns.sla ? html`<td class="sla">${slaBadge(clock, now, m)}</td>` : nothing}
    <td class="updated muted" title=${ticket.updatedAt}>${formatRelative(ticket.updatedAt, context.locale, now)}</td>
  </tr>`;
}
