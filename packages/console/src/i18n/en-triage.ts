/**
 * English messages of the triage screens: the rules (as JSON), routing, the
 * dry-run and the SLA policy. Part of the English catalogue (`en.triage`).
 */

/** The triage screens, in English. */
export const enTriage = {
  rulesHeading: 'Rules',
  rulesDefault: 'This project uses the default rules.',
  rulesCustom: 'This project has its own rules.',
  rulesHint: 'A JSON array of rules, each { id, version, when, actions, onMatch }, applied in order. Raise a rule’s version when you change it, so tickets show which version set what (see docs/triage.md).',
  resetRules: 'Reset to defaults',
  resetConfirm: 'Replace this project’s rules with the default rules?',
  invalidJson: (detail: string): string => `This is not valid JSON: ${detail}`,
  notAnArray: 'The rules must be a JSON array.',
  notAnObject: 'The policy must be a JSON object.',
  readOnlyHint: 'Only the project’s admins can change this.',
  routingHeading: 'Routing',
  routingHint: 'How new tickets are given to agents with room (their capacity) in the ticket’s tier.',
  routing: { round_robin: 'Round robin: agents take turns', least_loaded: 'Least loaded: the agent with the fewest open tickets' },
  dryRunHeading: 'Try the rules',
  dryRunIntro: 'Paste a message to see what triage would decide with the current rules and policy. Nothing is filed.',
  message: 'Message', kind: 'Kind', impact: 'Impact', pageUrl: 'Page URL (optional)',
  run: 'Run', running: 'Running…',
  decision: 'Decision',
  appliedRules: 'Applied rules', noRulesApplied: 'No rule changed anything.',
  explanation: 'Explanation',
  fingerprint: 'Fingerprint', assigneeGroup: 'Assignee group',
  deadlines: 'Deadlines', escalation: 'Escalation', assignee: 'Would be assigned to', nobody: 'Nobody',
  wouldJoin: 'Would join', wouldRegress: 'Would reopen as a regression of', newTicket: 'Would open a new ticket.',
  stopped: 'stops here', noChange: 'no change',
  change: (field: string, from: string, to: string): string => `${field}: ${from} → ${to}`,
  tagsAdded: (tags: string): string => `tags: +${tags}`,
  slaHeading: 'SLA policy',
  slaVersion: (version: number, all: string): string => `Version ${version} in force (all versions: ${all})`,
  calendar: 'Business calendar', timeZone: 'Time zone', holidays: 'Holidays', overrides: 'Special days', none: 'none',
  warning: 'Warning',
  warningPercent: (percent: number): string => `when ${percent}% of a target is left`,
  warningMinutes: (minutes: number): string => `${minutes} minutes before a deadline`,
  targetsHeading: 'Targets',
  amount: (amount: number, unit: string): string =>
    unit === 'business_days' ? `${amount} business ${amount === 1 ? 'day' : 'days'}` : `${amount} ${unit === 'hours' ? 'h' : unit === 'minutes' ? 'min' : unit}`,
  clocks: { '24x7': 'around the clock', calendar: 'business hours' },
  weekdays: { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' },
  closedDay: 'closed',
  editAsJson: 'Edit as JSON',
  slaHint: 'The policy without its version: { calendar, targets, warning }. Saving stores it as the next version and recomputes the clock of every working ticket.',
};
