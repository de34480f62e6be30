/**
 * Inline styles of the clone, without writing `style` attributes. Under a
 * Content-Security-Policy whose `style-src` (or `style-src-attr`) lacks
 * `'unsafe-inline'`, setting a `style` attribute is refused and reported as
 * a violation, even on an element of an inert document made by
 * `createHTMLDocument` (tested in Chromium); the attributes `importNode`
 * copies are exempt. So the declarations the capture adds are kept beside
 * the clone, under a marker attribute whose name is unique to the clone's
 * document, and become `style` attributes only in the serialized markup,
 * which no policy checks: it is drawn as an image.
 */

interface Styles {
  /** The marker attribute: its value indexes `texts`. */
  mark: string;
  texts: string[];
}

const byDocument = new WeakMap<Document, Styles>();

function stylesOf(doc: Document): Styles {
  let styles = byDocument.get(doc);
  if (!styles) {
    // Unique per capture, so no attribute of the page can pass for it.
    const mark = `data-aftercare-style-${Math.random().toString(36).slice(2, 10)}`;
    byDocument.set(doc, (styles = { mark, texts: [] }));
  }
  return styles;
}

/**
 * Sets a clone's inline style (replacing what it had).
 *
 * @example
 * setStyle(frame, 'all:initial;display:block');
 */
export function setStyle(clone: Element, text: string): void {
  const { mark, texts } = stylesOf(clone.ownerDocument);
  const index = clone.getAttribute(mark);
  if (index !== null) {
    texts[Number(index)] = text;
    return;
  }
  clone.removeAttribute('style');
  clone.setAttribute(mark, String(texts.push(text) - 1));
}

/**
 * Appends declarations to a clone's inline style: what the page's element
 * had (copied with it), then what the capture added before.
 *
 * @example
 * addStyle(clone, 'overflow:visible!important');
 */
export function addStyle(clone: Element, declarations: string): void {
  const { mark, texts } = stylesOf(clone.ownerDocument);
  const index = clone.getAttribute(mark);
  const current = index === null ? clone.getAttribute('style') : texts[Number(index)];
  setStyle(clone, current ? `${current};${declarations}` : declarations);
}

/**
 * The clone as XML markup, with the inline styles set through this module
 * written as `style` attributes.
 *
 * @example
 * const markup = serializeClone(frame);
 */
export function serializeClone(root: Element): string {
  const markup = new XMLSerializer().serializeToString(root);
  const styles = byDocument.get(root.ownerDocument);
  if (!styles) return markup;
  return markup.replace(new RegExp(` ${styles.mark}="(\\d+)"`, 'g'), (_, index: string) => ` style="${escapeXml(styles.texts[Number(index)]!)}"`);
}

/**
 * Escapes text for an XML attribute value or element content.
 *
 * @example
 * `<style>${escapeXml(css)}</style>`;
 */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
