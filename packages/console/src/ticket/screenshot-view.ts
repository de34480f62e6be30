/**
 * `<ac-screenshot>`: a screenshot attached to a report (annotations are part
 * of the image). Files on the console's own origin are fetched with the
 * agent's token and shown from a blob URL; the full-size view is a modal
 * dialog that scrolls.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { ConsoleApi } from '../api/api-client.js';
import type { Attachment } from '../api/extensions.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { shared } from '../styles/shared.js';

/** How an attachment URL may be shown: fetched with the token, used directly, or not at all. */
export function screenshotSource(url: string, origin: string): 'fetch' | 'direct' | 'refuse' {
  let parsed: URL;
  try {
    parsed = new URL(url, origin);
  } catch {
    return 'refuse';
  }
  if (parsed.origin === origin) return 'fetch';
  if (parsed.protocol === 'https:' || parsed.protocol === 'http:') return 'direct';
  return /^data:image\/(png|jpeg|webp|gif);/i.test(url) ? 'direct' : 'refuse';
}

/**
 * A screenshot with a full-size view.
 *
 * @csspart image - The thumbnail image.
 */
@customElement('ac-screenshot')
export class ScreenshotView extends LitElement {
  static override styles = [
    shared,
    css`
      :host {
        display: block;
      }
      .thumb {
        display: block;
        padding: 0;
        border: 1px solid var(--ac-border);
        background: var(--ac-surface-2);
        max-width: 100%;
        cursor: zoom-in;
      }
      .thumb img {
        display: block;
        max-width: 100%;
        max-height: 360px;
        object-fit: contain;
      }
      dialog {
        padding: 0;
        border: none;
        border-radius: var(--ac-radius);
        max-width: 96vw;
        max-height: 94vh;
        background: var(--ac-surface);
        color: var(--ac-text);
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 60%);
      }
      .bar {
        position: sticky;
        top: 0;
        display: flex;
        justify-content: flex-end;
        padding: 6px;
        background: var(--ac-surface);
      }
      .full {
        display: block;
        max-width: none;
      }
    `,
  ];

  /** The API client, to fetch files on the console's origin with the token. */
  @property({ attribute: false }) api: ConsoleApi | undefined;
  /** The attachment. */
  @property({ attribute: false }) attachment: Attachment | undefined;
  /** The report's position, for the image's text alternative. */
  @property({ type: Number }) index = 1;

  @state() private src = '';
  @state() private failed = false;
  @query('dialog') private dialog!: HTMLDialogElement;
  private objectUrl = '';
  private loadedUrl = '';
  private readonly l10n = new LocalizeController(this);

  override willUpdate(): void {
    const url = this.attachment?.url ?? '';
    if (url !== this.loadedUrl) {
      this.loadedUrl = url;
      void this.load(url);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.release();
    this.loadedUrl = '';
  }

  override render() {
    const m = this.l10n.messages;
    if (this.failed || !this.src) return this.failed ? html`<p class="muted">${m.errors.unknown}</p>` : nothing;
    const alt = m.ticket.screenshotAlt(this.index);
    return html`
      <button class="thumb" type="button" title=${m.ticket.openFullSize} @click=${() => this.dialog.showModal()}>
        <img part="image" src=${this.src} alt=${alt} />
      </button>
      <dialog aria-label=${alt} @click=${this.onDialogClick}>
        <div class="bar"><button type="button" @click=${() => this.dialog.close()}>${m.ticket.close}</button></div>
        <img class="full" src=${this.src} alt=${alt} />
      </dialog>
    `;
  }

  private async load(url: string): Promise<void> {
    this.release();
    this.failed = false;
    if (!url) return;
    const how = screenshotSource(url, location.origin);
    if (how === 'direct') this.src = url;
    else if (how === 'refuse' || !this.api) this.failed = true;
    else {
      try {
        const blob = await this.api.blob(url);
        if (url !== this.loadedUrl) return;
        this.objectUrl = URL.createObjectURL(blob);
        this.src = this.objectUrl;
      } catch {
        if (url === this.loadedUrl) this.failed = true;
      }
    }
  }

  private release(): void {
    if (this.objectUrl) URL.revokeObjectURL(this.objectUrl);
    this.objectUrl = '';
    this.src = '';
  }

  /** A click on the backdrop (the dialog itself, outside its content) closes it. */
  private onDialogClick(event: MouseEvent): void {
    if (event.target === this.dialog) this.dialog.close();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ac-screenshot': ScreenshotView;
  }
}
