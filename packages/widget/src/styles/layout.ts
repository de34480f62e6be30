/**
 * The widget's layout: a fixed launcher in the bottom-right corner and a
 * modal dialog holding the views. Adopted as a constructable stylesheet
 * through Lit's `static styles`, so it needs no inline style under a strict CSP.
 */
import { css } from 'lit';

/**
 * Styles for the launcher, the dialog and the views inside it.
 *
 * @example
 * static override styles = [theme, layout];
 */
export const layout = css`
  :host {
    font-family: var(--aftercare-font);
  }
  [hidden] {
    display: none !important;
  }
  .launcher {
    position: fixed;
    right: 1rem;
    bottom: 1rem;
    z-index: var(--aftercare-z-index);
    padding: 0.65rem 1.1rem;
    border: 0;
    border-radius: 999px;
    background: var(--aftercare-accent);
    color: var(--aftercare-accent-text);
    font: 600 0.95rem/1.2 var(--aftercare-font);
    box-shadow: 0 4px 14px rgb(0 0 0 / 0.2);
    cursor: pointer;
  }
  dialog {
    box-sizing: border-box;
    width: min(28rem, calc(100vw - 2rem));
    padding: 1.25rem;
    border: 0;
    border-radius: var(--aftercare-radius);
    background: var(--aftercare-surface);
    color: var(--aftercare-text);
    font: 0.95rem/1.45 var(--aftercare-font);
    box-shadow: 0 12px 40px rgb(0 0 0 / 0.25);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.35);
  }
  h2 {
    margin: 0 0 1rem;
    font-size: 1.15rem;
  }
  form {
    display: grid;
    gap: 0.9rem;
  }
  fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem 1rem;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend,
  label[for] {
    margin-bottom: 0.35rem;
    font-weight: 600;
  }
  textarea {
    box-sizing: border-box;
    width: 100%;
    min-height: 7rem;
    padding: 0.5rem;
    border: 1px solid var(--aftercare-muted);
    border-radius: calc(var(--aftercare-radius) / 2);
    background: var(--aftercare-surface);
    color: inherit;
    font: inherit;
    resize: vertical;
  }
  textarea[aria-invalid='true'] {
    border-color: var(--aftercare-danger);
  }
  .hint {
    margin: 0.25rem 0 0;
    color: var(--aftercare-muted);
    font-size: 0.85rem;
  }
  .error {
    margin: 0.25rem 0 0;
    color: var(--aftercare-danger);
  }
  .actions {
    display: flex;
    justify-content: flex-end;
    gap: 0.5rem;
  }
  [part~='button'] {
    padding: 0.5rem 1rem;
    border: 1px solid var(--aftercare-accent);
    border-radius: calc(var(--aftercare-radius) / 2);
    background: transparent;
    color: var(--aftercare-accent);
    font: 600 0.95rem/1.2 var(--aftercare-font);
    cursor: pointer;
  }
  [part~='button'].primary {
    background: var(--aftercare-accent);
    color: var(--aftercare-accent-text);
  }
  [part~='button']:disabled {
    opacity: 0.6;
    cursor: progress;
  }
  :focus-visible {
    outline: 2px solid var(--aftercare-accent);
    outline-offset: 2px;
  }
`;
