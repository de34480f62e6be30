/**
 * `<ac-members-admin>`: who works in a project (project admins): change a
 * member's role, remove a member, add an agent with a role. Instance admins
 * pick the agent from a list; project admins, who cannot list agents, enter
 * its id. Every view's assignee names follow the change.
 */
import type { AgentMe, AgentRecord, Member, Role } from '@aftercare/sdk/schemas';
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ConsoleApi } from '../api/api-client.js';
import { storeMembers } from '../api/members.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { refreshMeEvent } from '../shell/events.js';
import { isInstanceAdmin } from '../shell/permissions.js';
import { shared } from '../styles/shared.js';
import { adminStyles } from './admin-styles.js';
import { formStatus } from './form-status.js';

const ROLES: readonly Role[] = ['admin', 'agent', 'viewer'];

/** The members screen. */
@customElement('ac-members-admin')
export class MembersAdmin extends LitElement {
  static override styles = [shared, adminStyles];

  /** The API client. */
  @property({ attribute: false }) api: ConsoleApi | undefined;
  /** The signed-in agent. */
  @property({ attribute: false }) me: AgentMe | undefined;
  /** The project. */
  @property() projectId = '';

  @state() private members: Member[] | undefined;
  @state() private agents: AgentRecord[] | undefined;
  @state() private busy = false;
  @state() private error: unknown;
  @state() private done = '';
  private loadedKey = '';
  private readonly l10n = new LocalizeController(this);

  override willUpdate(): void {
    if (this.api && this.me && this.projectId && this.projectId !== this.loadedKey) {
      this.loadedKey = this.projectId;
      void this.load();
    }
  }

  override render() {
    const m = this.l10n.messages;
    const a = m.admin;
    return html`<section class="card" aria-labelledby="members-h">
      <h2 id="members-h">${a.sections.members}</h2>
      <p class="intro">${a.membersIntro}</p>
      ${this.members ? this.renderTable(this.members) : html`<p class="muted" role="status">${m.app.loading}</p>`}
      ${formStatus(this.error, this.done, m)}
      ${this.members ? this.renderAdd(this.members) : nothing}
    </section>`;
  }

  private renderTable(members: Member[]) {
    const a = this.l10n.messages.admin;
    return html`<div class="scroll"><table>
      <thead><tr><th scope="col">${a.name}</th><th scope="col">${a.role}</th><th scope="col"><span class="visually-hidden">${a.actions}</span></th></tr></thead>
      <tbody>${members.map((member) => html`<tr data-agent-id=${member.agentId}>
        <th scope="row">${member.name} ${member.agentId === this.me?.id ? html`<span class="muted">${a.you}</span>` : nothing}</th>
        <td><select aria-label=${`${a.role}: ${member.name}`} ?disabled=${this.busy}
          @change=${(e: Event) => this.setRole(member.agentId, (e.target as HTMLSelectElement).value as Role)}>
          ${ROLES.map((r) => html`<option value=${r} ?selected=${r === member.role}>${a.roles[r]}</option>`)}</select></td>
        <td><button type="button" data-action="remove" ?disabled=${this.busy} @click=${() => this.removeMember(member)}>${a.remove}</button></td>
      </tr>`)}</tbody>
    </table></div>`;
  }

  private renderAdd(members: Member[]) {
    const a = this.l10n.messages.admin;
    const candidates = this.agents?.filter((agent) => !members.some((m) => m.agentId === agent.id));
    return html`<form class="stack" @submit=${this.onAdd} aria-labelledby="add-h">
      <h3 id="add-h">${a.addMember}</h3>
      <div class="inline-form">
        ${candidates
          ? html`<div class="field"><label for="agent">${a.agentLabel}</label>
              <select id="agent" name="agent" ?disabled=${candidates.length === 0}>
                ${candidates.map((agent) => html`<option value=${agent.id}>${agent.name}${agent.email ? ` — ${agent.email}` : ''}</option>`)}</select></div>`
          : html`<div class="field"><label for="agent">${a.agentIdLabel}</label>
              <input id="agent" name="agent" required autocomplete="off" class="mono" aria-describedby="agent-hint" /></div>`}
        <div class="field"><label for="role">${a.role}</label>
          <select id="role" name="role">${ROLES.map((r) => html`<option value=${r} ?selected=${r === 'agent'}>${a.roles[r]}</option>`)}</select></div>
        <button type="submit" class="primary" ?disabled=${this.busy || candidates?.length === 0}>${a.add}</button>
      </div>
      ${candidates?.length === 0 ? html`<p class="hint">${a.noOneToAdd}</p>` : nothing}
      ${candidates ? nothing : html`<p class="hint" id="agent-hint">${a.agentIdHint}</p>`}
    </form>`;
  }

  private async load(): Promise<void> {
    const api = this.api!;
    try {
      this.members = await api.members(this.projectId);
      if (isInstanceAdmin(this.me!)) this.agents = await api.agents();
    } catch (error) {
      this.error = error;
    }
  }

  private async change(run: () => Promise<Member[]>): Promise<void> {
    this.busy = true;
    this.error = undefined;
    this.done = '';
    try {
      this.members = await run();
      storeMembers(this.api!, this.projectId, this.members);
      // The agent's own role may have changed with it.
      this.dispatchEvent(refreshMeEvent());
      this.done = this.l10n.messages.admin.saved;
    } catch (error) {
      this.error = error;
      if (this.members) this.members = [...this.members];
    } finally {
      this.busy = false;
    }
  }

  private setRole(agentId: string, role: Role): Promise<void> {
    return this.change(() => this.api!.setMember(this.projectId, agentId, role));
  }

  private removeMember(member: Member): void {
    if (!confirm(this.l10n.messages.admin.removeConfirm(member.name))) return;
    void this.change(() => this.api!.removeMember(this.projectId, member.agentId));
  }

  private onAdd(event: SubmitEvent): void {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const agentId = String(data.get('agent') ?? '').trim();
    if (!agentId) return;
    void this.change(() => this.api!.setMember(this.projectId, agentId, data.get('role') as Role));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ac-members-admin': MembersAdmin;
  }
}
