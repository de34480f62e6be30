/**
 * Theme tokens: the CSS custom properties a host page sets on
 * `aftercare-widget { … }` to restyle the widget. The defaults live on `:host`,
 * so any rule from the page wins over them.
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
    --aftercare-text: #1d2330;
    --aftercare-muted: #5b6375;
    --aftercare-danger: #b3261e;
    --aftercare-radius: 10px;
    --aftercare-font: system-ui, -apple-system, 'Segoe UI', Roboto, 'PingFang SC',
      'Hiragino Sans GB', 'Microsoft YaHei', sans-serif;
    --aftercare-z-index: 2147483000;
  }
`;
