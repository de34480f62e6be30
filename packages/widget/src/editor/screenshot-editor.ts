/**
 * `<aftercare-screenshot-editor>` (a lazy chunk, used inside the widget's
 * shadow root): draws highlight and redaction rectangles on the screenshot,
 * with the pointer (drag) or the keyboard (a cursor box: arrows move it,
 * Shift+arrows resize, Alt for single pixels, Enter places, Delete removes
 * the last, Ctrl/Cmd+Z undoes). "Done" paints the marks into the image and
 * hands it back.
 *
 * @fires aftercare-editor-done - `detail` is `{ annotations, image }`; `image` is the annotated Blob.
 * @csspart button - The undo, remove and done buttons.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { LIMITS } from '@aftercare/sdk/schemas';
import type { Messages } from '../i18n/en.js';
import { emptyModel, keyCommand, moveRect, place, remove, resizeRect, spanRect, undo, type Annotation, type EditorModel, type Rect, type Tool } from './annotations.js';
import { burnIn, paint } from './burn-in.js';
import { editorStyles } from './editor-styles.js';

/** `detail` of the done event. */
export interface EditorDoneDetail {
  annotations: readonly Annotation[];
  image: Blob | undefined;
}

/** The editor element. */
export class ScreenshotEditor extends LitElement {
  static override styles = editorStyles;

  /** The screenshot to mark. */
  @property({ attribute: false }) image: Blob | undefined;
  /** Marks made earlier, to continue from. */
  @property({ attribute: false }) annotations: readonly Annotation[] = [];
  /** The widget's catalogue. */
  @property({ attribute: false }) messages!: Messages;

