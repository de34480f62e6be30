/**
 * Styles of the screenshot editor (part of its lazy chunk). Colours come from
 * the widget's theme tokens, which inherit into the editor's shadow root.
 */
import { css } from 'lit';

/**
 * The editor's stylesheet.
 *
 * @example
 * static override styles = editorStyles;
 */
export const editorStyles = css`
  :host {
    display: grid;
    gap: 0.75em;
  }
  fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em 1em;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend,
  h3 {
    margin: 0 0 0.3em;
    padding: 0;
    font-size: 1em;
    font-weight: 600;
  }
  label {
    display: flex;
    align-items: center;
    gap: 0.4em;
  }
  canvas {
    display: block;
    width: auto;
    height: auto;
    max-width: 100%;
    max-height: 55vh;
    justify-self: center;
    border: 1px solid var(--aftercare-border);
    cursor: crosshair;
    touch-action: none;
  }
  canvas:focus-visible {
    outline: 3px solid var(--aftercare-accent);
    outline-offset: 2px;
  }
  .marks {
    display: grid;
    gap: 0.3em;
    margin: 0;
    padding-inline-start: 1.4em;
  }
  .marks li {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
  }
  .hint {
    margin: 0;
    color: var(--aftercare-muted);
  }
  .actions {
    display: flex;
    justify-content: flex-end;
    gap: 0.5em;
  }
  [part~='button'] {
    padding: 0.45em 0.9em;
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
    cursor: default;
  }
  :focus-visible {
    outline: 3px solid var(--aftercare-accent);
    outline-offset: 2px;
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
