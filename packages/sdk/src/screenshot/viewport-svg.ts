/**
 * The SVG image of the stylesheet-copy rasteriser (own-rasterise.ts): the
 * viewport clone (viewport-clone.ts) and the page's CSS (page-css.ts) in one
 * `<svg>` the size of the viewport, so media queries, `vh` and percentages
 * of the root resolve as in the page. The clone is moved by the page's
 * scroll inside a frame that stands for the initial containing block; fixed
 * elements are placed against the SVG's viewport, as in the page.
 */
import type { PendingImage } from './clone-state.js';
import { dataUrlOf } from './data-urls.js';
import { escapeXml, serializeClone, setStyle } from './inline-style.js';
import { embedCssUrls, readPageCss, type SheetCopies } from './page-css.js';
import { cloneViewport } from './viewport-clone.js';

/** The SVG markup, and how to draw it. */
export interface ViewportSvg {
  svg: string;
  width: number;
  height: number;
  /** The colour of the page's canvas (the root's or the body's background), when it has one. */
  background: string | undefined;
  /** True when web fonts are embedded (Chromium needs a task after decoding to use them). */
  fonts: boolean;
}

/**
 * Builds the SVG image of what the viewport shows, leaving out (as empty
 * space) every element `exclude` matches, reading unreadable stylesheets
 * from their `copies`. Throws `UnreadableStylesheet`
 * (page-css.ts) when a stylesheet cannot be read.
 *
 * @example
 * const { svg } = await viewportSvg((element) => element.localName === 'aftercare-widget');
 */
export async function viewportSvg(exclude: (element: Element) => boolean, copies?: SheetCopies): Promise<ViewportSvg> {
  const html = document.documentElement;
  const width = html.clientWidth;
  const height = html.clientHeight;
  const scroll = { x: window.scrollX, y: window.scrollY };
  const pageCss = readPageCss(document, copies);
  const clone = await cloneViewport({ exclude, viewport: { width, height }, movers: pageCss.movers });
  const background = rootBackground();
  const rootAttributes = [...html.attributes].filter((a) => a.name === 'class' || a.name === 'lang' || a.name === 'dir' || a.name.startsWith('data-'));
  const fontSize = getComputedStyle(html).fontSize;
  const [css] = await Promise.all([embedCssUrls(pageCss, clone.root), embedImages(clone.images)]);

  const frame = clone.root.ownerDocument.createElement('aftercare-frame');
  // The frame stands for the initial containing block, moved by the page's scroll; what `<html>` inherits from it is initial.
  setStyle(frame, `all:initial;display:block;position:relative;left:${-scroll.x}px;top:${-scroll.y}px;width:${width}px;height:${height}px`);
  frame.append(clone.root);
  const attributes = rootAttributes.map((a) => ` ${a.name}="${escapeXml(a.value)}"`).join('');
  // Page rules for `svg` or `:root` reach this root too: what its layout needs is forced; `rem` needs the page root's font size.
  // Its other inherited styles stop at the frame.
  const rootStyle =
    `font-size:${fontSize}!important;display:inline!important;width:${width}px!important;height:${height}px!important;margin:0!important;padding:0!important;` +
    'border:0!important;transform:none!important;filter:none!important;opacity:1!important;visibility:visible!important;background:none!important;overflow:hidden!important';
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"${attributes} style="${rootStyle}">` +
    `<style>${escapeXml(css + clone.css)}</style><foreignObject x="0" y="0" width="${width}" height="${height}">` +
    `${serializeClone(frame)}</foreignObject></svg>`;
  return { svg, width, height, background, fonts: /@font-face/i.test(css) };
}

/** The colour the page paints its canvas with: the root's background, else the body's (CSS background propagation). */
function rootBackground(): string | undefined {
  for (const element of [document.documentElement, document.body]) {
    if (!element) continue;
    const colour = getComputedStyle(element).backgroundColor;
    if (!isTransparent(colour)) return colour;
  }
  return undefined;
}

function isTransparent(colour: string): boolean {
  return colour === 'transparent' || /^rgba\(.*,\s*0\)$/.test(colour) || /\/\s*0\)$/.test(colour);
}

async function embedImages(images: PendingImage[]): Promise<void> {
  await Promise.all(
    images.map(async ({ element, attribute, url }) => {
      const data = await dataUrlOf(url);
      if (data) element.setAttribute(attribute, data);
    }),
  );
}
