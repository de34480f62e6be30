/**
 * Builds the exact payload a report is sent as. `preview()` and `report()`
 * both call {@link buildPayload}; `send()` of a previewed payload calls
 * {@link finalizePayload}, which is idempotent, so what was shown is what
 * leaves. Redaction covers everything but the report's identity fields and
 * the reporter block (the reporter's own contact is the point of a report).
 */
import { completeDraft, validateReport, type ReportDraft } from '../client.js';
import { createRedactor, type RedactionOptions } from '../privacy/redact.js';
import { LIMITS, type ReportInput, type ReportInputDraft, type Reporter } from '../schemas/index.js';
import { fitDiagnostics } from './fit-diagnostics.js';

/** What a payload is built from besides the draft. */
export interface PayloadSources {
  /** Diagnostics sections collected so far (sdk, app, context, collectors). */
  diagnostics(): Record<string, unknown>;
  /** The user given to `identify()`, if any. */
  user(): Reporter | undefined;
  /** Redaction settings. */
  redaction?: RedactionOptions;
}

/**
 * Completes a draft (id, time, page), merges identified user and collected
 * diagnostics (the draft's own sections win; lists are appended), then finalizes.
 *
 * @example
 * const payload = buildPayload({ kind: 'bug', message: 'Save fails' }, sources);
 */
export function buildPayload(draft: ReportDraft, sources: PayloadSources): ReportInput {
  const completed = completeDraft(draft);
  const reporter = { ...sources.user(), ...draft.reporter };
  const diagnostics = mergeDiagnostics(sources.diagnostics(), draft.diagnostics ?? {});
  return finalizePayload(
    { ...completed, ...(Object.keys(reporter).length > 0 ? { reporter } : {}), diagnostics },
    sources.redaction,
  );
}

/**
 * Redacts, bounds and validates a complete report. Idempotent: finalizing a
 * finalized payload returns an equal payload.
 *
 * @example
 * const same = finalizePayload(preview, { allowEmails: [] });
 */
export function finalizePayload(input: ReportInputDraft, redaction: RedactionOptions = {}): ReportInput {
  const own = input.reporter?.email;
  const redactor = createRedactor({ ...redaction, allowEmails: [...(redaction.allowEmails ?? []), ...(own ? [own] : [])] });
  const { id, kind, impact, createdAt, reporter, message, page, metadata, diagnostics } = input;
  const cleanPage = redactor.value(page);
  return validateReport({
    id,
    kind,
    ...(impact !== undefined ? { impact } : {}),
    createdAt,
    ...(reporter !== undefined ? { reporter } : {}),
    message: redactor.text(message),
    page: {
      ...cleanPage,
      url: cleanPage.url.slice(0, LIMITS.urlChars),
      ...(cleanPage.referrer !== undefined ? { referrer: cleanPage.referrer.slice(0, LIMITS.urlChars) } : {}),
    },
    ...(metadata !== undefined ? { metadata: redactor.value(metadata) } : {}),
    diagnostics: fitDiagnostics(redactor.value(diagnostics ?? {})),
  });
}

function mergeDiagnostics(collected: Record<string, unknown>, own: Record<string, unknown>): Record<string, unknown> {
  const out = { ...collected };
  for (const [key, value] of Object.entries(own)) {
    const existing = out[key];
    out[key] = Array.isArray(existing) && Array.isArray(value) ? [...existing, ...value] : value;
  }
  return out;
}
