/**
 * Routing and escalation: which agent gets a ticket, and when it goes to tier 2.
 */
export { decideEscalation } from './escalation.js';
export type { EscalationCode, EscalationDecision, EscalationInput } from './escalation.js';
export { pickAssignee } from './pick-assignee.js';
export type { AgentLoad, PickAssigneeInput, PickCode, PickResult, RoutingStrategy } from './pick-assignee.js';
