/**
 * The fingerprint of a report: a stable hash of what makes two reports "the
 * same problem". Error reports hash the error type, the normalised message and
 * the top in-app frames; plain feedback hashes its normalised text. Both add
 * the page's route. The algorithm version travels with every fingerprint so a
 * change to this module never silently regroups old tickets: bump
 * `FINGERPRINT_VERSION` whenever the canonical string changes.
 */
import { hash } from 'node:crypto';
import { isUncaught, readDiagnostics } from '../diagnostics.js';
import type { TriageDiagnostics, TriageError } from '../diagnostics.js';
import { DEFAULT_FRAME_COUNT, topFrameKeys } from './frames.js';
import { normaliseErrorMessage } from './message.js';
import { normaliseRoute } from './route.js';
import { normaliseFeedbackText } from './text.js';

/** Version of the fingerprint algorithm; stored with each fingerprint. */
export const FINGERPRINT_VERSION = 1;

/** What a fingerprint was computed from: the error, the text, or a key the client sent. */
export type FingerprintBasis = 'error' | 'text' | 'client';

/** A report's fingerprint. `value` is 32 lowercase hex characters. */
export interface Fingerprint {
  value: string;
  version: number;
  basis: FingerprintBasis;
}

/** The parts of a report a fingerprint reads. */
export interface FingerprintSubject {
  message: string;
  page: { url: string };
  diagnostics?: unknown;
  /** A grouping key chosen by the host app (the SDK's `fingerprint`); wins over the rest. */
  fingerprint?: string;
}

/** Options of `fingerprintReport`. */
export interface FingerprintOptions {
  /** How many in-app frames to use (default 5). */
  frames?: number;
  /** Diagnostics already read with `readDiagnostics`, to skip reading them again. */
  diagnostics?: TriageDiagnostics;
}

function hasContent(error: TriageError): boolean {
  return Boolean(error.type?.trim() || error.message?.trim() || error.frames.length > 0);
}

/** The error a fingerprint describes: the first uncaught one, else the first one. */
export function primaryError(diagnostics: TriageDiagnostics): TriageError | undefined {
  const candidates = diagnostics.errors.filter(hasContent);
  return candidates.find(isUncaught) ?? candidates[0];
}

/**
 * The canonical string a fingerprint hashes, for debugging and tests.
 *
 * @example
 * canonicalFingerprint({ message: 'Export does nothing', page: { url: '/reports/7' } }).canonical;
 * // '[1,"text","export does nothing","/reports/:id"]'
 */
export function canonicalFingerprint(
  subject: FingerprintSubject,
  options: FingerprintOptions = {},
): { canonical: string; basis: FingerprintBasis } {
  if (subject.fingerprint !== undefined && subject.fingerprint.trim() !== '') {
    return { canonical: JSON.stringify([FINGERPRINT_VERSION, 'client', subject.fingerprint.trim()]), basis: 'client' };
  }
  const diagnostics = options.diagnostics ?? readDiagnostics(subject.diagnostics);
  const route = normaliseRoute(subject.page.url);
  const error = primaryError(diagnostics);
  if (error) {
    const parts = [
      FINGERPRINT_VERSION,
      'error',
      (error.type ?? '').trim(),
      normaliseErrorMessage(error.message ?? ''),
      topFrameKeys(error.frames, options.frames ?? DEFAULT_FRAME_COUNT),
      route,
    ];
    return { canonical: JSON.stringify(parts), basis: 'error' };
  }
  const parts = [FINGERPRINT_VERSION, 'text', normaliseFeedbackText(subject.message), route];
  return { canonical: JSON.stringify(parts), basis: 'text' };
}

/** Hashes a canonical string to 32 hex characters (the first 128 bits of SHA-256). */
export function hashCanonical(canonical: string): string {
  return hash('sha256', canonical, 'hex').slice(0, 32);
}

/**
 * Fingerprints a report.
 *
 * @example
 * const fp = fingerprintReport(report); // { value: '9f…', version: 1, basis: 'error' }
 */
export function fingerprintReport(
  subject: FingerprintSubject,
  options: FingerprintOptions = {},
): Fingerprint {
  const { canonical, basis } = canonicalFingerprint(subject, options);
  return { value: hashCanonical(canonical), version: FINGERPRINT_VERSION, basis };
}
