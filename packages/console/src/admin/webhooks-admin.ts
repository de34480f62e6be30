/**
 * `<ac-webhooks-admin>`: a project's webhooks (project admins): add one
 * (its signing secret shown once), edit, pause or resume, issue a new
 * secret, delete; and below, the delivery log with redelivery.
 */
import type { AgentMe, Webhook, WebhookPatch, WebhookWithSecret } from '@aftercare/sdk/schemas';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ConsoleApi } from '../api/api-client.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { shared } from '../styles/shared.js';
import { adminStyles } from './admin-styles.js';
import { formStatus } from './form-status.js';
import { readWebhookForm, webhookFields } from './webhook-form.js';
import './secret-once.js';
import './webhook-deliveries.js';

/** The webhooks screen. */
@customElement('ac-webhooks-admin')
export class WebhooksAdmin extends LitElement {
  static override styles = [
    shared,
    adminStyles,
    css`
      fieldset.events { border: 1px solid var(--ac-border); border-radius: 6px; display: grid; grid-template-columns: repeat(auto-fit, minmax(240px, 1fr)); gap: 4px 12px; }
      legend { color: var(--ac-muted); font-size: 12px; padding: 0 4px; }
      ul.hooks { list-style: none; margin: 0; padding: 0; display: grid; gap: 10px; }
      li.hook { border: 1px solid var(--ac-border); border-radius: var(--ac-radius); padding: 10px 12px; display: grid; gap: 6px; }
      li.hook.off { opacity: 0.75; }
      .url { font-weight: 600; overflow-wrap: anywhere; }
      .events-list { display: flex; flex-wrap: wrap; gap: 4px; }
    `,
  ];

  /** The API client. */
  @property({ attribute: false }) api: ConsoleApi | undefined;
  /** The signed-in agent. */
  @property({ attribute: false }) me: AgentMe | undefined;
  /** The project. */
  @property() projectId = '';

  @state() private hooks: Webhook[] | undefined;
  @state() private editing = '';
  @state() private secret: WebhookWithSecret | undefined;
  @state() private busy = false;
  @state() private error: unknown;
  @state() private done = '';
  private loadedKey = '';
  private readonly l10n = new LocalizeController(this);

  override willUpdate(): void {
    if (this.api && this.projectId && this.projectId !== this.loadedKey) {
      this.loadedKey = this.projectId;
      void this.load();
    }
  }

  override render() {
    const m = this.l10n.messages;
    const w = m.webhooks;
    return html`<div class="stack">
      <section class="card" aria-labelledby="hooks-h">
        <h2 id="hooks-h">${m.admin.sections.webhooks}</h2>
        <p class="intro">${w.intro}</p>
        ${this.secret
          ? html`<ac-secret-once .secret=${this.secret.secret} .heading=${w.secretHeading(this.secret.url)} .warning=${w.secretWarning}
              @ac-dismiss=${() => (this.secret = undefined)}></ac-secret-once>`
          : nothing}
        ${!this.hooks ? html`<p class="muted" role="status">${m.app.loading}</p>` : this.hooks.length === 0 ? html`<p class="muted">${w.noWebhooks}</p>`
          : html`<ul class="hooks">${this.hooks.map((hook) => this.renderHook(hook))}</ul>`}
        ${formStatus(this.error, this.done, m)}
      </section>
      <form class="card" aria-labelledby="hook-new-h" @submit=${this.onCreate}>
        <h2 id="hook-new-h">${w.addHeading}</h2>
        ${webhookFields(undefined, 'new', m)}
        <div class="actions"><button type="submit" class="primary" ?disabled=${this.busy}>${w.add}</button></div>
      </form>
      <ac-webhook-deliveries .api=${this.api} .projectId=${this.projectId} .hooks=${this.hooks ?? []} ?canRedeliver=${true}></ac-webhook-deliveries>
    </div>`;
  }

