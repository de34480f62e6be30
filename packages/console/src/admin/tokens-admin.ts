/**
 * `<ac-tokens-admin>`: API tokens: an agent's own, or any agent's for an
 * instance admin. Lists them (never their secrets), creates one and shows
 * its secret once, and revokes one after a confirmation.
 */
import type { AgentMe, AgentRecord, TokenCreated, TokenRecord } from '@aftercare/sdk/schemas';
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ConsoleApi } from '../api/api-client.js';
import { formatDateTime } from '../format/time.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { isInstanceAdmin } from '../shell/permissions.js';
import { shared } from '../styles/shared.js';
import { adminStyles } from './admin-styles.js';
import { formStatus } from './form-status.js';
import './secret-once.js';

/** The API tokens screen. */
@customElement('ac-tokens-admin')
export class TokensAdmin extends LitElement {
  static override styles = [shared, adminStyles];

  /** The API client. */
  @property({ attribute: false }) api: ConsoleApi | undefined;
  /** The signed-in agent. */
  @property({ attribute: false }) me: AgentMe | undefined;

  @state() private owner = '';
  @state() private agents: AgentRecord[] = [];
  @state() private tokens: TokenRecord[] | undefined;
  @state() private created: TokenCreated | undefined;
  @state() private busy = false;
  @state() private error: unknown;
  @state() private done = '';
  private loaded: ConsoleApi | undefined;
  private readonly l10n = new LocalizeController(this);

  override willUpdate(): void {
    if (this.api && this.me && this.api !== this.loaded) {
      this.loaded = this.api;
      this.owner = this.me.id;
      void this.loadTokens();
      if (isInstanceAdmin(this.me)) void this.api.agents().then((agents) => (this.agents = agents), () => undefined);
    }
  }

  override render() {
    const m = this.l10n.messages;
    const a = m.admin;
    const me = this.me;
    if (!me) return nothing;
    const owners = this.agents.length > 0 ? this.agents : [{ id: me.id, name: me.name }];
    return html`<section class="card" aria-labelledby="tokens-h">
      <h2 id="tokens-h">${a.sections.tokens}</h2>
      <p class="intro">${a.tokensIntro}</p>
      ${isInstanceAdmin(me)
        ? html`<div class="field narrow"><label for="owner">${a.tokenOwner}</label>
            <select id="owner" @change=${this.onOwner}>${owners.map((o) => html`<option value=${o.id} ?selected=${o.id === this.owner}>${o.name}${o.id === me.id ? ` ${a.you}` : ''}</option>`)}</select></div>`
        : html`<p>${a.tokenOwner}: <strong>${me.name}</strong></p>`}
      ${this.created
        ? html`<ac-secret-once .secret=${this.created.token} .heading=${`${a.newTokenHeading}: ${this.created.name}`} .warning=${a.newTokenWarning}
            @ac-dismiss=${() => (this.created = undefined)}></ac-secret-once>`
        : nothing}
      <form class="inline-form" @submit=${this.onCreate}>
        <div class="field"><label for="token-name">${a.tokenName}</label>
          <input id="token-name" name="name" required maxlength="100" placeholder=${a.tokenNamePlaceholder} autocomplete="off" /></div>
        <button type="submit" class="primary" ?disabled=${this.busy}>${a.createToken}</button>
      </form>
      ${formStatus(this.error, this.done, m)}
      ${this.tokens === undefined ? html`<p class="muted" role="status">${m.app.loading}</p>` : this.renderList(this.tokens)}
    </section>`;
  }

  private renderList(tokens: TokenRecord[]) {
    const m = this.l10n.messages;
    const a = m.admin;
    if (tokens.length === 0) return html`<p class="muted">${a.noTokens}</p>`;
    return html`<div class="scroll"><table>
      <thead><tr><th scope="col">${a.name}</th><th scope="col">${a.created}</th><th scope="col">${a.state}</th><th scope="col"><span class="visually-hidden">${a.actions}</span></th></tr></thead>
      <tbody>${tokens.map((t) => html`<tr data-token-id=${t.id} class=${t.revokedAt ? 'off' : ''}>
        <th scope="row">${t.name}</th>
        <td>${formatDateTime(t.createdAt, this.l10n.locale)}</td>
        <td>${t.revokedAt ? html`<span class="pill off">${a.revoked} ${formatDateTime(t.revokedAt, this.l10n.locale)}</span>` : html`<span class="pill status-resolved">${a.active}</span>`}</td>
        <td>${t.revokedAt ? nothing : html`<button type="button" data-action="revoke" ?disabled=${this.busy} @click=${() => this.revoke(t)}>${a.revoke}</button>`}</td>
      </tr>`)}</tbody>
    </table></div>`;
  }

  private async loadTokens(): Promise<void> {
    if (!this.api) return;
    const owner = this.owner;
    this.tokens = undefined;
    try {
      const tokens = await this.api.tokens(owner);
      if (owner === this.owner) this.tokens = tokens;
    } catch (error) {
      this.error = error;
    }
  }

  private onOwner(event: Event): void {
    this.owner = (event.target as HTMLSelectElement).value;
    this.created = undefined;
    this.error = undefined;
    this.done = '';
    void this.loadTokens();
  }

  private async onCreate(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.api) return;
    const form = event.target as HTMLFormElement;
    const name = String(new FormData(form).get('name') ?? '').trim();
    this.busy = true;
    this.error = undefined;
    this.done = '';
    try {
      const created = await this.api.createToken(this.owner, name);
      this.created = created;
      const { token: _secret, ...record } = created;
      this.tokens = [record, ...(this.tokens ?? [])];
      form.reset();
    } catch (error) {
      this.error = error;
    } finally {
      this.busy = false;
    }
  }

  private async revoke(token: TokenRecord): Promise<void> {
    if (!this.api || !confirm(this.l10n.messages.admin.revokeConfirm(token.name))) return;
    this.busy = true;
    this.error = undefined;
    this.done = '';
    try {
      const revoked = await this.api.revokeToken(token.id);
      this.tokens = (this.tokens ?? []).map((t) => (t.id === revoked.id ? revoked : t));
      this.done = this.l10n.messages.admin.saved;
    } catch (error) {
      this.error = error;
    } finally {
      this.busy = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ac-tokens-admin': TokensAdmin;
  }
}
