/**
 * `<ac-agents-admin>`: every agent of the instance (instance admins only):
 * change role, tier and capacity in place, disable and enable, and add an
 * agent. An admin cannot demote or disable itself; the console does not
 * offer it, and the server refuses it.
 */
import type { AgentMe, AgentRecord, Role } from '@aftercare/sdk/schemas';
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { AgentInput, AgentPatch } from '../api/admin-requests.js';
import type { ConsoleApi } from '../api/api-client.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { shared } from '../styles/shared.js';
import { adminStyles } from './admin-styles.js';
import { formStatus } from './form-status.js';

const ROLES: readonly Role[] = ['admin', 'agent', 'viewer'];

/** The agents screen. */
@customElement('ac-agents-admin')
export class AgentsAdmin extends LitElement {
  static override styles = [shared, adminStyles];

  /** The API client. */
  @property({ attribute: false }) api: ConsoleApi | undefined;
  /** The signed-in agent. */
  @property({ attribute: false }) me: AgentMe | undefined;

  @state() private agents: AgentRecord[] | undefined;
  @state() private error: unknown;
  @state() private done = '';
  @state() private busy = false;
  @state() private createError: unknown;
  @state() private created = '';
  private loaded: ConsoleApi | undefined;
  private readonly l10n = new LocalizeController(this);

  override willUpdate(): void {
    if (this.api && this.api !== this.loaded) {
      this.loaded = this.api;
      void this.load();
    }
  }

  override render() {
    const m = this.l10n.messages;
    const a = m.admin;
    return html`<div class="stack">
      <section class="card" aria-labelledby="agents-h">
        <h2 id="agents-h">${a.sections.agents}</h2>
        <p class="intro">${a.agentsIntro}</p>
        ${this.agents ? this.renderTable(this.agents) : html`<p class="muted" role="status">${m.app.loading}</p>`}
        ${formStatus(this.error, this.done, m)}
      </section>
      <form class="card" aria-labelledby="create-h" @submit=${this.onCreate}>
        <h2 id="create-h">${a.createAgent}</h2>
        <div class="fields">
          <div class="field"><label for="new-name">${a.name}</label><input id="new-name" name="name" required maxlength="100" autocomplete="off" /></div>
          <div class="field"><label for="new-email">${a.email}</label><input id="new-email" name="email" type="email" maxlength="320" autocomplete="off" /></div>
          <div class="field"><label for="new-role">${a.role}</label>
            <select id="new-role" name="role">${ROLES.map((r) => html`<option value=${r} ?selected=${r === 'agent'}>${a.roles[r]}</option>`)}</select></div>
          <div class="field"><label for="new-tier">${a.tier}</label>
            <select id="new-tier" name="tier">${[1, 2].map((t) => html`<option value=${t}>${m.ticket.tierValue(t)}</option>`)}</select></div>
          <div class="field"><label for="new-capacity">${a.capacity}</label>
            <input id="new-capacity" name="capacity" type="number" min="0" max="10000" value="25" aria-describedby="capacity-hint" /></div>
        </div>
        <p class="hint" id="capacity-hint">${a.capacityHint}</p>
        <div class="actions"><button type="submit" class="primary" ?disabled=${this.busy}>${a.create}</button></div>
        ${formStatus(this.createError, this.created, m)}
      </form>
    </div>`;
  }

  private renderTable(agents: AgentRecord[]) {
    const m = this.l10n.messages;
    const a = m.admin;
    return html`<div class="scroll"><table>
      <thead><tr><th scope="col">${a.name}</th><th scope="col">${a.role}</th><th scope="col">${a.tier}</th>
        <th scope="col">${a.capacity}</th><th scope="col">${a.state}</th><th scope="col"><span class="visually-hidden">${a.actions}</span></th></tr></thead>
      <tbody>${agents.map((agent) => {
        const self = agent.id === this.me?.id;
        return html`<tr data-agent-id=${agent.id} class=${agent.disabled ? 'off' : ''}>
          <th scope="row">${agent.name} ${self ? html`<span class="muted">${a.you}</span>` : nothing}
            ${agent.email ? html`<div class="muted mono">${agent.email}</div>` : nothing}</th>
          <td><select aria-label=${`${a.role}: ${agent.name}`} data-field="role" ?disabled=${self || this.busy}
            @change=${(e: Event) => this.patch(agent, { role: (e.target as HTMLSelectElement).value as Role })}>
            ${ROLES.map((r) => html`<option value=${r} ?selected=${r === agent.role}>${a.roles[r]}</option>`)}</select></td>
          <td><select aria-label=${`${a.tier}: ${agent.name}`} data-field="tier" ?disabled=${this.busy}
            @change=${(e: Event) => this.patch(agent, { tier: Number((e.target as HTMLSelectElement).value) as 1 | 2 })}>
            ${[1, 2].map((t) => html`<option value=${t} ?selected=${t === agent.tier}>${t}</option>`)}</select></td>
          <td><input type="number" min="0" max="10000" aria-label=${`${a.capacity}: ${agent.name}`} data-field="capacity" .value=${String(agent.capacity)}
            ?disabled=${this.busy} @change=${(e: Event) => this.patch(agent, { capacity: Number((e.target as HTMLInputElement).value) })} /></td>
          <td><span class="pill ${agent.disabled ? 'off' : 'status-resolved'}">${agent.disabled ? a.disabled : a.active}</span></td>
          <td><button type="button" data-action=${agent.disabled ? 'enable' : 'disable'} ?disabled=${self || this.busy}
            @click=${() => this.patch(agent, { disabled: !agent.disabled })}>${agent.disabled ? a.enable : a.disable}</button></td>
        </tr>`;
      })}</tbody>
    </table></div>`;
  }

  private async load(): Promise<void> {
    try {
      this.agents = await this.api!.agents();
      this.error = undefined;
    } catch (error) {
      this.error = error;
    }
  }

  private async patch(agent: AgentRecord, patch: AgentPatch): Promise<void> {
    if (!this.api || !this.agents) return;
    this.busy = true;
    this.error = undefined;
    this.done = '';
    try {
      const updated = await this.api.updateAgent(agent.id, patch);
      this.agents = this.agents.map((a) => (a.id === updated.id ? updated : a));
      this.done = this.l10n.messages.admin.saved;
    } catch (error) {
      this.error = error;
      // Show the values the server still has.
      this.agents = [...this.agents];
    } finally {
      this.busy = false;
    }
  }

  private async onCreate(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.api) return;
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const email = String(data.get('email') ?? '').trim();
    const input: AgentInput = {
      name: String(data.get('name') ?? '').trim(),
      role: data.get('role') as Role,
      tier: Number(data.get('tier')) as 1 | 2,
      capacity: Number(data.get('capacity') || 25),
      ...(email && { email }),
    };
    this.busy = true;
    this.createError = undefined;
    this.created = '';
    try {
      const agent = await this.api.createAgent(input);
      this.agents = [...(this.agents ?? []), agent].sort((x, y) => x.name.localeCompare(y.name));
      this.created = this.l10n.messages.admin.agentCreated(agent.name);
      form.reset();
    } catch (error) {
      this.createError = error;
    } finally {
      this.busy = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ac-agents-admin': AgentsAdmin;
  }
}
