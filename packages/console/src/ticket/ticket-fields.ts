/**
 * `<ac-ticket-fields>`: the ticket's working fields, each changed in place:
 * status (only the changes the lifecycle allows), severity, category,
 * assignee (any member of the project, by name) and tags, and a one-click
 * Resolve (or Reopen). A viewer sees them disabled.
 */
import type { AgentMe, AgentTicket, Member, TicketPatchInput } from '@aftercare/sdk/schemas';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { CATEGORIES, SEVERITIES, TRANSITIONS, canTransition } from '../api/enums.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { shared } from '../styles/shared.js';

/**
 * The editable fields of a ticket.
 *
 * @fires ac-ticket-patch - The agent changed a field; `detail.patch` is the change.
 */
@customElement('ac-ticket-fields')
export class TicketFields extends LitElement {
  static override styles = [
    shared,
    css`
      :host {
        display: block;
      }
      .grid {
        display: grid;
        grid-template-columns: max-content minmax(0, 1fr);
        gap: 8px 10px;
        align-items: center;
      }
      select {
        width: 100%;
      }
      .tags {
        display: flex;
        flex-wrap: wrap;
        gap: 4px;
        align-items: center;
      }
      .chip {
        display: inline-flex;
        align-items: center;
        gap: 2px;
        border: 1px solid var(--ac-border);
        border-radius: 999px;
        padding: 0 2px 0 8px;
        font-size: 12px;
      }
      .chip button {
        min-height: 20px;
        padding: 0 6px;
        border: none;
        background: transparent;
        border-radius: 999px;
      }
      form {
        display: flex;
        gap: 4px;
        margin-top: 4px;
        width: 100%;
      }
      form input {
        flex: 1;
        min-width: 0;
      }
      .quick {
        display: flex;
        gap: 8px;
        margin-top: 12px;
      }
      .quick button {
        flex: 1;
      }
    `,
  ];

  /** The ticket. */
  @property({ attribute: false }) ticket: AgentTicket | undefined;
  /** The signed-in agent. */
  @property({ attribute: false }) me: AgentMe | undefined;
  /** The project's members: who the ticket can be assigned to. */
  @property({ attribute: false }) members: readonly Member[] = [];
  /** True while the members are not known yet (or could not be loaded). */
  @property({ type: Boolean }) membersUnknown = false;
  /** True while a change is being saved. */
  @property({ type: Boolean }) busy = false;
  /** True when the agent may only read (a viewer). */
  @property({ type: Boolean }) readOnly = false;

  private readonly l10n = new LocalizeController(this);

