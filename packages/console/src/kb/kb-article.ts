/**
 * `<ac-kb-article>`: one knowledge-base article: edit its Markdown and
 * fields, preview it as the server renders it (in a sandboxed frame), save,
 * publish or unpublish, delete; and read its views, deflections and the
 * ticket it was drafted from. Viewers read only.
 */
import type { AgentMe, KbArticle } from '@aftercare/sdk/schemas';
import { LitElement, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { formStatus } from '../admin/form-status.js';
import type { ConsoleApi } from '../api/api-client.js';
import { formatDateTime } from '../format/time.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { navigateEvent } from '../shell/events.js';
import { canWork } from '../shell/permissions.js';
import { kbHref, ticketHref } from '../shell/routes.js';
import { shared } from '../styles/shared.js';
import { PREVIEW_SANDBOX, previewDocument } from './article-preview.js';
import { articleChanges, articleFields, readArticleForm } from './article-form.js';
import { kbStyles } from './kb-styles.js';

/**
 * The article editor.
 *
 * @fires ac-navigate - Back to the list after the article was deleted.
 */
@customElement('ac-kb-article')
export class KbArticleView extends LitElement {
  static override styles = [shared, kbStyles];

  /** The API client. */
  @property({ attribute: false }) api: ConsoleApi | undefined;
  /** The signed-in agent. */
  @property({ attribute: false }) me: AgentMe | undefined;
  /** The article's id. */
  @property() articleId = '';
  /** The console's base path. */
  @property() base = '/console/';

  @state() private article: KbArticle | undefined;
  @state() private tab: 'write' | 'preview' = 'write';
  @state() private dirty = false;
  @state() private busy = false;
  @state() private error: unknown;
  @state() private done = '';
  @query('form') private form!: HTMLFormElement;
  private loadedId = '';
  private readonly l10n = new LocalizeController(this);

  override willUpdate(): void {
    if (this.api && this.articleId && this.articleId !== this.loadedId) {
      this.loadedId = this.articleId;
      void this.load();
    }
  }

  override render() {
    const m = this.l10n.messages;
    const k = m.kb;
    const back = html`<a class="back" href=${kbHref(this.base)}>← ${k.back}</a>`;
    const a = this.article;
    if (!a) return html`${back}<div class="panel">${this.error ? formStatus(this.error, '', m) : html`<p class="muted" role="status">${m.app.loading}</p>`}</div>`;
    const readOnly = !this.me || !canWork(this.me, a.projectId);
    const locale = this.l10n.locale;
    return html`${back}
      <div class="layout">
        <div class="main">
          <div class="head"><h1>${a.title}</h1><span class="pill ${a.status}" data-field="status">${k.statuses[a.status]}</span>
            ${this.dirty ? html`<span class="dirty" role="status">${k.unsaved}</span>` : nothing}</div>
          <form class="editor card" @input=${this.onInput} @submit=${this.onSave} novalidate aria-label=${k.editorLabel}>
            ${articleFields(a, m, readOnly, this.error)}
            <div role="tablist" aria-label=${k.editorLabel}>
              ${(['write', 'preview'] as const).map((t) => html`<button type="button" role="tab" id="tab-${t}" data-tab=${t} aria-controls="panel-${t}"
                aria-selected=${this.tab === t ? 'true' : 'false'} tabindex=${this.tab === t ? 0 : -1} @click=${() => (this.tab = t)}>${k[t]}</button>`)}
            </div>
            <div role="tabpanel" id="panel-write" aria-labelledby="tab-write" ?hidden=${this.tab !== 'write'}>
              <label for="body" class="visually-hidden">${k.body}</label>
              <textarea id="body" name="bodyMarkdown" class="body" maxlength="100000" .value=${a.bodyMarkdown} ?readonly=${readOnly}
                aria-describedby="body-hint"></textarea>
              <p class="hint" id="body-hint">${k.bodyHint}</p>
            </div>
            <div role="tabpanel" id="panel-preview" aria-labelledby="tab-preview" ?hidden=${this.tab !== 'preview'}>
              ${this.dirty
                ? html`<p class="notice stale">${k.previewStale}
                    ${readOnly ? nothing : html`<button type="submit" data-action="save-preview" ?disabled=${this.busy}>${k.saveAndPreview}</button>`}</p>`
                : html`<p class="notice">${k.previewSaved}</p>`}
              ${this.tab === 'preview' ? this.renderPreview(a) : nothing}
            </div>
            ${readOnly ? nothing : html`<div class="actions">
              <button type="submit" class="primary" data-action="save" ?disabled=${this.busy}>${this.busy ? k.saving : k.save}</button>
              <button type="button" data-action=${a.status === 'published' ? 'unpublish' : 'publish'} ?disabled=${this.busy || this.dirty}
                title=${this.dirty ? k.publishUnsaved : ''} @click=${() => this.setPublished(a.status !== 'published')}>
                ${a.status === 'published' ? k.unpublish : k.publish}</button>
              <button type="button" class="end" data-action="delete" ?disabled=${this.busy} @click=${this.onDelete}>${k.delete}</button>
            </div>`}
            ${formStatus(this.error, this.done, m)}
          </form>
        </div>
        <aside>
          <section class="panel card" aria-labelledby="numbers-h" data-panel="numbers">
            <h2 id="numbers-h">${k.title}</h2>
            <dl class="facts">
              <dt>${k.views}</dt><dd class="big" data-field="views">${a.views}</dd>
              <dt>${k.deflections}</dt><dd class="big" data-field="deflections">${a.deflections}</dd>
              ${a.publishedAt ? html`<dt>${k.publishedAt}</dt><dd>${formatDateTime(a.publishedAt, locale)}</dd>` : html`<dt></dt><dd class="muted">${k.draftNote}</dd>`}
              <dt>${k.updated}</dt><dd>${formatDateTime(a.updatedAt, locale)}</dd>
              ${a.sourceTicketId ? html`<dt>${k.fromTicket}</dt><dd><a href=${ticketHref(this.base, a.sourceTicketId)} data-field="source">${k.sourceLink}</a></dd>` : nothing}
            </dl>
            <p class="hint">${k.deflectionsHint}</p>
          </section>
        </aside>
      </div>`;
  }

  /** The server's HTML in a sandboxed frame: no script, no access to the console (see article-preview.ts). */
  private renderPreview(a: KbArticle) {
    const style = getComputedStyle(this);
    const v = (name: string) => style.getPropertyValue(name);
    const doc = previewDocument(a.html, { text: v('--ac-text'), background: v('--ac-surface'), link: v('--ac-accent'), border: v('--ac-border'), code: v('--ac-code-bg') }, a.locale);
    return html`<iframe class="preview" sandbox=${PREVIEW_SANDBOX} referrerpolicy="no-referrer" title=${this.l10n.messages.kb.previewLabel(a.title)} srcdoc=${doc}></iframe>`;
  }

  private async load(): Promise<void> {
    this.article = undefined;
    this.error = undefined;
    try {
      this.article = await this.api!.article(this.articleId);
      this.dirty = false;
    } catch (error) {
      this.error = error;
    }
  }

  private onInput(): void {
    if (this.article) this.dirty = Object.keys(articleChanges(this.article, readArticleForm(this.form))).length > 0;
  }

  private async run(action: () => Promise<KbArticle>, done: string): Promise<void> {
    this.busy = true;
    this.error = undefined;
    this.done = '';
    try {
      this.article = await action();
      this.dirty = false;
      this.done = done;
    } catch (error) {
      this.error = error;
    } finally {
      this.busy = false;
    }
  }

  private async onSave(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const a = this.article;
    if (!this.api || !a || this.busy) return;
    const patch = articleChanges(a, readArticleForm(this.form));
    if (Object.keys(patch).length === 0) {
      this.done = this.l10n.messages.admin.noChanges;
      return;
    }
    await this.run(() => this.api!.updateArticle(a.id, patch), this.l10n.messages.kb.saved);
  }

  private setPublished(published: boolean): Promise<void> {
    const k = this.l10n.messages.kb;
    return this.run(() => this.api!.setPublished(this.article!.id, published), published ? k.publishedNow : k.unpublishedNow);
  }

  private async onDelete(): Promise<void> {
    const a = this.article;
    if (!this.api || !a || !confirm(this.l10n.messages.kb.deleteConfirm(a.title))) return;
    this.busy = true;
    try {
      await this.api.deleteArticle(a.id);
      this.dispatchEvent(navigateEvent(kbHref(this.base), true));
    } catch (error) {
      this.error = error;
    } finally {
      this.busy = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ac-kb-article': KbArticleView;
  }
}
