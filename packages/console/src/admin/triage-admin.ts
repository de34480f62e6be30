/**
 * `<ac-triage-admin>`: a project's triage: its rules as JSON (project admins
 * edit them, with the server's validation errors shown by path, or reset
 * them to the defaults), the routing strategy, and the dry-run form. Members
 * who are not admins read the rules and use the dry-run.
 */
import type { AgentMe, RoutingStrategy, TriageSettings } from '@aftercare/sdk/schemas';
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ConsoleApi } from '../api/api-client.js';
import { MembersController } from '../api/members-controller.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { canAdminister } from '../shell/permissions.js';
import { shared } from '../styles/shared.js';
import { adminStyles } from './admin-styles.js';
import { formStatus } from './form-status.js';
import './dry-run-form.js';
import './json-editor.js';

const STRATEGIES: readonly RoutingStrategy[] = ['round_robin', 'least_loaded'];

/** The triage screen. */
@customElement('ac-triage-admin')
export class TriageAdmin extends LitElement {
  static override styles = [shared, adminStyles];

  /** The API client. */
  @property({ attribute: false }) api: ConsoleApi | undefined;
  /** The signed-in agent. */
  @property({ attribute: false }) me: AgentMe | undefined;
  /** The project. */
  @property() projectId = '';
  /** The console's base path. */
  @property() base = '/console/';

  @state() private settings: TriageSettings | undefined;
  @state() private busy = false;
  @state() private rulesError: unknown;
  @state() private rulesDone = '';
  @state() private routingError: unknown;
  @state() private routingDone = '';
  private loadedKey = '';
  private readonly l10n = new LocalizeController(this);
  private readonly team = new MembersController(this, () => ({ api: this.api, projectId: this.projectId }));

  override willUpdate(): void {
    if (this.api && this.projectId && this.projectId !== this.loadedKey) {
      this.loadedKey = this.projectId;
      void this.load();
    }
  }

  override render() {
    const m = this.l10n.messages;
    const t = m.triage;
    const s = this.settings;
    const admin = !!this.me && canAdminister(this.me, this.projectId);
    return html`<div class="stack">
      <section class="card" aria-labelledby="rules-h">
        <h2 id="rules-h">${t.rulesHeading}</h2>
        ${s
          ? html`<p data-rules-state=${s.rulesAreDefault ? 'default' : 'custom'}><strong>${s.rulesAreDefault ? t.rulesDefault : t.rulesCustom}</strong></p>
              <p class="hint">${t.rulesHint}</p>
              <ac-json-editor .value=${s.rules} .label=${t.rulesHeading} expect="array" ?read-only=${!admin} ?busy=${this.busy}
                .error=${this.rulesError} .done=${this.rulesDone} @ac-json-save=${this.onSaveRules}>
                ${s.rulesAreDefault ? nothing : html`<button slot="actions" type="button" data-action="reset" ?disabled=${this.busy} @click=${this.onReset}>${t.resetRules}</button>`}
              </ac-json-editor>`
          : this.rulesError ? formStatus(this.rulesError, '', m) : html`<p class="muted" role="status">${m.app.loading}</p>`}
      </section>
      ${s
        ? html`<section class="card" aria-labelledby="routing-h">
            <h2 id="routing-h">${t.routingHeading}</h2>
            <p class="hint">${t.routingHint}</p>
            <div role="radiogroup" aria-labelledby="routing-h">
              ${STRATEGIES.map((strategy) => html`<label class="check"><input type="radio" name="routing" value=${strategy}
                ?disabled=${!admin || this.busy} .checked=${s.routingStrategy === strategy} @change=${() => this.setRouting(strategy)} />${t.routing[strategy]}</label>`)}
            </div>
            ${admin ? formStatus(this.routingError, this.routingDone, m) : html`<p class="hint">${t.readOnlyHint}</p>`}
          </section>`
        : nothing}
      <ac-dry-run .api=${this.api} .me=${this.me} .members=${this.team.members} .projectId=${this.projectId} .base=${this.base}></ac-dry-run>
    </div>`;
  }

  private async load(): Promise<void> {
    try {
      this.settings = await this.api!.triageSettings(this.projectId);
    } catch (error) {
      this.rulesError = error;
    }
  }

  private async saveRules(rules: unknown[] | null): Promise<void> {
    this.busy = true;
    this.rulesError = undefined;
    this.rulesDone = '';
    try {
      this.settings = await this.api!.setRules(this.projectId, rules);
      this.rulesDone = this.l10n.messages.admin.saved;
    } catch (error) {
      this.rulesError = error;
    } finally {
      this.busy = false;
    }
  }

  private onSaveRules(event: CustomEvent<{ value: unknown[] }>): void {
    void this.saveRules(event.detail.value);
  }

  private onReset(): void {
    if (confirm(this.l10n.messages.triage.resetConfirm)) void this.saveRules(null);
  }

  private async setRouting(strategy: RoutingStrategy): Promise<void> {
    this.busy = true;
    this.routingError = undefined;
    this.routingDone = '';
    try {
      this.settings = await this.api!.setRouting(this.projectId, strategy);
      this.routingDone = this.l10n.messages.admin.saved;
    } catch (error) {
      this.routingError = error;
      if (this.settings) this.settings = { ...this.settings };
    } finally {
      this.busy = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ac-triage-admin': TriageAdmin;
  }
}
