/**
 * How an SLA clock is shown: a badge with the live countdown ("due in 2h
 * 10m", "35m 10s overdue") whose colour says on track, due soon or breached.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { SlaClock } from '../api/extensions.js';
import type { Messages } from '../i18n/en.js';
import { liveState, splitDuration } from './countdown.js';

/** Formats a duration with the catalogue's units (`2h 05m`, `3天 4小时`). */
export function formatDuration(ms: number, messages: Messages): string {
  const { parts } = splitDuration(ms);
  return parts
    .map((p, i) => `${i > 0 && p.unit !== 'd' && p.unit !== 'h' ? String(p.value).padStart(2, '0') : p.value}${messages.sla.units[p.unit]}`)
    .join(' ');
}

/** The countdown text of a clock at `now`: remaining, overdue, or its state. */
export function countdownText(clock: SlaClock, now: number, messages: Messages): string {
  const state = liveState(clock, now);
  if (state === 'met' || state === 'paused' || clock.stopped || clock.dueAt === null) return messages.sla.states[state];
  const remaining = Date.parse(clock.dueAt) - now;
  return remaining <= 0
    ? messages.sla.overdue(formatDuration(-remaining, messages))
    : messages.sla.dueIn(formatDuration(remaining, messages));
}

/**
 * A badge for a clock; nothing when there is no clock.
 *
 * @example
 * html`<td>${slaBadge(pressingClock(readSla(ticket), now), now, messages)}</td>`
 */
export function slaBadge(clock: SlaClock | undefined, now: number, messages: Messages): TemplateResult | typeof nothing {
  if (!clock) return nothing;
  const state = liveState(clock, now);
  return html`<span class="pill sla sla-${state}" data-sla-state=${state} title=${`${messages.sla.metrics[clock.metric]} · ${messages.sla.states[state]}`}
    >${countdownText(clock, now, messages)}</span
  >`;
}
