/**
 * `<ac-dry-run>`: tries the project's triage on a message pasted by an
 * agent (kind, impact, page) and shows the decision and the rules that
 * applied. Nothing is filed.
 */
import type { AgentMe, DryRunInput, DryRunResult, Impact, Member, ReportKind } from '@aftercare/sdk/schemas';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ConsoleApi } from '../api/api-client.js';
import { agentName } from '../api/members.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { ticketHref } from '../shell/routes.js';
import { shared } from '../styles/shared.js';
import { adminStyles } from './admin-styles.js';
import { dryRunResult } from './dry-run-result.js';
import { formStatus } from './form-status.js';

const KINDS: readonly ReportKind[] = ['bug', 'question', 'idea', 'other'];
const IMPACTS: readonly Impact[] = ['blocks_me', 'hinders', 'minor', 'unknown'];

/** The dry-run form and its result. */
@customElement('ac-dry-run')
export class DryRunForm extends LitElement {
  static override styles = [
    shared,
    adminStyles,
    css`
      .facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 4px 12px; margin: 0; font-size: 13px; }
      .facts dt { color: var(--ac-muted); }
      .facts dd { margin: 0; overflow-wrap: anywhere; }
      .result { display: grid; gap: 8px; border-top: 1px solid var(--ac-border); padding-top: 12px; }
      .rules, .explanation { margin: 0; padding-inline-start: 20px; display: grid; gap: 4px; font-size: 13px; }
      textarea { min-height: 90px; resize: vertical; }
    `,
  ];

  /** The API client. */
  @property({ attribute: false }) api: ConsoleApi | undefined;
  /** The signed-in agent. */
  @property({ attribute: false }) me: AgentMe | undefined;
  /** The project's members, to name the assignee. */
  @property({ attribute: false }) members: readonly Member[] = [];
  /** The project. */
  @property() projectId = '';
  /** The console's base path. */
  @property() base = '/console/';

  @state() private result: DryRunResult | undefined;
  @state() private busy = false;
  @state() private error: unknown;
  private readonly l10n = new LocalizeController(this);

  override render() {
    const m = this.l10n.messages;
    const t = m.triage;
    return html`<form class="card" aria-labelledby="dry-h" @submit=${this.onSubmit}>
      <h2 id="dry-h">${t.dryRunHeading}</h2>
      <p class="intro">${t.dryRunIntro}</p>
      <div class="field"><label for="dry-message">${t.message}</label>
        <textarea id="dry-message" name="message" required maxlength="10000"></textarea></div>
      <div class="fields">
        <div class="field"><label for="dry-kind">${t.kind}</label>
          <select id="dry-kind" name="kind">${KINDS.map((k) => html`<option value=${k}>${m.kind[k]}</option>`)}</select></div>
        <div class="field"><label for="dry-impact">${t.impact}</label>
          <select id="dry-impact" name="impact">${IMPACTS.map((i) => html`<option value=${i} ?selected=${i === 'unknown'}>${m.impact[i]}</option>`)}</select></div>
        <div class="field"><label for="dry-url">${t.pageUrl}</label>
          <input id="dry-url" name="url" type="url" placeholder="https://app.example.com/checkout" autocomplete="off" /></div>
      </div>
      <div class="actions"><button type="submit" class="primary" ?disabled=${this.busy}>${this.busy ? t.running : t.run}</button></div>
      ${this.error ? formStatus(this.error, '', m) : nothing}
      ${this.result
        ? dryRunResult(this.result, {
            messages: m, locale: this.l10n.locale,
            name: (id) => agentName(id, this.members, this.me, m),
            href: (id) => ticketHref(this.base, id),
          })
        : nothing}
    </form>`;
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.api) return;
    const data = new FormData(event.target as HTMLFormElement);
    const url = String(data.get('url') ?? '').trim();
    const input: DryRunInput = {
      message: String(data.get('message') ?? ''),
      kind: data.get('kind') as ReportKind,
      impact: data.get('impact') as Impact,
      ...(url && { page: { url } }),
    };
    this.busy = true;
    this.error = undefined;
    try {
      this.result = await this.api.dryRun(this.projectId, input);
    } catch (error) {
      this.error = error;
      this.result = undefined;
    } finally {
      this.busy = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ac-dry-run': DryRunForm;
  }
}
