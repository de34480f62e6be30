/**
 * One entry of a ticket's timeline, pure rendering: who did what, when, and
 * the text of replies and notes. Agents are named from the project's
 * members; merges link to the other ticket. Internal entries are marked;
 * entry types the console does not know yet still show, by their type name.
 */
import type { AgentEvent, AgentMe, Member } from '@aftercare/sdk/schemas';
import { html, nothing, type TemplateResult } from 'lit';
import { readTriageEntries } from '../api/extensions.js';
import { agentName } from '../api/members.js';
import { formatDateTime } from '../format/time.js';
import type { Messages } from '../i18n/en.js';
import type { Locale } from '../i18n/locales.js';
import { displayValue } from '../diagnostics/read-diagnostics.js';

/** What an entry needs besides itself. */
export interface EntryContext {
  me: AgentMe;
  /** The project's members, to name agents. */
  members: readonly Member[];
  reporterName: string | null;
  /** A ticket's URL in the console. */
  href(ticketId: string): string;
  messages: Messages;
  locale: Locale;
}

/** A label from one of the catalogue's tables, or the raw value when the table lacks it. */
function label(table: Record<string, string>, value: unknown): string {
  const text = displayValue(value);
  return Object.hasOwn(table, text) ? table[text]! : text || '—';
}

/** Who acted, as the agent reads it. */
export function actorName(event: AgentEvent, context: EntryContext): string {
  const a = context.messages.timeline.actors;
  if (event.actorType === 'reporter') return context.reporterName ?? a.reporter;
  if (event.actorType === 'system') return a.system;
  if (event.actorId === context.me.id) return a.you;
  return event.actorId ? agentName(event.actorId, context.members, context.me, context.messages) : a.agent;
}

function fieldLabel(field: string, value: unknown, context: EntryContext): string {
  const m = context.messages;
  if (value === null || value === undefined) return m.timeline.none;
  if (field === 'assigneeId' && typeof value === 'string') return agentName(value, context.members, context.me, m);
  if (field === 'status') return label(m.status, value);
  if (field === 'severity') return label(m.severity, value);
  if (field === 'category') return label(m.category, value);
  if (field === 'tags' && Array.isArray(value)) return value.length ? value.map(displayValue).join(', ') : m.timeline.none;
  return displayValue(value);
}

function changes(event: AgentEvent, context: EntryContext): TemplateResult | typeof nothing {
  const m = context.messages;
  const before = (event.data.before ?? {}) as Record<string, unknown>;
  const after = (event.data.after ?? {}) as Record<string, unknown>;
  const fields = Object.keys(after);
  if (fields.length === 0) return nothing;
  const names = m.fields as unknown as Record<string, string>;
  return html`<ul class="changes">
    ${fields.map((f) => {
      const name = f === 'assigneeId' ? m.fields.assignee : typeof names[f] === 'string' ? names[f] : f;
      return html`<li><span class="muted">${name}:</span> ${fieldLabel(f, before[f], context)} → <strong>${fieldLabel(f, after[f], context)}</strong></li>`;
    })}
  </ul>`;
}

function summary(event: AgentEvent, context: EntryContext): string {
  const m = context.messages;
  const t = m.timeline;
  switch (event.type) {
    case 'created': return t.created;
    case 'reply': return t.reply;
    case 'note': return t.note;
    case 'status_changed': return t.statusChanged(label(m.status, event.data.from), label(m.status, event.data.status));
    case 'updated': return t.updated;
    case 'confirmed': return t.confirmed;
    case 'reopened': return t.reopened;
    case 'rated': return t.rated(Number(event.data.score));
    case 'assigned':
      return typeof event.data.assigneeId === 'string'
        ? t.assignedTo(agentName(event.data.assigneeId, context.members, context.me, m))
        : t.types.assigned;
    default:
      if (event.type.startsWith('triage')) return t.triage;
      return Object.hasOwn(t.types, event.type) ? t.types[event.type as keyof typeof t.types] : t.other(event.type);
  }
}

/** The other ticket of a merge entry, as a link: `#12` when the entry knows its number. */
function mergeLink(event: AgentEvent, context: EntryContext): TemplateResult | typeof nothing {
  const key = { merged: 'into', merged_from: 'from', unmerged: 'from', unmerged_from: 'ticket' }[event.type];
  const id = key ? event.data[key] : undefined;
  if (typeof id !== 'string' || !id) return nothing;
  const number = typeof event.data.number === 'number' ? `#${event.data.number}` : context.messages.merge.thatTicket;
  return html`<span>(<a class="merge-link" href=${context.href(id)}>${number}</a>)</span>`;
}

/**
 * Renders one entry as a list item.
 *
 * @example
 * html`<ol>${timeline.map((e) => timelineEntry(e, context))}</ol>`
 */
export function timelineEntry(event: AgentEvent, context: EntryContext): TemplateResult {
  const m = context.messages;
  const internal = event.visibility === 'internal';
  const triage = event.type === 'updated' ? [] : readTriageEntries(event.data);
  const kind = event.type === 'reply' || event.type === 'note' ? 'message' : 'activity';
  return html`<li class="entry ${kind} type-${event.type} ${internal ? 'internal' : ''}" data-type=${event.type} data-actor=${event.actorType}>
    <div class="line">
      <strong class="actor">${actorName(event, context)}</strong>
      <span>${summary(event, context)}</span>
      ${mergeLink(event, context)}
      ${internal ? html`<span class="pill internal-badge">${m.timeline.internal}</span>` : nothing}
      <time class="muted" datetime=${event.at}>${formatDateTime(event.at, context.locale)}</time>
    </div>
    ${event.type === 'updated' ? changes(event, context) : nothing}
    ${triage.length > 0
      ? html`<ul class="triage">${triage.map((e) => html`<li>${e.message}
          ${e.ruleId && !e.message.includes(e.ruleId) ? html`<span class="muted mono">(${m.ticket.rule(e.ruleId, e.ruleVersion)})</span>` : nothing}</li>`)}</ul>`
      : nothing}
    ${typeof event.data.reason === 'string' ? html`<div class="muted reason">${event.data.reason}</div>` : nothing}
    ${event.body ? html`<div class="body">${event.body}</div>` : nothing}
  </li>`;
}
