/**
 * The webhook form, pure: its fields (URL, description, events, active)
 * for a new webhook or an edit, and reading them back into a request body.
 */
import { html, type TemplateResult } from 'lit';
import type { Webhook, WebhookEvent, WebhookInput } from '@aftercare/sdk/schemas';
import { WEBHOOK_EVENTS } from '../api/enums.js';
import type { Messages } from '../i18n/en.js';

/**
 * Reads the form: the events checked, an empty description as `null`.
 *
 * @example
 * readWebhookForm(form); // { url: 'https://ops.example.com/hook', events: ['ticket.created'], active: true, description: null }
 */
export function readWebhookForm(form: HTMLFormElement): Required<WebhookInput> {
  const data = new FormData(form);
  const description = String(data.get('description') ?? '').trim();
  return {
    url: String(data.get('url') ?? '').trim(),
    events: WEBHOOK_EVENTS.filter((e) => data.getAll('events').includes(e)),
    active: data.get('active') === 'on',
    description: description || null,
  };
}

/**
 * Renders the fields; `prefix` keeps ids unique when several forms are open.
 */
export function webhookFields(hook: Pick<Webhook, 'url' | 'description' | 'events' | 'active'> | undefined, prefix: string, m: Messages): TemplateResult {
  const w = m.webhooks;
  const checked = (e: WebhookEvent) => (hook ? hook.events.includes(e) : true);
  return html`
    <div class="fields top">
      <div class="field"><label for="${prefix}-url">${w.url}</label>
        <input id="${prefix}-url" name="url" type="url" required maxlength="2048" class="mono" .value=${hook?.url ?? ''}
          placeholder="https://ops.example.com/aftercare" aria-describedby="${prefix}-url-hint" autocomplete="off" />
        <span class="hint" id="${prefix}-url-hint">${w.urlHint}</span></div>
      <div class="field"><label for="${prefix}-description">${w.description}</label>
        <input id="${prefix}-description" name="description" maxlength="200" .value=${hook?.description ?? ''} autocomplete="off" /></div>
    </div>
    <fieldset class="events">
      <legend>${w.events}</legend>
      ${WEBHOOK_EVENTS.map((e) => html`<label class="check"><input type="checkbox" name="events" value=${e} ?checked=${checked(e)} />
        ${w.eventNames[e]} <span class="muted mono">${e}</span></label>`)}
    </fieldset>
    <label class="check"><input type="checkbox" name="active" ?checked=${hook ? hook.active : true} />${w.activeLabel}</label>`;
}
