/**
 * The form view: kind, message, impact (for something broken), name and
 * e-mail, screenshot, files, the suggestions from the knowledge base; then,
 * outside the scrolling form so they stay in view, one live region for
 * errors and the actions (the send button joins the form by its `form`
 * attribute). It renders from props and reports
 * input through callbacks; the element owns the state.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { KbSearchHit } from '@aftercare/sdk';
import type { Messages } from '../i18n/en.js';
import { FORM_IMPACTS, FORM_KINDS, type FormProblem, type FormState } from '../state/form-state.js';
import { renderFiles } from './files-field.js';
import { renderScreenshotField, type ScreenshotFieldProps } from './screenshot-field.js';
import { renderSuggestions } from './suggestions-view.js';

/** What {@link renderForm} needs. */
export interface FormViewProps {
  messages: Messages;
  form: FormState;
  sending: boolean;
  /** The field that failed a check, if any. */
  invalid: FormProblem['field'] | undefined;
  /** Text for the live region: a check or send error, or empty. */
  errorText: string;
  hits: KbSearchHit[];
  screenshot: Omit<ScreenshotFieldProps, 'messages' | 'checked' | 'onToggle'>;
  /** Number of tracked reports; the "My reports" link shows when there are any. */
  tracked: number;
  onChange: (patch: Partial<FormState>) => void;
  onMessage: (message: string) => void;
  onFiles: (files: File[]) => void;
  onArticle: (hit: KbSearchHit) => void;
  onPreview: () => void;
  onReports: () => void;
  onSubmit: (event: SubmitEvent) => void;
  onCancel: () => void;
}

const value = (event: Event): string => (event.target as HTMLInputElement).value;

/**
 * Renders the report form.
 *
 * @example
 * html`<dialog>${renderForm({ messages: en, form: emptyForm(), … })}</dialog>`
 */
export function renderForm(p: FormViewProps): TemplateResult {
  const m = p.messages;
  const invalid = (field: FormProblem['field']) => (p.invalid === field ? 'true' : 'false');
  return html`
    <div class="bar">
      <h2 id="title" tabindex="-1">${m.dialogTitle}</h2>
      ${p.tracked > 0 ? html`<button class="link" type="button" @click=${p.onReports}>${m.myReports}</button>` : nothing}
    </div>
    <form id="report" class="body" novalidate aria-busy=${p.sending ? 'true' : 'false'} @submit=${p.onSubmit}>
      <fieldset>
        <legend>${m.kindLegend}</legend>
        ${FORM_KINDS.map(
          (kind) => html`<label class="check"
            ><input type="radio" name="kind" .value=${kind} .checked=${p.form.kind === kind} @change=${() => p.onChange({ kind })} />${m
              .kinds[kind]}</label
          >`,
        )}
      </fieldset>
      <div>
        <label class="label" for="message">${m.messageLabel}</label>
        <textarea
          id="message"
          name="message"
          part="field"
          autofocus
          aria-describedby="message-hint"
          aria-invalid=${invalid('message')}
          aria-errormessage=${p.invalid === 'message' ? 'form-error' : nothing}
          .value=${p.form.message}
          @input=${(e: Event) => p.onMessage(value(e))}
        ></textarea>
        <p class="hint" id="message-hint">${m.messageHint}</p>
      </div>
      ${renderSuggestions({ messages: m, hits: p.hits, onArticle: p.onArticle })}
      ${p.form.kind === 'bug'
        ? html`<fieldset>
            <legend>${m.impactLegend}</legend>
            ${FORM_IMPACTS.map(
              (impact) => html`<label class="check"
                ><input type="radio" name="impact" .value=${impact} .checked=${p.form.impact === impact} @change=${() => p.onChange({ impact })} />${m
                  .impacts[impact]}</label
              >`,
            )}
          </fieldset>`
        : nothing}
      <div>
        <div class="row">
          <div>
            <label class="label" for="name">${m.nameLabel}</label>
            <input id="name" type="text" part="field" autocomplete="name" aria-describedby="contact-hint" .value=${p.form.name} @input=${(e: Event) => p.onChange({ name: value(e) })} />
          </div>
          <div>
            <label class="label" for="email">${m.emailLabel}</label>
            <input
              id="email"
              type="email"
              part="field"
              autocomplete="email"
              aria-describedby="contact-hint"
              aria-invalid=${invalid('email')}
              aria-errormessage=${p.invalid === 'email' ? 'form-error' : nothing}
              .value=${p.form.email}
              @input=${(e: Event) => p.onChange({ email: value(e) })}
            />
          </div>
        </div>
        <p class="hint" id="contact-hint">${m.contactHint}</p>
      </div>
      ${renderScreenshotField({ ...p.screenshot, messages: m, checked: p.form.includeScreenshot, onToggle: (on) => p.onChange({ includeScreenshot: on }) })}
      ${renderFiles({ messages: m, files: p.form.files, invalid: p.invalid === 'files', onFiles: p.onFiles })}
    </form>
    <div class="foot">
      <p class="error" id="form-error" role="alert">${p.errorText}</p>
      <div class="actions">
        <button part="button" class="start" type="button" @click=${p.onPreview}>${m.previewOpen}</button>
        <button part="button" class="cancel" type="button" @click=${p.onCancel}>${m.cancel}</button>
        <button part="button primary" type="submit" form="report" ?disabled=${p.sending}>${p.sending ? m.sending : m.send}</button>
      </div>
    </div>
  `;
}
