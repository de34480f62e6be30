/**
 * Fingerprinting of reports for grouping duplicates, and text similarity for
 * suggesting related tickets.
 */
export {
  FINGERPRINT_VERSION,
  canonicalFingerprint,
  fingerprintReport,
  hashCanonical,
  primaryError,
} from './fingerprint.js';
export type {
  Fingerprint,
  FingerprintBasis,
  FingerprintOptions,
  FingerprintSubject,
} from './fingerprint.js';
export {
  DEFAULT_FRAME_COUNT,
  inAppFrames,
  looksLikeContentHash,
  normaliseFrameFile,
  normaliseFunctionName,
  topFrameKeys,
} from './frames.js';
export { normaliseErrorMessage, normaliseUrlInText } from './message.js';
export { normaliseRoute } from './route.js';
export {
  DEFAULT_SIMILARITY_THRESHOLD,
  DEFAULT_SUGGESTION_LIMIT,
  jaccard,
  suggestSimilar,
  textSimilarity,
  trigrams,
} from './similarity.js';
export type { SimilarSuggestion, SimilarityCandidate } from './similarity.js';
export { normaliseFeedbackText } from './text.js';
export { ID_SEGMENT, isVolatileSegment, maskVolatileText, normalisePath } from './volatile.js';
