/**
 * The screenshot part of the form: the "include a screenshot" switch, a
 * thumbnail of exactly the image that will be sent (with the reporter's
 * marks), and the button that opens the editor. Absent when no screenshot
 * could be taken.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../i18n/en.js';

/** What {@link renderScreenshotField} needs. */
export interface ScreenshotFieldProps {
  messages: Messages;
  /** Object URL of the image that will be sent; undefined when there is none. */
  thumbnail: string | undefined;
  checked: boolean;
  /** Number of marks the reporter made. */
  marks: number;
  onToggle: (on: boolean) => void;
  onEdit: () => void;
}

/**
 * Renders the screenshot switch and preview.
 *
 * @example
 * renderScreenshotField({ messages: en, thumbnail: url, checked: true, marks: 0, onToggle, onEdit })
 */
export function renderScreenshotField(p: ScreenshotFieldProps): TemplateResult | typeof nothing {
  if (!p.thumbnail) return nothing;
  const m = p.messages;
  return html`
    <div class="shot">
      <label class="check">
        <input id="screenshot" type="checkbox" .checked=${p.checked} @change=${(e: Event) => p.onToggle((e.target as HTMLInputElement).checked)} />
        ${m.screenshotLabel}
      </label>
      ${p.checked
        ? html`<div class="shot-row">
            <img class="thumb" src=${p.thumbnail} alt=${m.screenshotAlt} />
            <div>
              <button part="button" type="button" class="edit-shot" @click=${p.onEdit}>${m.screenshotEdit}</button>
              ${p.marks > 0 ? html`<p class="hint">${m.screenshotMarked(p.marks)}</p>` : nothing}
            </div>
          </div>`
        : nothing}
    </div>
  `;
}
