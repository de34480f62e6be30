/**
 * `<ac-stats>`: how the project's support is doing over a period: key
 * figures, volume over time, SLA compliance by severity, response and
 * resolution times, satisfaction, top issues and figures by agent. The period
 * lives in the URL; every chart is drawn here with SVG and has its numbers
 * as text next to it.
 */
import type { AgentMe, ProjectStats } from '@aftercare/sdk/schemas';
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ConsoleApi } from '../api/api-client.js';
import { agentName } from '../api/members.js';
import { MembersController } from '../api/members-controller.js';
import { errorText } from '../i18n/errors.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { navigateEvent } from '../shell/events.js';
import { statsHref, ticketHref } from '../shell/routes.js';
import { shared } from '../styles/shared.js';
import { agentTimeZone, periodRange, readPeriod, writePeriod, type Period } from './period.js';
import { agentsPanel, breakdownPanel, csatPanel, keyFigures, slaPanel, timesPanel, topIssuesPanel, volumePanel } from './stats-panels.js';
import { dateLabel } from './stats-format.js';
import { statsStyles } from './stats-styles.js';
import './period-picker.js';

/**
 * The stats page.
 *
 * @fires ac-navigate - To put another period in the URL.
 */
@customElement('ac-stats')
export class StatsView extends LitElement {
  static override styles = [shared, statsStyles];

  /** The API client. */
  @property({ attribute: false }) api: ConsoleApi | undefined;
  /** The signed-in agent. */
  @property({ attribute: false }) me: AgentMe | undefined;
  /** The project whose stats are shown. */
  @property() projectId = '';
  /** The console URL's query string: the period. */
  @property({ attribute: false }) query = new URLSearchParams();
  /** The console's base path. */
  @property() base = '/console/';

  @state() private stats: ProjectStats | undefined;
  @state() private loading = false;
  @state() private error: unknown;
  private loadKey = '';
  private abort: AbortController | undefined;
  private readonly l10n = new LocalizeController(this);
  private readonly team = new MembersController(this, () => ({ api: this.api, projectId: this.projectId }));

  override willUpdate(): void {
    const key = `${this.projectId}?${writePeriod(readPeriod(this.query)).toString()}`;
    if (this.api && this.projectId && key !== this.loadKey) {
      this.loadKey = key;
      void this.load();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
    this.loadKey = '';
  }

  override render() {
    const m = this.l10n.messages;
    const s = this.stats;
    const context = {
      messages: m, locale: this.l10n.locale,
      name: (id: string) => agentName(id, this.team.members, this.me, m),
      href: (id: string) => ticketHref(this.base, id),
    };
    const lastDay = s ? new Date(Date.parse(s.period.to) - 1) : undefined;
    return html`<section class="page" aria-labelledby="stats-h" aria-busy=${this.loading ? 'true' : 'false'}>
      <div class="head">
        <h1 id="stats-h">${m.stats.title}</h1>
        ${s && lastDay ? html`<span class="muted period" data-period>${m.stats.periodText(dateLabel(s.period.from, context.locale), dateLabel(lastDay, context.locale))}</span>` : nothing}
      </div>
      <ac-period-picker .period=${readPeriod(this.query)} @ac-period-change=${this.onPeriod}></ac-period-picker>
      ${this.error ? html`<p class="alert" role="alert">${errorText(m, this.error)} <button type="button" @click=${() => this.load()}>${m.app.retry}</button></p>` : nothing}
      ${!s && this.loading ? html`<p class="muted" role="status">${m.app.loading}</p>` : nothing}
      ${s
        ? html`${keyFigures(s, context)}
            <div class="grid">
              ${volumePanel(s, context)} ${slaPanel(s, context)} ${timesPanel(s, context)} ${csatPanel(s, context)}
              ${breakdownPanel(s, context)} ${agentsPanel(s, context)} ${topIssuesPanel(s, context)}
            </div>`
        : nothing}
    </section>`;
  }

  private async load(): Promise<void> {
    if (!this.api) return;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    const { from, to } = periodRange(readPeriod(this.query), Date.now());
    this.loading = true;
    this.error = undefined;
    try {
      // Days are the agent's, as the period's are.
      const stats = await this.api.stats(this.projectId, { from, to, timeZone: agentTimeZone() }, abort.signal);
      if (!abort.signal.aborted) this.stats = stats;
    } catch (error) {
      if (!abort.signal.aborted) this.error = error;
    } finally {
      if (!abort.signal.aborted) this.loading = false;
    }
  }

  private onPeriod(event: CustomEvent<{ period: Period }>): void {
    event.stopPropagation();
    this.dispatchEvent(navigateEvent(statsHref(this.base, writePeriod(event.detail.period))));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ac-stats': StatsView;
  }
}
