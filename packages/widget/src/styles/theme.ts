/**
 * Theme tokens: the CSS custom properties a host page sets on
 * `aftercare-widget { … }` to restyle the widget, with light and dark
 * defaults. The defaults live on `:host`, so any rule from the page wins over
 * them. `theme="auto"` (the default) follows `prefers-color-scheme`;
 * `theme="light"` and `theme="dark"` force one. Every default pair of text and
 * background colours meets WCAG AA (4.5:1) in both themes.
 */
import { css } from 'lit';

/**
 * The default theme tokens.
 *
 * @example
 * // in the host page's CSS
 * aftercare-widget { --aftercare-accent: #0a7d4f; --aftercare-radius: 4px; }
 */
export const theme = css`
  :host {
    --aftercare-accent: #3050d8;
    --aftercare-accent-text: #ffffff;
    --aftercare-surface: #ffffff;
    --aftercare-surface-2: #f1f3f8;
    --aftercare-text: #1d2330;
    --aftercare-muted: #545c6e;
    --aftercare-border: #767f92;
    --aftercare-danger: #b3261e;
    --aftercare-radius: 10px;
    --aftercare-font: system-ui, -apple-system, 'Segoe UI', Roboto, 'PingFang SC', 'Hiragino Sans GB',
      'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif;
    --aftercare-font-size: 15px;
    --aftercare-z-index: 2147483000;
    --aftercare-offset: 16px;
    --aftercare-scheme: light;
  }
  :host([theme='dark']) {
    --aftercare-accent: #9fb1ff;
    --aftercare-accent-text: #0d1020;
    --aftercare-surface: #1b1f29;
    --aftercare-surface-2: #262b37;
    --aftercare-text: #eceef4;
    --aftercare-muted: #b1b8c7;
    --aftercare-border: #8a92a3;
    --aftercare-danger: #ffb4ab;
    --aftercare-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --aftercare-accent: #9fb1ff;
      --aftercare-accent-text: #0d1020;
      --aftercare-surface: #1b1f29;
      --aftercare-surface-2: #262b37;
      --aftercare-text: #eceef4;
      --aftercare-muted: #b1b8c7;
      --aftercare-border: #8a92a3;
      --aftercare-danger: #ffb4ab;
      --aftercare-scheme: dark;
    }
  }
`;
