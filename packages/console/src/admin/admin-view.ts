/**
 * `<ac-admin>`: the administration area: a list of the screens the agent
 * may open (from its instance role and its role in the project) and the
 * screen in the URL. A screen the agent may not open says so; without a
 * screen in the URL, the first allowed one is shown.
 */
import type { AgentMe } from '@aftercare/sdk/schemas';
import { LitElement, css, html, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ConsoleApi } from '../api/api-client.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { navigateEvent } from '../shell/events.js';
import { adminSections, type AdminSection } from '../shell/permissions.js';
import { adminHref } from '../shell/routes.js';
import { shared } from '../styles/shared.js';
import './agents-admin.js';
import './audit-log.js';
import './members-admin.js';
import './project-settings.js';
import './sla-admin.js';
import './tokens-admin.js';
import './triage-admin.js';
import './webhooks-admin.js';

/**
 * The administration area.
 *
 * @fires ac-navigate - To show the first allowed screen when the URL names none.
 * @csspart nav - The list of screens.
 */
@customElement('ac-admin')
export class AdminView extends LitElement {
  static override styles = [
    shared,
    css`
      :host { display: block; padding: 16px; max-width: 1400px; margin: 0 auto; }
      .layout { display: grid; grid-template-columns: 200px minmax(0, 1fr); gap: 16px; align-items: start; }
      .head { grid-column: 1 / -1; display: flex; flex-wrap: wrap; gap: 4px 12px; align-items: baseline; }
      h1 { font-size: 20px; }
      nav ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 2px; }
      nav a { display: block; padding: 6px 10px; border-radius: 6px; color: var(--ac-text); text-decoration: none; font-weight: 600; }
      nav a:hover { background: var(--ac-surface-2); }
      nav a[aria-current='page'] { background: var(--ac-accent-soft); color: var(--ac-accent); }
      .center { padding: 32px 0; }
      @media (max-width: 800px) {
        :host { padding: 10px; }
        .layout { grid-template-columns: minmax(0, 1fr); }
        nav ul { display: flex; flex-wrap: wrap; gap: 4px; }
        nav a { padding: 4px 10px; border: 1px solid var(--ac-border); border-radius: 999px; font-size: 13px; }
      }
    `,
  ];

  /** The API client. */
  @property({ attribute: false }) api: ConsoleApi | undefined;
  /** The signed-in agent. */
  @property({ attribute: false }) me: AgentMe | undefined;
  /** The project administered. */
  @property() projectId = '';
  /** The screen in the URL; empty for the first allowed one. */
  @property() section = '';
  /** The console's base path. */
  @property() base = '/console/';

  private readonly l10n = new LocalizeController(this);

  override updated(): void {
    const allowed = this.me ? adminSections(this.me, this.projectId) : [];
    if (this.me && this.section === '' && allowed[0]) this.dispatchEvent(navigateEvent(adminHref(this.base, allowed[0]), true));
  }

  override render() {
    const me = this.me;
    if (!me) return html``;
    const m = this.l10n.messages;
    const allowed = adminSections(me, this.projectId);
    const section = allowed.find((s) => s === this.section);
    const project = me.projects.find((p) => p.id === this.projectId);
    return html`<div class="layout">
      <div class="head">
        <h1>${m.admin.title}</h1>
        ${project && section && section !== 'agents' && section !== 'tokens' ? html`<span class="muted">${m.admin.projectScope(project.name)}</span>` : ''}
      </div>
      <nav part="nav" aria-label=${m.admin.sectionsLabel}><ul>
        ${allowed.map((s) => html`<li><a href=${adminHref(this.base, s)} data-section=${s}
          aria-current=${s === section ? 'page' : 'false'}>${m.admin.sections[s]}</a></li>`)}
      </ul></nav>
      <div class="screen">${section ? this.renderSection(section) : this.section ? html`<p class="alert" role="alert">${m.admin.notAllowed}</p>` : ''}</div>
    </div>`;
  }

  private renderSection(section: AdminSection): TemplateResult {
    const { api, me, projectId, base } = this;
    switch (section) {
      case 'agents': return html`<ac-agents-admin .api=${api} .me=${me}></ac-agents-admin>`;
      case 'tokens': return html`<ac-tokens-admin .api=${api} .me=${me}></ac-tokens-admin>`;
      case 'project': return html`<ac-project-settings .api=${api} .projectId=${projectId}></ac-project-settings>`;
      case 'members': return html`<ac-members-admin .api=${api} .me=${me} .projectId=${projectId}></ac-members-admin>`;
      case 'triage': return html`<ac-triage-admin .api=${api} .me=${me} .projectId=${projectId} .base=${base}></ac-triage-admin>`;
      case 'sla': return html`<ac-sla-admin .api=${api} .me=${me} .projectId=${projectId}></ac-sla-admin>`;
      case 'webhooks': return html`<ac-webhooks-admin .api=${api} .me=${me} .projectId=${projectId}></ac-webhooks-admin>`;
      case 'audit': return html`<ac-audit-log .api=${api} .me=${me} .projectId=${projectId} .base=${base}></ac-audit-log>`;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ac-admin': AdminView;
  }
}
