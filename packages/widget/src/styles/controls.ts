/**
 * Styles of what is inside the dialog: headings, fields, buttons, messages.
 * Fields and buttons use half the dialog's radius.
 */
import { css } from 'lit';

/**
 * Styles for headings, form controls and buttons.
 *
 * @example
 * static override styles = [theme, layout, controls, views];
 */
export const controls = css`
  h2 {
    margin: 0;
    font-size: 1.2em;
    line-height: 1.3;
  }
  h2:focus {
    outline: none;
  }
  h3 {
    margin: 0 0 0.4em;
    font-size: 1em;
  }
  p {
    margin: 0;
  }
  .bar {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.75em;
  }
  form,
  .stack {
    display: grid;
    gap: 0.9em;
  }
  fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em 1em;
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend,
  .label {
    display: block;
    margin-bottom: 0.3em;
    padding: 0;
    font-weight: 600;
  }
  .row {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 0.75em;
  }
  textarea,
  input[type='text'],
  input[type='email'] {
    box-sizing: border-box;
    width: 100%;
    padding: 0.45em 0.55em;
    border: 1px solid var(--aftercare-border);
    border-radius: calc(var(--aftercare-radius) / 2);
    background: var(--aftercare-surface);
    color: var(--aftercare-text);
    font: inherit;
  }
  textarea {
    min-height: 6.5em;
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--aftercare-danger);
    box-shadow: 0 0 0 1px var(--aftercare-danger);
  }
  .hint {
    margin-top: 0.2em;
    color: var(--aftercare-muted);
    font-size: 0.88em;
  }
  .error:not(:empty) {
    margin-bottom: 0.6em;
    padding: 0.5em 0.7em;
    border-left: 4px solid var(--aftercare-danger);
    border-radius: 2px;
    background: var(--aftercare-surface-2);
    color: var(--aftercare-text);
  }
  .check {
    display: flex;
    align-items: center;
    gap: 0.45em;
    min-height: 24px;
  }
  input[type='radio'],
  input[type='checkbox'] {
    width: 18px;
    height: 18px;
    margin: 3px;
    flex: none;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.5em;
  }
  .actions .start {
    margin-inline-end: auto;
  }
  [part~='button'] {
    padding: 0.5em 1em;
    border: 1px solid var(--aftercare-accent);
    border-radius: calc(var(--aftercare-radius) / 2);
    background: transparent;
    color: var(--aftercare-accent);
    font: 600 1em/1.2 var(--aftercare-font);
    cursor: pointer;
  }
  [part~='primary'] {
    background: var(--aftercare-accent);
    color: var(--aftercare-accent-text);
  }
  [part~='button']:disabled {
    opacity: 0.7;
    cursor: progress;
  }
  .link {
    padding: 0.2em 0;
    border: 0;
    background: none;
    color: var(--aftercare-accent);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
