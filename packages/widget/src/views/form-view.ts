/**
 * The form view: what the report is about, the message, and send / cancel.
 * It renders from props and reports the reporter's input through callbacks;
 * the element owns the state.
 */
import { html, type TemplateResult } from 'lit';
import type { ReportKind } from '@aftercare/sdk';
import type { Messages } from '../i18n/en.js';

/** The kinds the form offers, in display order. */
export const FORM_KINDS = ['bug', 'question', 'idea'] as const satisfies readonly ReportKind[];

/** A kind the form offers. */
export type FormKind = (typeof FORM_KINDS)[number];

/** What {@link renderForm} needs. */
export interface FormViewProps {
  messages: Messages;
  kind: FormKind;
  message: string;
  sending: boolean;
  /** True when the message failed local validation. */
  invalid: boolean;
  /** Text for the live region: a validation or send error, or empty. */
  errorText: string;
  onKind: (kind: FormKind) => void;
  onMessage: (message: string) => void;
  onSubmit: (event: SubmitEvent) => void;
  onCancel: () => void;
}

/**
 * Renders the report form.
 *
 * @example
 * html`<dialog>${renderForm({ messages: en, kind: 'bug', message: '', ... })}</dialog>`
 */
export function renderForm(p: FormViewProps): TemplateResult {
  const m = p.messages;
  return html`
    <h2 id="title">${m.dialogTitle}</h2>
    <form novalidate aria-busy=${p.sending ? 'true' : 'false'} @submit=${p.onSubmit}>
      <fieldset>
        <legend>${m.kindLegend}</legend>
        ${FORM_KINDS.map(
          (kind) => html`
            <label>
              <input
                type="radio"
                name="kind"
                .value=${kind}
                .checked=${p.kind === kind}
                @change=${() => p.onKind(kind)}
              />
              ${m.kinds[kind]}
            </label>
          `,
        )}
      </fieldset>
      <div>
        <label for="message">${m.messageLabel}</label>
        <p class="hint" id="message-hint">${m.messageHint}</p>
        <textarea
          id="message"
          name="message"
          autofocus
          aria-describedby="message-hint message-error"
          aria-invalid=${p.invalid ? 'true' : 'false'}
          .value=${p.message}
          @input=${(e: InputEvent) => p.onMessage((e.target as HTMLTextAreaElement).value)}
        ></textarea>
        <p class="error" id="message-error" role="alert">${p.errorText}</p>
      </div>
      <div class="actions">
        <button part="button" type="button" @click=${p.onCancel}>${m.cancel}</button>
        <button part="button" class="primary" type="submit" ?disabled=${p.sending}>
          ${p.sending ? m.sending : m.send}
        </button>
      </div>
    </form>
  `;
}
