/**
 * `<ac-timeline>`: a ticket's full timeline, oldest first: the reporter's
 * messages, replies, internal notes (marked and tinted), status changes,
 * field changes and triage explanations.
 */
import type { AgentEvent, AgentMe, Member } from '@aftercare/sdk/schemas';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { ticketHref } from '../shell/routes.js';
import { shared } from '../styles/shared.js';
import { timelineEntry } from './timeline-entry.js';

/**
 * A ticket's timeline.
 *
 * @csspart list - The list of entries.
 */
@customElement('ac-timeline')
export class TimelineView extends LitElement {
  static override styles = [
    shared,
    css`
      :host {
        display: block;
      }
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 8px;
      }
      .entry.activity {
        font-size: 13px;
        padding: 2px 4px 2px 12px;
        border-inline-start: 2px solid var(--ac-border);
      }
      .entry.message {
        padding: 10px 12px;
        border: 1px solid var(--ac-border);
        border-radius: var(--ac-radius);
        background: var(--ac-surface);
      }
      .entry.message.type-reply[data-actor='reporter'] {
        background: var(--ac-surface-2);
      }
      .entry.internal.message {
        background: var(--ac-note);
        border-color: var(--ac-note-border);
      }
      .line {
        display: flex;
        flex-wrap: wrap;
        gap: 2px 8px;
        align-items: baseline;
      }
      .line time {
        margin-inline-start: auto;
        font-size: 12px;
      }
      .internal-badge {
        background: var(--ac-note-border);
        color: var(--ac-text);
      }
      .body {
        margin-top: 6px;
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
      .changes,
      .triage {
        margin: 4px 0 0;
        padding-inline-start: 18px;
      }
    `,
  ];

  /** The entries, oldest first. */
  @property({ attribute: false }) events: AgentEvent[] = [];
  /** The signed-in agent. */
  @property({ attribute: false }) me: AgentMe | undefined;
  /** The project's members, to name agents. */
  @property({ attribute: false }) members: readonly Member[] = [];
  /** The console's base path, for links to merged tickets. */
  @property() base = '/console/';
  /** The reporter's name, when a report gave one. */
  @property() reporterName: string | null = null;

  private readonly l10n = new LocalizeController(this);

  override render() {
    if (!this.me) return nothing;
    const context = {
      me: this.me, members: this.members, reporterName: this.reporterName, messages: this.l10n.messages, locale: this.l10n.locale,
      href: (id: string) => ticketHref(this.base, id),
    };
    return html`<ol part="list">${this.events.map((e) => timelineEntry(e, context))}</ol>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ac-timeline': TimelineView;
  }
}
