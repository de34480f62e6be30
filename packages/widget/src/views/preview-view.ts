/**
 * "What will be sent" (a lazy chunk): a readable rendering of the exact
 * payload the SDK's `preview()` builds (already redacted), the screenshot and
 * files that go with it, and one switch per diagnostics section. What is
 * switched off is left out of the preview and of the report.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ReportInput } from '@aftercare/sdk';
import type { Messages } from '../i18n/en.js';
import type { FormKind } from '../state/form-state.js';

/** What {@link renderPreview} needs. */
export interface PreviewViewProps {
  messages: Messages;
  /** The payload as it will be sent (switched-off sections already left out). */
  payload: ReportInput;
  /** Every section the reporter can switch, on or off. */
  sections: readonly string[];
  excluded: ReadonlySet<string>;
  /** Object URL of the screenshot that goes with the report, if one does. */
  screenshot: string | undefined;
  files: readonly File[];
  onToggle: (section: string, include: boolean) => void;
  onBack: () => void;
}

function sectionLabel(m: Messages, key: string): string {
  return Object.hasOwn(m.sections, key) ? m.sections[key as keyof Messages['sections']] : m.sectionOther(key);
}

function json(value: unknown): string {
  return JSON.stringify(value, null, 2) ?? '';
}

/**
 * Renders the preview.
 *
 * @example
 * renderPreview({ messages: en, payload: runtime.preview(draft), sections, excluded, screenshot, files, onToggle, onBack })
 */
export function renderPreview(p: PreviewViewProps): TemplateResult {
  const m = p.messages;
  const { payload } = p;
  const reporter = [payload.reporter?.name, payload.reporter?.email].filter(Boolean).join(' · ');
  const kind = m.kinds[payload.kind as FormKind] ?? payload.kind;
  return html`
    <div class="bar"><h2 id="title" tabindex="-1">${m.previewTitle}</h2></div>
    <div class="stack preview body">
      <p class="hint">${m.previewIntro}</p>
      <dl class="summary">
        <dt>${m.previewKind}</dt>
        <dd>${kind}</dd>
        <dt>${m.previewMessage}</dt>
        <dd class="pre">${payload.message}</dd>
        <dt>${m.previewContact}</dt>
        <dd>${reporter || m.previewNone}</dd>
        <dt>${m.previewPage}</dt>
        <dd class="url">${payload.page.url}</dd>
        <dt>${m.previewScreenshot}</dt>
        <dd>${p.screenshot ? html`<img class="thumb" src=${p.screenshot} alt=${m.screenshotAlt} />` : m.previewNone}</dd>
        <dt>${m.previewAttachments}</dt>
        <dd>${p.files.length > 0 ? p.files.map((file) => file.name).join(', ') : m.previewNone}</dd>
      </dl>
      <fieldset class="sections">
        <legend>${m.previewDiagnostics}</legend>
        ${p.sections.length === 0 ? html`<p>${m.previewNone}</p>` : nothing}
        ${p.sections.map((key) => {
          const included = !p.excluded.has(key);
          const value = payload.diagnostics[key];
          const label = sectionLabel(m, key);
          return html`<div class="section">
            <label class="check">
              <input type="checkbox" name="section" .value=${key} .checked=${included} @change=${(e: Event) => p.onToggle(key, (e.target as HTMLInputElement).checked)} />
              ${label}${Array.isArray(value) ? ` (${m.entries(value.length)})` : ''}
            </label>
            ${included && value !== undefined ? html`<details><summary>${label}</summary><pre>${json(value)}</pre></details>` : nothing}
          </div>`;
        })}
      </fieldset>
      <details class="raw">
        <summary>${m.previewRaw}</summary>
        <pre>${json(payload)}</pre>
      </details>
    </div>
    <div class="actions">
      <button part="button primary" type="button" class="back" @click=${p.onBack}>${m.back}</button>
    </div>
  `;
}
