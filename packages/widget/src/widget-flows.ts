/**
 * The widget's flows between views: editing the form, sending, the
 * screenshot editor, "What will be sent", help articles and "My reports".
 * The sub-views are lazy chunks, loaded with `import()` the first time they
 * are needed, so they cost nothing before the dialog is used. Focus moves to
 * each new view's heading, and back to the button that left the form.
 * `widget-view.ts` renders what these flows hold.
 */
import type { KbSearchHit, ReportInput } from '@aftercare/sdk';
import type { AftercareWidget } from './aftercare-widget.js';
import { RuntimeUnavailable } from './controllers/runtime-controller.js';
import type { EditorDoneDetail } from './editor/screenshot-editor.js';
import { deflectedEvent, errorEvent, queuedEvent, submittedEvent } from './events.js';
import { errorMessage } from './i18n/errors.js';
import type { MyReports } from './reports/my-reports.js';
import { buildDraft, diagnosticSections } from './state/draft.js';
import { checkFiles, emptyForm, validateForm, type FormState } from './state/form-state.js';
import type { ShownArticle } from './views/article-view.js';

/** The views of the dialog. */
export type View = 'form' | 'editor' | 'preview' | 'article' | 'sent' | 'reports';

interface Lazy {
  editor?: typeof import('./editor/screenshot-editor.js');
  preview?: typeof import('./views/preview-view.js');
  article?: typeof import('./views/article-view.js');
  reports?: typeof import('./reports/my-reports.js');
}

function codeOf(error: unknown): string {
  if (error instanceof RuntimeUnavailable) return error.code;
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : 'unknown';
}

/**
 * The flows of one widget.
 *
 * @example
 * private readonly flows = new WidgetFlows(this);
 * await this.flows.showPreview();
 */
export class WidgetFlows {
  /** The lazy view modules loaded so far. */
  readonly lazy: Lazy = {};
  /** Diagnostics sections the reporter switched off. */
  excluded = new Set<string>();
  /** The payload "What will be sent" shows, and the sections that can be switched. */
  preview: { payload: ReportInput; sections: string[] } | undefined;
  /** The article shown, once loaded. */
  article: { hit: KbSearchHit; shown?: ShownArticle } | undefined;
  /** "My reports", once opened. */
  reports: MyReports | undefined;
  /** Where "My reports" goes back to. */
  reportsFrom: View = 'form';
  /** A failure outside sending (preview, article), shown in the form's live region. */
  private errorCode: string | undefined;

  constructor(private readonly host: AftercareWidget) {}

  /** The text for an error code, in the current language. */
  errorText(code: string): string {
    return errorMessage(this.host.l10n.current, code);
  }

  /** The form's error text: a local check first, then the last failure. */
  formError(): string {
    const h = this.host;
    const code = this.errorCode ?? h.report.errorCode;
    return h.problem ? h.problem.text(h.l10n.current) : code ? this.errorText(code) : '';
  }

  /** Applies the reporter's input; a shown check is re-run so it clears once fixed. */
  change(patch: Partial<FormState>): void {
    const h = this.host;
    h.form = { ...h.form, ...patch };
    if (h.problem) h.problem = validateForm(h.form);
    if (patch.message !== undefined) h.suggestions.query(patch.message);
  }

  /** Takes a new list of files if it is within the limits; otherwise says why not. */
  setFiles(files: File[]): void {
    const problem = checkFiles(files);
    this.host.problem = problem;
    if (!problem) this.host.form = { ...this.host.form, files };
  }

