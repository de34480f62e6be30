/**
 * What the reporter fills in, and the local checks made before anything is
 * sent: a message, a plausible e-mail address, and files within the limits of
 * the wire contract. Pure: no DOM, no network.
 */
import type { Impact, ReportKind } from '@aftercare/sdk';
import { LIMITS } from '@aftercare/sdk/schemas';
import type { Messages } from '../i18n/en.js';

/** The kinds the form offers, in display order. */
export const FORM_KINDS = ['bug', 'question', 'idea'] as const satisfies readonly ReportKind[];
/** A kind the form offers. */
export type FormKind = (typeof FORM_KINDS)[number];

/** The impacts the form offers, most severe first; none chosen means `unknown`. */
export const FORM_IMPACTS = ['blocks_me', 'hinders', 'minor'] as const satisfies readonly Impact[];
/** An impact the form offers, or `unknown` when the reporter chose none. */
export type FormImpact = (typeof FORM_IMPACTS)[number] | 'unknown';

/** The reporter's input. */
export interface FormState {
  kind: FormKind;
  message: string;
  impact: FormImpact;
  name: string;
  email: string;
  /** Whether the captured screenshot goes with the report. */
  includeScreenshot: boolean;
  files: File[];
}

/** A field that failed a check, and the sentence that says why. */
export interface FormProblem {
  field: 'message' | 'email' | 'files';
  text: (messages: Messages) => string;
}

/**
 * An empty form, with the contact fields prefilled from the identified user.
 *
 * @example
 * emptyForm({ name: 'Ann' }).name; // 'Ann'
 */
export function emptyForm(user?: { name?: string | undefined; email?: string | undefined }): FormState {
  return { kind: 'bug', message: '', impact: 'unknown', name: user?.name ?? '', email: user?.email ?? '', includeScreenshot: true, files: [] };
}

// Close to zod's `z.email()` (the contract's check), so what passes here passes there.
const EMAIL = /^(?!\.)(?!.*\.\.)[A-Za-z0-9_'+\-.]*[A-Za-z0-9_+-]@([A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

const MB = 1024 * 1024;

/**
 * Checks a list of files against the attachment limits.
 *
 * @example
 * checkFiles([hugeFile])?.field; // 'files'
 */
export function checkFiles(files: readonly File[]): FormProblem | undefined {
  if (files.length > LIMITS.attachmentCount) {
    return { field: 'files', text: (m) => m.tooManyFiles(LIMITS.attachmentCount) };
  }
  const big = files.find((file) => file.size > LIMITS.attachmentBytes);
  if (big) return { field: 'files', text: (m) => m.fileTooLarge(big.name, LIMITS.attachmentBytes / MB) };
  // Leave room for the screenshot and the report itself in the multipart body.
  const room = LIMITS.multipartBodyBytes - LIMITS.screenshotBytes - LIMITS.reportBodyBytes;
  if (files.reduce((sum, file) => sum + file.size, 0) > room) {
    return { field: 'files', text: (m) => m.filesTooLarge(Math.floor(room / MB)) };
  }
  return undefined;
}

/**
 * The first problem that stops the form from being sent, in field order.
 *
 * @example
 * validateForm({ ...emptyForm(), message: ' ' })?.field; // 'message'
 */
export function validateForm(form: FormState): FormProblem | undefined {
  if (!form.message.trim()) return { field: 'message', text: (m) => m.messageRequired };
  const email = form.email.trim();
  if (email && !EMAIL.test(email)) return { field: 'email', text: (m) => m.emailInvalid };
  return checkFiles(form.files);
}

/** The contact fields a user prefills. */
type Contact = { name?: string | undefined; email?: string | undefined } | undefined;

/**
 * The form after the identified user changed from `before` to `after`: a
 * contact field follows the user unless the reporter typed something else there.
 *
 * @example
 * withIdentity({ ...emptyForm(), name: 'Ann' }, undefined, { name: 'Bob' }).name; // 'Ann' (typed, kept)
 */
export function withIdentity(form: FormState, before: Contact, after: Contact): FormState {
  const follow = (field: 'name' | 'email') => form[field] === '' || form[field] === (before?.[field] ?? '');
  return {
    ...form,
    name: follow('name') ? (after?.name ?? '') : form.name,
    email: follow('email') ? (after?.email ?? '') : form.email,
  };
}
