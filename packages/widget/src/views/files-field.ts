/**
 * The attachments part of the form: a file picker and the chosen files, each
 * with a remove button. The limits come from the wire contract.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { LIMITS } from '@aftercare/sdk/schemas';
import type { Messages } from '../i18n/en.js';

/** What {@link renderFiles} needs. */
export interface FilesFieldProps {
  messages: Messages;
  files: readonly File[];
  invalid: boolean;
  onFiles: (files: File[]) => void;
}

function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Renders the file picker and the list of chosen files.
 *
 * @example
 * renderFiles({ messages: en, files: [], invalid: false, onFiles })
 */
export function renderFiles(p: FilesFieldProps): TemplateResult {
  const m = p.messages;
  const onPick = (event: Event) => {
    const input = event.target as HTMLInputElement;
    p.onFiles([...p.files, ...Array.from(input.files ?? [])]);
    input.value = '';
  };
  return html`
    <div>
      <label class="label" for="files">${m.attachLabel}</label>
      <input
        id="files"
        type="file"
        multiple
        aria-describedby="files-hint"
        aria-invalid=${p.invalid ? 'true' : 'false'}
        aria-errormessage=${p.invalid ? 'form-error' : nothing}
        @change=${onPick}
      />
      <p class="hint" id="files-hint">${m.attachHint(LIMITS.attachmentCount, LIMITS.attachmentBytes / 1024 / 1024)}</p>
      ${p.files.length > 0
        ? html`<ul class="files">
            ${p.files.map(
              (file, index) => html`<li>
                <span>${file.name} (${size(file.size)})</span>
                <button class="link" type="button" @click=${() => p.onFiles(p.files.filter((_, i) => i !== index))}>
                  ${m.removeFile(file.name)}
                </button>
              </li>`,
            )}
          </ul>`
        : nothing}
    </div>
  `;
}