  /** Checks and sends the form, then announces the outcome with an event. */
  async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const h = this.host;
    if (h.report.status === 'sending') return;
    this.errorCode = undefined;
    if (!this.check()) return;
    const draft = buildDraft(h.form, h.user, h.reportId, this.excluded);
    const screenshot = h.form.includeScreenshot ? h.shot.image : undefined;
    const outcome = await h.report.send(draft, { screenshot, attachments: h.form.files });
    if (outcome.ok) await this.go('sent', '.close');
    if (!outcome.ok) h.dispatchEvent(errorEvent(outcome.code));
    else if (outcome.status === 'sent') h.dispatchEvent(submittedEvent(outcome.receipt));
    else h.dispatchEvent(queuedEvent(outcome.reportId));
  }

  /** A fresh form, after a report was filed or an article solved it. */
  startOver(): void {
    const h = this.host;
    h.form = emptyForm(h.user);
    h.problem = undefined;
    h.reportId = crypto.randomUUID();
    h.report.reset();
    h.shot.clear();
    h.suggestions.clear();
    this.excluded = new Set();
    this.errorCode = undefined;
    h.view = 'form';
  }

  /** After every close: the next opening starts at the form (or a fresh one after a report). */
  closed(): void {
    const h = this.host;
    if (h.view === 'sent') this.startOver();
    else h.view = 'form';
    h.problem = undefined;
    this.errorCode = undefined;
    if (h.report.status !== 'sending') h.report.errorCode = undefined;
  }

  /** Opens the screenshot editor. */
  async showEditor(): Promise<void> {
    this.lazy.editor ??= await import('./editor/screenshot-editor.js');
    await this.go('editor');
  }

  /** Opens "What will be sent" (the form must be valid: the preview is the real payload). */
  async showPreview(): Promise<void> {
    if (!this.check()) return;
    try {
      const [module] = await Promise.all([import('./views/preview-view.js'), this.host.runtime.get()]);
      this.lazy.preview = module;
      this.computePreview();
      await this.go('preview');
    } catch (error) {
      this.fail(error);
    }
  }

  /** Opens a suggested article inside the widget. */
  async showArticle(hit: KbSearchHit): Promise<void> {
    try {
      this.lazy.article ??= await import('./views/article-view.js');
      this.article = { hit };
      await this.go('article');
      const runtime = await this.host.runtime.get();
      const article = await runtime.kb.article(hit.id);
      if (this.article?.hit !== hit) return;
      this.article = { hit, shown: this.lazy.article.prepareArticle(article) };
      this.host.requestUpdate();
    } catch (error) {
      if (this.host.view === 'article') await this.go('form', '.article-link');
      this.fail(error);
    }
  }

  /** Opens "My reports". */
  async showReports(): Promise<void> {
    const h = this.host;
    try {
      this.lazy.reports ??= await import('./reports/my-reports.js');
    } catch (error) {
      this.fail(error);
      return;
    }
    this.reports ??= new this.lazy.reports.MyReports(h, {
      runtime: () => h.runtime.get(),
      projectKey: () => h.projectKey,
      messages: () => h.l10n.current,
      locale: () => h.l10n.locale,
      focusTitle: () => void this.focus('#title'),
    });
    this.reportsFrom = h.view === 'sent' ? 'sent' : 'form';
    this.reports.selected = undefined;
    await this.go('reports');
    await this.reports.refresh();
  }

  private check(): boolean {
    const h = this.host;
    h.problem = validateForm(h.form);
    if (!h.problem) return true;
    void this.focus({ message: '#message', email: '#email', files: '#files' }[h.problem.field]);
    return false;
  }

  private computePreview(): void {
    const h = this.host;
    const runtime = h.runtime.loaded;
    if (!runtime) return;
    const full = runtime.preview(buildDraft(h.form, h.user, h.reportId, new Set()));
    const payload = this.excluded.size > 0 ? runtime.preview(buildDraft(h.form, h.user, h.reportId, this.excluded)) : full;
    this.preview = { payload, sections: diagnosticSections(full.diagnostics) };
  }

  /** Switches a diagnostics section on or off, and updates the preview. */
  toggle(section: string, include: boolean): void {
    const next = new Set(this.excluded);
    if (include) next.delete(section);
    else next.add(section);
    this.excluded = next;
    this.computePreview();
    this.host.requestUpdate();
  }

  /** Keeps the editor's result and goes back to the form. */
  editorDone(detail: EditorDoneDetail): void {
    this.host.shot.setEdited(detail.annotations, detail.image);
    void this.go('form', '.edit-shot');
  }

  /** "This solved it": counts the deflection, closes, and starts over. */
  async solved(): Promise<void> {
    const h = this.host;
    const hit = this.article?.hit;
    if (!hit) return;
    const query = h.form.message.trim();
    try {
      const runtime = await h.runtime.get();
      await runtime.kb.deflect(hit.id, query);
    } catch {
      // Counting is best effort: the reporter's problem is solved either way.
    }
    this.startOver();
    h.close();
    h.dispatchEvent(deflectedEvent(hit.id, query));
  }

  private fail(error: unknown): void {
    this.errorCode = codeOf(error);
    this.host.requestUpdate();
  }

  /** Shows a view and focuses `focus` in it (its heading by default). */
  async go(view: View, focus = '#title'): Promise<void> {
    this.host.view = view;
    await this.focus(focus);
  }

  /** Focuses an element of the shadow root after the next render. */
  async focus(selector: string): Promise<void> {
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}