  @state() private model: EditorModel = emptyModel();
  @state() private tool: Tool = 'redact';
  @state() private cursor: Rect = { x: 0, y: 0, w: 0, h: 0 };
  @state() private focused = false;
  @state() private drag: Rect | undefined;
  @state() private announcement = '';
  @state() private busy = false;
  @state() private bitmap: ImageBitmap | undefined;
  @query('canvas') private canvas!: HTMLCanvasElement;
  private start: { x: number; y: number } | undefined;

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('annotations')) this.model = emptyModel(this.annotations);
    if (changed.has('image')) void this.load();
  }

  override updated(): void {
    const ctx = this.canvas?.getContext('2d');
    if (!ctx || !this.bitmap) return;
    paint(ctx, this.bitmap, this.model.annotations, 1);
    const box = this.drag ?? (this.focused ? this.cursor : undefined);
    if (!box) return;
    ctx.save();
    ctx.setLineDash([8, 6]);
    ctx.lineWidth = Math.max(2, this.bitmap.width / 400);
    ctx.strokeStyle = this.tool === 'redact' ? '#d0021b' : '#ffb000';
    ctx.strokeRect(box.x, box.y, box.w, box.h);
    ctx.restore();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.bitmap?.close();
    this.bitmap = undefined;
  }

  override render(): TemplateResult {
    const m = this.messages;
    const count = this.model.annotations.length;
    return html`
      <fieldset class="tools">
        <legend>${m.toolLegend}</legend>
        ${(['redact', 'highlight'] as const).map(
          (tool) => html`<label><input type="radio" name="tool" .value=${tool} .checked=${this.tool === tool} @change=${() => (this.tool = tool)} />${m.tools[tool]}</label>`,
        )}
      </fieldset>
      <canvas
        tabindex="0"
        role="application"
        aria-roledescription=${m.editorTitle}
        aria-label=${m.editorCanvas}
        width=${this.bitmap?.width ?? 1}
        height=${this.bitmap?.height ?? 1}
        @keydown=${this.onKey}
        @focus=${() => (this.focused = true)}
        @blur=${() => (this.focused = false)}
        @pointerdown=${this.onDown}
        @pointermove=${this.onMove}
        @pointerup=${this.onUp}
        @pointercancel=${() => (this.drag = this.start = undefined)}
      ></canvas>
      <p class="visually-hidden" aria-live="polite">${this.announcement}</p>
      <h3>${m.editorList}</h3>
      ${count === 0
        ? html`<p class="hint">${m.editorEmpty}</p>`
        : html`<ol class="marks">
            ${this.model.annotations.map(
              (a, i) => html`<li>
                ${m.editorItem(m.tools[a.tool], i + 1)}
                <button part="button" type="button" aria-label=${`${m.remove}: ${m.editorItem(m.tools[a.tool], i + 1)}`} @click=${() => this.removeAt(i)}>${m.remove}</button>
              </li>`,
            )}
          </ol>`}
      <div class="actions">
        <button part="button" type="button" class="undo" ?disabled=${this.model.history.length === 0} @click=${() => (this.model = undo(this.model))}>${m.undo}</button>
        <button part="button primary" type="button" class="done" ?disabled=${this.busy || !this.bitmap} @click=${this.onDone}>${m.done}</button>
      </div>
      ${this.busy ? html`<p class="hint">${m.loading}</p>` : nothing}
    `;
  }

  private async load(): Promise<void> {
    const previous = this.bitmap;
    this.bitmap = this.image ? await createImageBitmap(this.image) : undefined;
    previous?.close();
    if (!this.bitmap) return;
    const { width, height } = this.bitmap;
    const w = Math.max(8, Math.round(width / 5));
    const h = Math.max(8, Math.round(height / 6));
    this.cursor = { x: Math.round((width - w) / 2), y: Math.round((height - h) / 2), w, h };
  }

  private get bounds(): { width: number; height: number } {
    return { width: this.bitmap?.width ?? 1, height: this.bitmap?.height ?? 1 };
  }

  private readonly onKey = (event: KeyboardEvent): void => {
    const command = keyCommand(event, Math.max(5, Math.round(this.bounds.width / 50)));
    if (!command) return;
    event.preventDefault();
    if (command.type === 'move') this.cursor = moveRect(this.cursor, command.dx, command.dy, this.bounds);
    else if (command.type === 'resize') this.cursor = resizeRect(this.cursor, command.dw, command.dh, this.bounds);
    else if (command.type === 'place') this.commit(place(this.model, this.cursor, this.tool));
    else if (command.type === 'remove') this.removeAt(this.model.annotations.length - 1);
    else this.model = undo(this.model);
  };

  private point(event: PointerEvent): { x: number; y: number } {
    const box = this.canvas.getBoundingClientRect();
    return { x: ((event.clientX - box.left) / box.width) * this.bounds.width, y: ((event.clientY - box.top) / box.height) * this.bounds.height };
  }

  private readonly onDown = (event: PointerEvent): void => {
    if (event.button !== 0 || !this.bitmap) return;
    this.canvas.setPointerCapture?.(event.pointerId);
    this.start = this.point(event);
  };

  private readonly onMove = (event: PointerEvent): void => {
    if (this.start) this.drag = spanRect(this.start, this.point(event), this.bounds);
  };

  private readonly onUp = (event: PointerEvent): void => {
    if (!this.start) return;
    const rect = spanRect(this.start, this.point(event), this.bounds);
    this.start = this.drag = undefined;
    const next = place(this.model, rect, this.tool);
    if (next !== this.model) this.cursor = rect;
    this.commit(next);
  };

  private commit(next: EditorModel): void {
    if (next === this.model) return;
    this.model = next;
    this.announcement = this.messages.editorPlaced(this.messages.tools[this.tool], next.annotations.length);
  }

  private removeAt(index: number): void {
    const next = remove(this.model, index);
    if (next === this.model) return;
    this.model = next;
    this.announcement = this.messages.editorRemoved(next.annotations.length);
  }

  private readonly onDone = async (): Promise<void> => {
    if (!this.image) return;
    this.busy = true;
    const annotations = this.model.annotations;
    let image: Blob | undefined;
    try {
      image = annotations.length > 0 ? await burnIn(this.image, annotations, { maxBytes: LIMITS.screenshotBytes }) : undefined;
    } catch {
      image = undefined;
    }
    this.busy = false;
    const detail: EditorDoneDetail = { annotations: image || annotations.length === 0 ? annotations : [], image };
    this.dispatchEvent(new CustomEvent('aftercare-editor-done', { detail }));
  };
}

/** The tag the editor is registered under. */
export const EDITOR_TAG = 'aftercare-screenshot-editor';

if (!customElements.get(EDITOR_TAG)) customElements.define(EDITOR_TAG, ScreenshotEditor);

declare global {
  interface HTMLElementTagNameMap {
    'aftercare-screenshot-editor': ScreenshotEditor;
  }
}
