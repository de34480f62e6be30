/**
 * Turns the form into the SDK draft: the reporter block from the contact
 * fields (empty ones left out), and the diagnostics sections the reporter
 * switched off. Pure.
 */
import type { ReportDraft } from '@aftercare/sdk';
import type { FormState } from './form-state.js';

/** The user the host app identified; `id` is not shown in the form but is sent. */
export interface IdentifiedUser {
  id?: string | undefined;
  name?: string | undefined;
  email?: string | undefined;
}

/**
 * Builds the draft for `preview()` and `report()`.
 *
 * A switched-off section is written as `undefined` in the draft's diagnostics:
 * the SDK lets the draft's own sections win over the collected ones, and an
 * `undefined` value is dropped when the payload is serialised, so the section
 * never leaves the browser.
 *
 * @example
 * buildDraft(form, { id: 'u_1' }, reportId, new Set(['console']));
 */
export function buildDraft(
  form: FormState,
  user: IdentifiedUser | undefined,
  id: string,
  excluded: ReadonlySet<string>,
): ReportDraft {
  const reporter: Record<string, string> = {};
  if (user?.id) reporter.id = user.id;
  const name = form.name.trim();
  const email = form.email.trim();
  if (name) reporter.name = name;
  if (email) reporter.email = email;
  const draft: ReportDraft = {
    id,
    kind: form.kind,
    message: form.message.trim(),
    impact: form.kind === 'bug' ? form.impact : 'unknown',
  };
  if (Object.keys(reporter).length > 0) draft.reporter = reporter;
  if (excluded.size > 0) draft.diagnostics = Object.fromEntries([...excluded].map((key) => [key, undefined]));
  return draft;
}

/**
 * The diagnostics sections a payload carries that the reporter may switch off
 * (everything but the SDK's own name and version and the truncation note).
 *
 * @example
 * diagnosticSections({ sdk: {…}, console: [], environment: {…} }); // ['console', 'environment']
 */
export function diagnosticSections(diagnostics: Record<string, unknown>): string[] {
  return Object.keys(diagnostics).filter((key) => key !== 'sdk' && key !== 'truncated' && diagnostics[key] !== undefined);
}
