/**
 * Normalises free feedback text for grouping: two reports group only when
 * their normalised texts are identical, so this keeps letters and drops what
 * varies between near-identical messages (case, punctuation, numbers, spacing).
 */

const NOT_LETTER = /[^\p{L}\p{M}]+/gu;

/**
 * Lowercases, folds compatibility forms (full-width letters), replaces
 * everything but letters with a space, and collapses spaces.
 *
 * @example
 * normaliseFeedbackText('  The   Export button, does NOTHING!!! (v2.3) '); // 'the export button does nothing v'
 */
export function normaliseFeedbackText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(NOT_LETTER, ' ').trim();
}
