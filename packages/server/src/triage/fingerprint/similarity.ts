/**
 * Text similarity for suggesting related tickets: Jaccard similarity of the
 * character trigrams of two normalised texts. Character n-grams work for
 * languages written without spaces (Chinese, Japanese) as well as for English,
 * and tolerate typos and small edits.
 */
import { normaliseFeedbackText } from './text.js';

/** Default lowest similarity for a suggestion. */
export const DEFAULT_SIMILARITY_THRESHOLD = 0.4;
/** Default number of suggestions. */
export const DEFAULT_SUGGESTION_LIMIT = 5;

/**
 * The set of character trigrams of a text, normalised first. A text shorter
 * than three characters yields itself as its only gram; an empty text none.
 */
export function trigrams(text: string): Set<string> {
  const normalised = normaliseFeedbackText(text);
  const grams = new Set<string>();
  if (normalised === '') return grams;
  const chars = Array.from(` ${normalised} `);
  if (chars.length < 3) {
    grams.add(chars.join(''));
    return grams;
  }
  for (let i = 0; i + 3 <= chars.length; i += 1) {
    grams.add(chars[i]! + chars[i + 1]! + chars[i + 2]!);
  }
  return grams;
}

/** Jaccard similarity of two sets: |A ∩ B| / |A ∪ B|, 1 for two empty sets. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const gram of small) if (large.has(gram)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/**
 * Similarity of two texts in [0, 1]; 1 for texts that normalise identically.
 *
 * @example
 * textSimilarity('Export button does nothing', 'export button does nothing!'); // 1
 */
export function textSimilarity(a: string, b: string): number {
  return jaccard(trigrams(a), trigrams(b));
}

/** A candidate for suggestions: an open ticket's id and representative text. */
export interface SimilarityCandidate {
  id: string;
  text: string;
}

/** A suggested similar ticket. */
export interface SimilarSuggestion {
  id: string;
  score: number;
}

/**
 * The candidates most similar to `text`, best first, at or above `threshold`,
 * at most `limit` of them; ties keep the candidates' order.
 *
 * @example
 * suggestSimilar('cannot export csv', [{ id: 't1', text: 'Cannot export CSV file' }]);
 */
export function suggestSimilar(
  text: string,
  candidates: Iterable<SimilarityCandidate>,
  options: { threshold?: number; limit?: number } = {},
): SimilarSuggestion[] {
  const threshold = options.threshold ?? DEFAULT_SIMILARITY_THRESHOLD;
  const limit = options.limit ?? DEFAULT_SUGGESTION_LIMIT;
  const grams = trigrams(text);
  const scored: SimilarSuggestion[] = [];
  for (const candidate of candidates) {
    const score = jaccard(grams, trigrams(candidate.text));
    if (score >= threshold) scored.push({ id: candidate.id, score });
  }
  return scored.sort((x, y) => y.score - x.score).slice(0, Math.max(0, limit));
}