  private renderHook(hook: Webhook) {
    const w = this.l10n.messages.webhooks;
    if (this.editing === hook.id) {
      return html`<li class="hook" data-webhook-id=${hook.id}><form class="stack" @submit=${(e: SubmitEvent) => this.onEdit(e, hook)}>
        ${webhookFields(hook, `edit-${hook.id}`, this.l10n.messages)}
        <div class="actions"><button type="submit" class="primary" ?disabled=${this.busy}>${w.save}</button>
          <button type="button" @click=${() => (this.editing = '')}>${w.cancel}</button></div>
      </form></li>`;
    }
    return html`<li class="hook ${hook.active ? '' : 'off'}" data-webhook-id=${hook.id}>
      <div class="actions"><span class="url mono">${hook.url}</span>
        <span class="pill ${hook.active ? 'status-resolved' : 'off'}">${hook.active ? w.active : w.paused}</span></div>
      ${hook.description ? html`<div class="muted">${hook.description}</div>` : nothing}
      <div class="events-list">${hook.events.map((e) => html`<span class="pill" title=${e}>${w.eventNames[e] ?? e}</span>`)}</div>
      <div class="actions">
        <button type="button" data-action="edit" ?disabled=${this.busy} @click=${() => (this.editing = hook.id)}>${w.edit}</button>
        <button type="button" data-action="toggle" ?disabled=${this.busy} @click=${() => this.patch(hook, { active: !hook.active })}>${hook.active ? w.pause : w.resume}</button>
        <button type="button" data-action="rotate" ?disabled=${this.busy} @click=${() => confirm(w.rotateConfirm) && this.patch(hook, { rotateSecret: true })}>${w.rotate}</button>
        <button type="button" data-action="delete" ?disabled=${this.busy} @click=${() => this.removeHook(hook)}>${w.delete}</button>
      </div>
    </li>`;
  }

  private async load(): Promise<void> {
    try {
      this.hooks = await this.api!.webhooks(this.projectId);
    } catch (error) {
      this.error = error;
    }
  }

  private async act(run: () => Promise<void>): Promise<void> {
    this.busy = true;
    this.error = undefined;
    this.done = '';
    try {
      await run();
      this.done = this.l10n.messages.admin.saved;
    } catch (error) {
      this.error = error;
    } finally {
      this.busy = false;
    }
  }

  private onCreate(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const input = readWebhookForm(form);
    if (input.events.length === 0) {
      this.error = undefined;
      this.done = this.l10n.messages.webhooks.noEvents;
      return;
    }
    void this.act(async () => {
      const created = await this.api!.createWebhook(this.projectId, input);
      this.secret = created;
      const { secret: _secret, ...hook } = created;
      this.hooks = [...(this.hooks ?? []), hook];
      form.reset();
    });
  }

  private onEdit(event: SubmitEvent, hook: Webhook): void {
    event.preventDefault();
    const input = readWebhookForm(event.target as HTMLFormElement);
    void this.patch(hook, input).then(() => {
      if (!this.error) this.editing = '';
    });
  }

  private patch(hook: Webhook, patch: WebhookPatch): Promise<void> {
    return this.act(async () => {
      const answer = await this.api!.updateWebhook(this.projectId, hook.id, patch);
      if ('secret' in answer) this.secret = answer;
      const { secret: _secret, ...updated } = answer as WebhookWithSecret;
      this.hooks = (this.hooks ?? []).map((h) => (h.id === hook.id ? updated : h));
    });
  }

  private removeHook(hook: Webhook): void {
    if (!confirm(this.l10n.messages.webhooks.deleteConfirm(hook.url))) return;
    void this.act(async () => {
      await this.api!.deleteWebhook(this.projectId, hook.id);
      this.hooks = (this.hooks ?? []).filter((h) => h.id !== hook.id);
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ac-webhooks-admin': WebhooksAdmin;
  }
}
