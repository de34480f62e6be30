/**
 * Theme tokens: CSS custom properties set on `<aftercare-console>` and
 * inherited by every view inside it. Light by default, dark when the system
 * asks for it, and either when the agent picks one (`theme` attribute).
 */
import { css } from 'lit';

const light = css`
  --ac-bg: #f5f6f8;
  --ac-surface: #ffffff;
  --ac-surface-2: #eef0f4;
  --ac-border: #d7dbe3;
  --ac-text: #1b2130;
  --ac-muted: #5a6376;
  --ac-accent: #2f4fd6;
  --ac-accent-text: #ffffff;
  --ac-accent-soft: #e6ebff;
  --ac-danger: #b3261e;
  --ac-danger-soft: #fde8e6;
  --ac-warning: #8a5a00;
  --ac-warning-soft: #fff1d1;
  --ac-success: #17703d;
  --ac-success-soft: #ddf5e6;
  --ac-note: #fff8dc;
  --ac-note-border: #e7d48a;
  --ac-code-bg: #f1f3f7;
  color-scheme: light;
`;

const dark = css`
  --ac-bg: #11141b;
  --ac-surface: #191d27;
  --ac-surface-2: #222735;
  --ac-border: #343b4d;
  --ac-text: #e5e8f0;
  --ac-muted: #9aa3b8;
  --ac-accent: #8ea2ff;
  --ac-accent-text: #0d1020;
  --ac-accent-soft: #27305a;
  --ac-danger: #ff8a80;
  --ac-danger-soft: #47201f;
  --ac-warning: #ffc861;
  --ac-warning-soft: #3d3018;
  --ac-success: #6fd69a;
  --ac-success-soft: #173826;
  --ac-note: #302b17;
  --ac-note-border: #6b5d24;
  --ac-code-bg: #141821;
  color-scheme: dark;
`;

/**
 * The default tokens, for the root element's styles.
 *
 * @example
 * // in a page embedding the console
 * aftercare-console { --ac-accent: #0a7d4f; }
 */
export const tokens = css`
  :host {
    ${light}
    --ac-radius: 8px;
    --ac-font: system-ui, -apple-system, 'Segoe UI', Roboto, 'PingFang SC', 'Hiragino Sans GB',
      'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif;
    --ac-mono: ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'Noto Sans Mono CJK SC', monospace;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }
  :host([theme='dark']) {
    ${dark}
  }
`;
