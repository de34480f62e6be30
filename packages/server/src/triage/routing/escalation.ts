/**
 * Decides whether a ticket goes up to tier 2 (senior experts): urgent tickets
 * do, and so does any ticket with a breached SLA target. A ticket already at
 * tier 2 stays there; escalation never moves a ticket down.
 */
import type { Severity } from '@aftercare/sdk/schemas';
import type { Tier } from '../rules/types.js';
import type { SlaState } from '../sla/clock.js';
import type { SlaMetric } from '../sla/policy.js';

/** Input of `decideEscalation`. */
export interface EscalationInput {
  severity: Severity;
  tier: Tier;
  /** Current SLA states, e.g. from `computeSlaClock`. */
  sla?: Partial<Record<SlaMetric, SlaState | null | undefined>>;
}

/** Why a ticket escalates or not. */
export type EscalationCode = 'urgent' | 'breached' | 'already_tier_2' | 'none';

/** The escalation decision. */
export interface EscalationDecision {
  escalate: boolean;
  /** The tier the ticket should be at. */
  tier: Tier;
  code: EscalationCode;
  reason: string;
}

const METRIC_NAMES: Record<SlaMetric, string> = {
  firstResponse: 'first response',
  nextResponse: 'next response',
  resolution: 'resolution',
};

/**
 * Decides escalation.
 *
 * @example
 * decideEscalation({ severity: 'normal', tier: 1, sla: { firstResponse: 'breached' } });
 * // { escalate: true, tier: 2, code: 'breached', reason: 'first response SLA breached' }
 */
export function decideEscalation(input: EscalationInput): EscalationDecision {
  const breached = (Object.keys(METRIC_NAMES) as SlaMetric[]).filter((metric) => input.sla?.[metric] === 'breached');
  const cause: { code: EscalationCode; reason: string } | null =
    input.severity === 'urgent'
      ? { code: 'urgent', reason: 'urgent severity' }
      : breached.length > 0
        ? { code: 'breached', reason: `${breached.map((metric) => METRIC_NAMES[metric]).join(' and ')} SLA breached` }
        : null;
  if (input.tier === 2) {
    return { escalate: false, tier: 2, code: 'already_tier_2', reason: cause ? `${cause.reason}; already at tier 2` : 'already at tier 2' };
  }
  if (!cause) return { escalate: false, tier: input.tier, code: 'none', reason: 'no reason to escalate' };
  return { escalate: true, tier: 2, ...cause };
}
