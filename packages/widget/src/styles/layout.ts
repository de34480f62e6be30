/**
 * The widget's frame: the launcher, the modal dialog, and the isolation from
 * the host page. A shadow root already keeps the page's selectors out and the
 * widget's in; what still crosses the boundary is *inheritance*, so the two
 * top-level elements set every inherited property the page could have changed
 * on `aftercare-widget` (colour, font, spacing, direction, pointer events…).
 * Sizes are in px and em, never rem, so the page's root font size does not
 * matter. Adopted as a constructable stylesheet (Lit's `static styles`): no
 * `<style>` element, nothing a strict CSP blocks.
 */
import { css } from 'lit';

/**
 * Styles for the launcher and the dialog frame.
 *
 * @example
 * static override styles = [theme, layout, controls, views];
 */
export const layout = css`
  :host {
    display: contents;
  }
  [hidden] {
    display: none !important;
  }
  .launcher,
  dialog {
    color: var(--aftercare-text);
    font: 400 var(--aftercare-font-size) / 1.45 var(--aftercare-font);
    font-kerning: auto;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    text-decoration: none;
    white-space: normal;
    word-break: normal;
    overflow-wrap: break-word;
    hyphens: manual;
    direction: ltr;
    writing-mode: horizontal-tb;
    visibility: visible;
    cursor: auto;
    pointer-events: auto;
    user-select: auto;
    caret-color: auto;
    quotes: auto;
    tab-size: 8;
    list-style: disc outside;
    border-collapse: separate;
    -webkit-text-fill-color: currentColor;
    -webkit-text-stroke: 0;
    accent-color: var(--aftercare-accent);
    color-scheme: var(--aftercare-scheme);
    box-sizing: border-box;
    opacity: 1;
    filter: none;
  }
  .launcher {
    position: fixed;
    inset: auto var(--aftercare-offset) var(--aftercare-offset) auto;
    z-index: var(--aftercare-z-index);
    display: inline-block;
    margin: 0;
    padding: 0.65em 1.2em;
    border: 0;
    border-radius: 999px;
    background: var(--aftercare-accent);
    color: var(--aftercare-accent-text);
    font-weight: 600;
    box-shadow: 0 4px 14px rgb(0 0 0 / 0.25);
    cursor: pointer;
  }
  :host([position='bottom-left']) .launcher {
    inset: auto auto var(--aftercare-offset) var(--aftercare-offset);
  }
  :host([position='top-right']) .launcher {
    inset: var(--aftercare-offset) var(--aftercare-offset) auto auto;
  }
  :host([position='top-left']) .launcher {
    inset: var(--aftercare-offset) auto auto var(--aftercare-offset);
  }
  .launcher[aria-busy='true'] {
    cursor: progress;
  }
  dialog {
    width: min(30em, calc(100vw - 2em));
    max-height: calc(100vh - 2em);
    margin: auto;
    padding: 1.25em;
    overflow: hidden;
    border: 1px solid var(--aftercare-border);
    border-radius: var(--aftercare-radius);
    background: var(--aftercare-surface);
    box-shadow: 0 12px 40px rgb(0 0 0 / 0.3);
  }
  dialog[open] {
    display: flex;
    flex-direction: column;
    gap: 0.9em;
  }
  /* Header and actions stay in view; the middle scrolls. The padding keeps focus rings unclipped. */
  dialog > .body {
    flex: 1 1 auto;
    min-height: 0;
    margin: -4px;
    padding: 4px;
    overflow: auto;
  }
  dialog.wide {
    width: min(52em, calc(100vw - 2em));
  }
  dialog:not([open]) {
    display: none;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  @media (prefers-reduced-motion: no-preference) {
    dialog[open] {
      animation: aftercare-in 160ms ease-out;
    }
    .launcher {
      transition: transform 120ms ease-out;
    }
    .launcher:hover {
      transform: translateY(-1px);
    }
  }
  @keyframes aftercare-in {
    from {
      opacity: 0;
      transform: translateY(8px);
    }
  }
  :focus-visible {
    outline: 3px solid var(--aftercare-accent);
    outline-offset: 2px;
  }
  .launcher:focus-visible {
    outline-color: var(--aftercare-text);
  }
`;
