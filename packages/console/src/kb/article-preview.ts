/**
 * The preview of a knowledge-base article, rendered by the server from
 * Markdown (raw HTML off, links and images limited to http(s), mailto and
 * relative URLs). It is shown the way the widget shows it, and still kept
 * apart from the console: the HTML goes into a sandboxed `<iframe srcdoc>`
 * without `allow-scripts` or `allow-same-origin`, under a Content Security
 * Policy that loads nothing but inline styles and images, so even markup
 * that slipped through could not run or reach the console and its token.
 */

/** The colours the preview borrows from the console's theme. */
export interface PreviewColours {
  text: string;
  background: string;
  link: string;
  border: string;
  code: string;
}

/**
 * What the preview's iframe allows: no scripts, no same origin (so no
 * access to the console), no forms; links open in a new tab, outside the
 * sandbox.
 */
export const PREVIEW_SANDBOX = 'allow-popups allow-popups-to-escape-sandbox';

/** Only images and inline styles may load inside the preview. */
export const PREVIEW_CSP = "default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'";

/** Keeps a theme colour to characters a CSS colour needs, so it cannot end the style. */
function colour(value: string, fallback: string): string {
  const text = value.trim();
  return /^[#(),.%\w\s-]{1,40}$/.test(text) ? text : fallback;
}

/**
 * The document shown in the preview's iframe (its `srcdoc`).
 *
 * @example
 * html`<iframe sandbox=${PREVIEW_SANDBOX} srcdoc=${previewDocument(article.html, colours, 'en')}></iframe>`
 */
export function previewDocument(articleHtml: string, colours: PreviewColours, lang: string): string {
  const c = {
    text: colour(colours.text, '#1b2130'),
    background: colour(colours.background, '#ffffff'),
    link: colour(colours.link, '#2f4fd6'),
    border: colour(colours.border, '#d7dbe3'),
    code: colour(colours.code, '#f1f3f7'),
  };
  const safeLang = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang) ? lang : 'en';
  return `<!doctype html><html lang="${safeLang}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${PREVIEW_CSP}">
<base target="_blank">
<style>
body{margin:0;padding:16px 20px;font:15px/1.6 system-ui,-apple-system,'Segoe UI',Roboto,'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif;color:${c.text};background:${c.background};overflow-wrap:anywhere}
a{color:${c.link}}img{max-width:100%}table{border-collapse:collapse}td,th{border:1px solid ${c.border};padding:4px 8px}
code,pre{font-family:ui-monospace,Menlo,Consolas,monospace;background:${c.code};border-radius:4px}pre{padding:8px;overflow:auto}code{padding:0 3px}
blockquote{margin:0;padding-left:12px;border-left:3px solid ${c.border}}
</style></head><body>${articleHtml}</body></html>`;
}
