/**
 * `<ac-sla-admin>`: a project's SLA policy: the version in force and its
 * targets, calendar and warning for reading; project admins edit it as JSON
 * (saved as the next version, every working ticket's clock recomputed), with
 * the server's validation errors shown by path.
 */
import type { AgentMe, TriageSettings } from '@aftercare/sdk/schemas';
import { LitElement, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ConsoleApi } from '../api/api-client.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { canAdminister } from '../shell/permissions.js';
import { shared } from '../styles/shared.js';
import { adminStyles } from './admin-styles.js';
import { formStatus } from './form-status.js';
import { slaPolicyView } from './sla-policy-view.js';
import './json-editor.js';

/** The SLA policy screen. */
@customElement('ac-sla-admin')
export class SlaAdmin extends LitElement {
  static override styles = [shared, adminStyles];

  /** The API client. */
  @property({ attribute: false }) api: ConsoleApi | undefined;
  /** The signed-in agent. */
  @property({ attribute: false }) me: AgentMe | undefined;
  /** The project. */
  @property() projectId = '';

  @state() private settings: TriageSettings | undefined;
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
    const t = m.triage;
    const s = this.settings;
    if (!s) return this.error ? formStatus(this.error, '', m) : html`<p class="muted" role="status">${m.app.loading}</p>`;
    const admin = !!this.me && canAdminister(this.me, this.projectId);
    const { version, ...editable } = s.slaPolicy;
    return html`<div class="stack">
      <section class="card" aria-labelledby="sla-h">
        <h2 id="sla-h">${t.slaHeading}</h2>
        <p data-version>${t.slaVersion(version, s.slaPolicyVersions.join(', '))}</p>
        ${slaPolicyView(s.slaPolicy, m)}
      </section>
      <section class="card" aria-labelledby="sla-edit-h">
        <h2 id="sla-edit-h">${t.editAsJson}</h2>
        <p class="hint">${t.slaHint}</p>
        <ac-json-editor .value=${editable} .label=${t.slaHeading} expect="object" ?read-only=${!admin} ?busy=${this.busy}
          .error=${this.error} .done=${this.done} @ac-json-save=${this.onSave}></ac-json-editor>
      </section>
    </div>`;
  }

  private async load(): Promise<void> {
    try {
      this.settings = await this.api!.triageSettings(this.projectId);
    } catch (error) {
      this.error = error;
    }
  }

  private async onSave(event: CustomEvent<{ value: Record<string, unknown> }>): Promise<void> {
    // The server numbers versions itself.
    const { version: _ignored, ...policy } = event.detail.value;
    this.busy = true;
    this.error = undefined;
    this.done = '';
    try {
      this.settings = await this.api!.setSlaPolicy(this.projectId, policy);
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
    'ac-sla-admin': SlaAdmin;
  }
}
