/**
 * English messages for similar tickets, merging and unmerging, and the
 * ticket's tier. Part of the English catalogue (`en.merge`).
 */

/** Messages about duplicates and merges, in English. */
export const enMerge = {
  mergedBadge: 'Merged',
  alike: (percent: number): string => `${percent}% alike`,
  noSimilar: 'No similar open tickets.',
  mergeButton: 'Merge…',
  mergeLabel: (title: string): string => `Merge with “${title}”`,
  dialogTitle: 'Merge duplicate tickets',
  thisTicket: 'This ticket',
  otherTicket: 'Similar ticket',
  thisIntoOther: 'Merge this ticket into the other one',
  otherIntoThis: 'Merge the other ticket into this one',
  explain:
    'The reports move to the ticket you keep, and the other ticket closes as merged. Reporters keep following their report. A merge can be undone.',
  confirm: 'Merge',
  cancel: 'Cancel',
  mergedInto: 'This ticket was merged into',
  mergedIntoUnknown: 'another ticket',
  unmerge: 'Unmerge',
  unmergeHint: 'Moves this ticket’s own reports back and reopens it.',
  mergedDone: 'The tickets were merged.',
  unmergedDone: 'The merge was undone; the ticket is open again.',
  tierHint: 'Triage sends urgent tickets and breached SLAs to tier 2 on its own; you can also escalate by hand.',
  thatTicket: 'open',
};
