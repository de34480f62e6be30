/**
 * `<ac-diagnostics>`: one report's diagnostics, rendered for reading in
 * tabs: console, errors, network, steps (breadcrumbs) and environment. Opens
 * on the errors when there are any.
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { shared } from '../styles/shared.js';
import { breadcrumbsPanel } from './breadcrumbs-panel.js';
import { consolePanel } from './console-panel.js';
import { diagnosticsStyles } from './diagnostics-styles.js';
import { environmentPanel } from './environment-panel.js';
import { errorsPanel } from './errors-panel.js';
import { networkPanel } from './network-panel.js';
import {
  environmentRows,
  readBreadcrumbs,
  readConsole,
  readErrors,
  readNetwork,
  readTruncated,
} from './read-diagnostics.js';

const TABS = ['console', 'errors', 'network', 'breadcrumbs', 'environment'] as const;
/** A diagnostics tab. */
export type DiagnosticsTab = (typeof TABS)[number];

let instances = 0;

/**
 * A report's diagnostics.
 *
 * @csspart tabs - The tab list.
 * @csspart panel - The panel of the selected tab.
 */
@customElement('ac-diagnostics')
export class DiagnosticsView extends LitElement {
  static override styles = [shared, diagnosticsStyles];

  /** The report's `diagnostics` object, as the server sent it. */
  @property({ attribute: false }) diagnostics: Record<string, unknown> = {};
  /** The tab shown; by default errors when there are any, else the first with entries. */
  @property({ reflect: true }) tab: DiagnosticsTab | undefined;

  @state() private chosen: DiagnosticsTab | undefined;
  private readonly l10n = new LocalizeController(this);
  private readonly idPrefix = `diag-${++instances}`;

  override render() {
    const m = this.l10n.messages;
    const locale = this.l10n.locale;
    const d = this.diagnostics ?? {};
    const sections = {
      console: readConsole(d),
      errors: readErrors(d),
      network: readNetwork(d),
      breadcrumbs: readBreadcrumbs(d),
      environment: environmentRows(d),
    };
    const counts: Record<DiagnosticsTab, number> = {
      console: sections.console.length,
      errors: sections.errors.length,
      network: sections.network.length,
      breadcrumbs: sections.breadcrumbs.length,
      environment: sections.environment.length,
    };
    if (TABS.every((t) => counts[t] === 0)) return html`<p class="muted">${m.diagnostics.none}</p>`;
    const fallback = counts.errors > 0 ? 'errors' : TABS.find((t) => counts[t] > 0)!;
    const tab = this.chosen ?? this.tab ?? fallback;
    const truncated = readTruncated(d);
    const panel = {
      console: () => consolePanel(sections.console, m, locale),
      errors: () => errorsPanel(sections.errors, m, locale),
      network: () => networkPanel(sections.network, m, locale),
      breadcrumbs: () => breadcrumbsPanel(sections.breadcrumbs, m, locale),
      environment: () => environmentPanel(sections.environment, m),
    }[tab];
    return html`
      <div role="tablist" part="tabs" aria-label=${m.diagnostics.heading} @keydown=${this.onTabKey}>
        ${TABS.map(
          (t) => html`<button type="button" role="tab" id="${this.idPrefix}-${t}" data-tab=${t}
            class=${t === 'errors' && counts.errors > 0 ? 'has-errors' : ''}
            aria-selected=${t === tab ? 'true' : 'false'} aria-controls="${this.idPrefix}-panel" tabindex=${t === tab ? 0 : -1}
            @click=${() => (this.chosen = t)}>${m.diagnostics.tabs[t]}${t === 'environment' ? nothing : html`<span class="n">${counts[t]}</span>`}</button>`,
        )}
      </div>
      <div role="tabpanel" part="panel" id="${this.idPrefix}-panel" aria-labelledby="${this.idPrefix}-${tab}" tabindex="0">
        ${truncated.map(([section, count]) => html`<p class="truncated muted">${m.diagnostics.truncated(section, count)}</p>`)}
        ${panel()}
      </div>
    `;
  }

  /** Arrow keys move between tabs, as in any tab list. */
  private onTabKey(event: KeyboardEvent): void {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const current = TABS.indexOf((event.target as HTMLElement).dataset.tab as DiagnosticsTab);
    const next = TABS[(current + step + TABS.length) % TABS.length]!;
    this.chosen = next;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[data-tab="${next}"]`)?.focus());
    event.preventDefault();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ac-diagnostics': DiagnosticsView;
  }
}