  override render() {
    const t = this.ticket;
    const me = this.me;
    if (!t || !me) return nothing;
    const m = this.l10n.messages;
    const statuses = [t.status, ...TRANSITIONS[t.status]];
    const assignees = this.assigneeOptions(t, me);
    const off = this.busy || this.readOnly;
    return html`
      <div class="grid">
        <label for="status">${m.fields.status}</label>
        <select id="status" ?disabled=${off} @change=${(e: Event) => this.patch({ status: this.value(e) as AgentTicket['status'] })}>
          ${statuses.map((s) => html`<option value=${s} ?selected=${s === t.status}>${m.status[s]}</option>`)}
        </select>
        <label for="severity">${m.fields.severity}</label>
        <select id="severity" ?disabled=${off} @change=${(e: Event) => this.patch({ severity: this.value(e) as AgentTicket['severity'] })}>
          ${SEVERITIES.map((s) => html`<option value=${s} ?selected=${s === t.severity}>${m.severity[s]}</option>`)}
        </select>
        <label for="category">${m.fields.category}</label>
        <select id="category" ?disabled=${off} @change=${(e: Event) => this.patch({ category: this.value(e) as AgentTicket['category'] })}>
          ${CATEGORIES.map((c) => html`<option value=${c} ?selected=${c === t.category}>${m.category[c]}</option>`)}
        </select>
        <label for="assignee">${m.fields.assignee}</label>
        <select id="assignee" ?disabled=${off} @change=${(e: Event) => this.patch({ assigneeId: this.value(e) || null })}>
          ${assignees.map(([id, name]) => html`<option value=${id} ?selected=${id === (t.assigneeId ?? '')}>${name}</option>`)}
        </select>
        <span class="label muted" id="tags-label">${m.fields.tags}</span>
        <div class="tags" role="group" aria-labelledby="tags-label">
          ${t.tags.map(
            (tag) => html`<span class="chip">${tag}<button type="button" aria-label=${m.fields.removeTag(tag)} ?disabled=${off}
              @click=${() => this.patch({ tags: t.tags.filter((x) => x !== tag) })}>×</button></span>`,
          )}
          <form @submit=${this.onAddTag}>
            <input name="tag" maxlength="64" aria-label=${m.fields.addTag} placeholder=${m.fields.addTag} ?disabled=${off} />
            <button type="submit" ?disabled=${off}>${m.fields.addTagButton}</button>
          </form>
        </div>
      </div>
      <div class="quick">
        ${canTransition(t.status, 'resolved')
          ? html`<button class="primary" type="button" data-action="resolve" ?disabled=${off} @click=${() => this.patch({ status: 'resolved' })}>${m.fields.resolve}</button>`
          : nothing}
        ${t.status === 'resolved' || t.status === 'closed'
          ? html`<button type="button" data-action="reopen" ?disabled=${off} @click=${() => this.patch({ status: 'open' })}>${m.fields.reopen}</button>`
          : nothing}
        ${t.tier === 1
          ? html`<button type="button" data-action="escalate" ?disabled=${off} @click=${() => this.patch({ tier: 2 })}>${m.fields.escalate}</button>`
          : html`<button type="button" data-action="deescalate" ?disabled=${off} @click=${() => this.patch({ tier: 1 })}>${m.fields.deescalate}</button>`}
      </div>
    `;
  }

  /**
   * Unassigned, then the members by name (the signed-in agent marked), and
   * the current assignee even when no longer a member. Before the members
   * are known, the agent itself.
   */
  private assigneeOptions(t: AgentTicket, me: AgentMe): Array<[string, string]> {
    const m = this.l10n.messages;
    const options: Array<[string, string]> = [['', m.fields.unassigned]];
    const people = this.membersUnknown ? [{ agentId: me.id, name: me.name }] : this.members;
    for (const person of people) options.push([person.agentId, person.agentId === me.id ? m.fields.me(person.name) : person.name]);
    if (t.assigneeId && !options.some(([id]) => id === t.assigneeId)) {
      options.push([t.assigneeId, t.assigneeId === me.id ? m.fields.me(me.name) : m.fields.otherAgent(t.assigneeId)]);
    }
    return options;
  }

  /** Shows the ticket's values again, also after a change the server refused. */
  override updated(): void {
    const t = this.ticket;
    if (!t) return;
    const values: Record<string, string> = { status: t.status, severity: t.severity, category: t.category, assignee: t.assigneeId ?? '' };
    for (const [id, value] of Object.entries(values)) {
      const select = this.renderRoot.querySelector<HTMLSelectElement>(`#${id}`);
      if (select && select.value !== value) select.value = value;
    }
  }

  private value(event: Event): string {
    return (event.target as HTMLSelectElement).value;
  }

  private onAddTag(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const input = form.elements.namedItem('tag') as HTMLInputElement;
    const tag = input.value.trim();
    if (!tag || !this.ticket) return;
    input.value = '';
    if (!this.ticket.tags.includes(tag)) this.patch({ tags: [...this.ticket.tags, tag] });
  }

  private patch(patch: TicketPatchInput): void {
    this.dispatchEvent(new CustomEvent('ac-ticket-patch', { detail: { patch }, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ac-ticket-fields': TicketFields;
  }
}
