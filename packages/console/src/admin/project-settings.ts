/**
 * `<ac-project-settings>`: a project's settings (project admins): name,
 * allowed origins, time zone, auto-close days and the disabled switch, with
 * the public key to copy into the widget. Only changed fields are sent; the
 * server's objections are shown next to the field they are about.
 */
import type { ProjectRecord } from '@aftercare/sdk/schemas';
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ProjectPatch } from '../api/admin-requests.js';
import type { ConsoleApi } from '../api/api-client.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { refreshMeEvent } from '../shell/events.js';
import { shared } from '../styles/shared.js';
import { adminStyles } from './admin-styles.js';
import { formStatus } from './form-status.js';
import { fieldIssues } from './issues.js';

/** IANA time zones the browser knows, for suggestions. */
function timeZones(): string[] {
  try {
    return (Intl as unknown as { supportedValuesOf(key: string): string[] }).supportedValuesOf('timeZone');
  } catch {
    return [];
  }
}

/**
 * The changes between the stored project and the form's values.
 *
 * @example
 * projectChanges(project, { ...values, autoCloseDays: 14 }); // { autoCloseDays: 14 }
 */
export function projectChanges(before: ProjectRecord, after: Required<ProjectPatch>): ProjectPatch {
  const patch: ProjectPatch = {};
  if (after.name !== before.name) patch.name = after.name;
  if (after.allowedOrigins.join('\n') !== before.allowedOrigins.join('\n')) patch.allowedOrigins = after.allowedOrigins;
  if (after.timeZone !== before.timeZone) patch.timeZone = after.timeZone;
  if (after.disabled !== before.disabled) patch.disabled = after.disabled;
  if (after.autoCloseDays !== before.autoCloseDays) patch.autoCloseDays = after.autoCloseDays;
  return patch;
}

/** The project settings screen. */
@customElement('ac-project-settings')
export class ProjectSettings extends LitElement {
  static override styles = [shared, adminStyles];

  /** The API client. */
  @property({ attribute: false }) api: ConsoleApi | undefined;
  /** The project. */
  @property() projectId = '';

  @state() private project: ProjectRecord | undefined;
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
    const a = m.admin;
    const p = this.project;
    if (!p) return this.error ? formStatus(this.error, '', m) : html`<p class="muted" role="status">${m.app.loading}</p>`;
    const issues = (field: string) => {
      const list = fieldIssues(this.error, field);
      return list.length ? html`<p class="hint alert" id="${field}-issues">${list.join(' · ')}</p>` : nothing;
    };
    return html`<form class="card" aria-labelledby="project-h" @submit=${this.onSubmit} novalidate>
      <h2 id="project-h">${a.sections.project}</h2>
      <div class="field"><label for="publicKey">${a.publicKey}</label>
        <input id="publicKey" class="mono" readonly .value=${p.publicKey} data-field="publicKey" aria-describedby="key-hint" />
        <p class="hint" id="key-hint">${a.publicKeyHint}</p></div>
      <div class="fields top">
        <div class="field"><label for="name">${a.name}</label><input id="name" name="name" maxlength="100" .value=${p.name} />${issues('name')}</div>
        <div class="field"><label for="timeZone">${a.timeZone}</label>
          <input id="timeZone" name="timeZone" list="zones" .value=${p.timeZone} aria-describedby="tz-hint" autocomplete="off" />
          <datalist id="zones">${timeZones().map((z) => html`<option value=${z}></option>`)}</datalist>
          <p class="hint" id="tz-hint">${a.timeZoneHint}</p>${issues('timeZone')}</div>
        <div class="field"><label for="autoCloseDays">${a.autoCloseDays}</label>
          <input id="autoCloseDays" name="autoCloseDays" type="number" min="1" max="365" .value=${String(p.autoCloseDays)} aria-describedby="ac-hint" />
          <p class="hint" id="ac-hint">${a.autoCloseHint}</p>${issues('autoCloseDays')}</div>
      </div>
      <div class="field"><label for="allowedOrigins">${a.allowedOrigins}</label>
        <textarea id="allowedOrigins" name="allowedOrigins" rows="4" class="mono" aria-describedby="origins-hint"
          .value=${p.allowedOrigins.join('\n')}></textarea>
        <p class="hint" id="origins-hint">${a.allowedOriginsHint}</p>${issues('allowedOrigins')}</div>
      <label class="check"><input type="checkbox" name="disabled" .checked=${p.disabled} />${a.disabledLabel}</label>
      <div class="actions"><button type="submit" class="primary" ?disabled=${this.busy}>${this.busy ? a.saving : a.save}</button></div>
      ${formStatus(this.error, this.done, m)}
    </form>`;
  }

  private async load(): Promise<void> {
    this.project = undefined;
    this.error = undefined;
    try {
      this.project = await this.api!.project(this.projectId);
    } catch (error) {
      this.error = error;
    }
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const before = this.project;
    if (!this.api || !before) return;
    const data = new FormData(event.target as HTMLFormElement);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const patch = projectChanges(before, {
      name: text('name'),
      allowedOrigins: text('allowedOrigins').split(/\s+/).filter(Boolean),
      timeZone: text('timeZone'),
      disabled: data.get('disabled') === 'on',
      autoCloseDays: Number(text('autoCloseDays')),
    });
    this.error = undefined;
    this.done = '';
    if (Object.keys(patch).length === 0) {
      this.done = this.l10n.messages.admin.noChanges;
      return;
    }
    this.busy = true;
    try {
      this.project = await this.api.updateProject(this.projectId, patch);
      this.done = this.l10n.messages.admin.saved;
      // The header shows the project's name.
      if (patch.name) this.dispatchEvent(refreshMeEvent());
    } catch (error) {
      this.error = error;
    } finally {
      this.busy = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ac-project-settings': ProjectSettings;
  }
}
