/**
 * `<ac-audit-log>`: the project's audit log as a table, newest first: when,
 * who (by name), the action, its target (tickets and agents linked or
 * named), and what changed (before → after, as compact JSON text).
 */
import type { AgentMe, AgentRecord, AuditEntry, Member } from '@aftercare/sdk/schemas';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ConsoleApi } from '../api/api-client.js';
import { agentName } from '../api/members.js';
import { MembersController } from '../api/members-controller.js';
import { formatDateTime } from '../format/time.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { isInstanceAdmin } from '../shell/permissions.js';
import { ticketHref } from '../shell/routes.js';
import { shared } from '../styles/shared.js';
import { adminStyles } from './admin-styles.js';
import { formStatus } from './form-status.js';

/**
 * A value of the log as one short line of JSON.
 *
 * @example
 * compact({ role: 'agent' }); // '{"role":"agent"}'
 */
export function compact(value: unknown, max = 160): string {
  const text = value === undefined ? '' : JSON.stringify(value) ?? String(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * What an entry changed, one line per field: for two objects only the keys
 * whose values differ, else the whole values.
 *
 * @example
 * auditChanges({ name: 'A', days: 7 }, { name: 'A', days: 10 }); // [['days', '7', '10']]
 */
export function auditChanges(before: unknown, after: unknown): Array<[string, string, string]> {
  const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (isObj(before) && isObj(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    const changed = keys.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
    if (changed.length > 0) return changed.map((k) => [k, compact(before[k]), compact(after[k])]);
  }
  return [['', before === null || before === undefined ? '' : compact(before), compact(after)]];
}

/** The audit log screen. */
@customElement('ac-audit-log')
export class AuditLog extends LitElement {
  static override styles = [
    shared,
    adminStyles,
    css`
      td code { font-size: 12px; overflow-wrap: anywhere; }
      td.change { min-width: 260px; }
      .arrow { color: var(--ac-muted); margin: 0 4px; }
      td.when { white-space: nowrap; }
    `,
  ];

  /** The API client. */
  @property({ attribute: false }) api: ConsoleApi | undefined;
  /** The signed-in agent. */
  @property({ attribute: false }) me: AgentMe | undefined;
  /** The project. */
  @property() projectId = '';
  /** The console's base path, for links to tickets. */
  @property() base = '/console/';

  @state() private entries: AuditEntry[] | undefined;
  @state() private agents: AgentRecord[] = [];
  @state() private limit = 100;
  @state() private error: unknown;
  private loadedKey = '';
  private readonly l10n = new LocalizeController(this);
  private readonly team = new MembersController(this, () => ({ api: this.api, projectId: this.projectId }));

  override willUpdate(): void {
    const key = `${this.projectId}:${this.limit}`;
    if (this.api && this.me && this.projectId && key !== this.loadedKey) {
      this.loadedKey = key;
      void this.load();
    }
  }

  override render() {
    const m = this.l10n.messages;
    const a = m.admin;
    const entries = this.entries;
    return html`<section class="card" aria-labelledby="audit-h">
      <h2 id="audit-h">${a.sections.audit}</h2>
      <p class="intro">${a.auditIntro}</p>
      ${this.error ? formStatus(this.error, '', m) : nothing}
      ${!entries ? html`<p class="muted" role="status">${m.app.loading}</p>` : entries.length === 0 ? html`<p class="muted">${a.noAudit}</p>` : html`
        <div class="scroll"><table>
          <thead><tr><th scope="col">${a.when}</th><th scope="col">${a.who}</th><th scope="col">${a.action}</th>
            <th scope="col">${a.target}</th><th scope="col">${a.change}</th></tr></thead>
          <tbody>${entries.map((e) => html`<tr data-audit-id=${e.id}>
            <td class="when">${formatDateTime(e.createdAt, this.l10n.locale, true)}</td>
            <td>${this.name(e.agentId)}</td>
            <td class="mono">${e.action}</td>
            <td>${this.target(e)}</td>
            <td class="change">${auditChanges(e.before, e.after).map(([key, before, after]) => html`<div>
              ${key ? html`<span class="muted">${key}:</span> ` : nothing}${before ? html`<code class="mono" title=${a.before}>${before}</code><span class="arrow">→</span>` : nothing}<code class="mono" title=${a.after}>${after}</code></div>`)}</td>
          </tr>`)}</tbody>
        </table></div>
        ${entries.length >= this.limit && this.limit < 500 ? html`<div class="actions"><button type="button" @click=${() => (this.limit = 500)}>${a.more}</button></div>` : nothing}`}
    </section>`;
  }

  private name(agentId: string): string {
    const known: Member[] = [...this.team.members, ...this.agents.map((x) => ({ agentId: x.id, name: x.name, role: x.role }))];
    return agentName(agentId, known, this.me, this.l10n.messages);
  }

  private target(e: AuditEntry) {
    if (e.targetType === 'ticket') return html`<a href=${ticketHref(this.base, e.targetId)}>${e.targetType}</a>`;
    if (e.targetType === 'agent') return html`${e.targetType}: ${this.name(e.targetId)}`;
    return html`${e.targetType} <span class="muted mono">${e.targetId.slice(0, 8)}</span>`;
  }

  private async load(): Promise<void> {
    const api = this.api!;
    try {
      this.entries = await api.audit(this.projectId, this.limit);
      this.error = undefined;
      if (isInstanceAdmin(this.me!) && this.agents.length === 0) this.agents = await api.agents();
    } catch (error) {
      this.error = error;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ac-audit-log': AuditLog;
  }
}
