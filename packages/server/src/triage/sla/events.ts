/**
 * The events an SLA clock is computed from, as recorded on a ticket.
 *
 * - `started`: the ticket opened under a policy version and severity.
 * - `paused` / `resumed`: the ticket waits on the reporter, and stops waiting.
 * - `responded`: an agent answered the reporter (meets a pending first or next response).
 * - `reporter_message`: the reporter wrote; starts a next-response target
 *   once the first response was given, and ends a wait on the reporter.
 * - `resolved` / `reopened`: resolution stops every timer (resolving answers
 *   the reporter); reopening continues the resolution timer where it stopped
 *   and starts a next-response target.
 * - `policy_changed` / `severity_changed`: targets switch from that moment;
 *   time already consumed still counts towards the new targets.
 */
import type { Severity } from '@aftercare/sdk/schemas';

/** An SLA clock event. */
export type SlaEvent =
  | { type: 'started'; at: Date; severity: Severity; policyVersion: number }
  | { type: 'paused'; at: Date }
  | { type: 'resumed'; at: Date }
  | { type: 'responded'; at: Date }
  | { type: 'reporter_message'; at: Date }
  | { type: 'resolved'; at: Date }
  | { type: 'reopened'; at: Date }
  | { type: 'policy_changed'; at: Date; policyVersion: number }
  | { type: 'severity_changed'; at: Date; severity: Severity };

/** The type of an SLA clock event. */
export type SlaEventType = SlaEvent['type'];

/** Events sorted by time; events at the same instant keep their given order. */
export function sortEvents(events: readonly SlaEvent[]): SlaEvent[] {
  return events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => a.event.at.getTime() - b.event.at.getTime() || a.index - b.index)
    .map(({ event }) => event);
}
