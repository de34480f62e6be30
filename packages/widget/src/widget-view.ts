/**
 * Renders the dialog's content for the current view: the form and the sent
 * view (in the main bundle), or a lazy view once its chunk has loaded. The
 * state lives in the element and its flows; this only maps it to the views.
 */
import { html, type TemplateResult } from 'lit';
import type { KbSearchHit } from '@aftercare/sdk';
import type { AftercareWidget } from './aftercare-widget.js';
import type { EditorDoneDetail } from './editor/screenshot-editor.js';
import type { Messages } from './i18n/en.js';
import { loadTracked } from './state/tracking-store.js';
import { renderForm } from './views/form-view.js';
import { renderSent } from './views/sent-view.js';
import type { WidgetFlows } from './widget-flows.js';

/**
 * The dialog's content.
 *
 * @example
 * html`<dialog>${renderDialog(this, this.flows, messages)}</dialog>`
 */
export function renderDialog(host: AftercareWidget, flows: WidgetFlows, m: Messages): TemplateResult {
  const lazy = renderLazy(host, flows, m);
  if (lazy) return lazy;
  if (host.view === 'sent') {
    return renderSent({
      messages: m,
      receipt: host.report.status === 'sent' ? host.report.receipt : undefined,
      queuedReason: host.report.queuedReason,
      filesDropped: host.report.filesDropped,
      onReports: () => void flows.showReports(),
      onClose: () => host.close(),
    });
  }
  return renderForm({
    messages: m,
    form: host.form,
    sending: host.report.status === 'sending',
    invalid: host.problem?.field,
    errorText: flows.formError(),
    hits: host.suggestions.hits,
    screenshot: { thumbnail: host.shot.thumbnail, marks: host.shot.annotations.length, onEdit: () => void flows.showEditor() },
    tracked: host.projectKey ? loadTracked(host.projectKey).length : 0,
    onChange: (patch) => flows.change(patch),
    onMessage: (message) => flows.change({ message }),
    onFiles: (files) => flows.setFiles(files),
    onArticle: (hit: KbSearchHit) => void flows.showArticle(hit),
    onPreview: () => void flows.showPreview(),
    onReports: () => void flows.showReports(),
    onSubmit: (event) => void flows.submit(event),
    onCancel: () => host.close(),
  });
}

/** A lazy view, or undefined for the form and sent views (or while a chunk loads). */
function renderLazy(h: AftercareWidget, flows: WidgetFlows, m: Messages): TemplateResult | undefined {
  const view = h.view;
  if (view === 'editor' && flows.lazy.editor && h.shot.shot) {
    return html`<div class="bar"><h2 id="title" tabindex="-1">${m.editorTitle}</h2></div>
      <div class="body">
        <aftercare-screenshot-editor
          exportparts="button, primary"
          .image=${h.shot.shot.blob}
          .annotations=${h.shot.annotations}
          .messages=${m}
          @aftercare-editor-done=${(e: CustomEvent<EditorDoneDetail>) => flows.editorDone(e.detail)}
        ></aftercare-screenshot-editor>
      </div>`;
  }
  if (view === 'preview' && flows.lazy.preview && flows.preview) {
    return flows.lazy.preview.renderPreview({
      messages: m,
      payload: flows.preview.payload,
      sections: flows.preview.sections,
      excluded: flows.excluded,
      screenshot: h.form.includeScreenshot ? h.shot.thumbnail : undefined,
      files: h.form.files,
      onToggle: (section, include) => flows.toggle(section, include),
      onBack: () => void flows.go('form', '.start'),
    });
  }
  if (view === 'article' && flows.lazy.article && flows.article) {
    return flows.lazy.article.renderArticle({
      messages: m,
      locale: h.l10n.locale,
      title: flows.article.hit.title,
      shown: flows.article.shown,
      onBack: () => void flows.go('form', '.article-link'),
      onSolved: () => void flows.solved(),
    });
  }
  if (view === 'reports' && flows.reports) return flows.reports.render(() => void flows.go(flows.reportsFrom, flows.reportsFrom === 'sent' ? '.close' : '#title'));
  return undefined;
}
