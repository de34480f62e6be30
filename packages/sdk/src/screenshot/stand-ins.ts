/**
 * Boxes of the stylesheet-copy rasteriser's clone that stand in for live
 * ones: empty, hidden boxes of an element's live size (for what is off
 * screen or left out), and sticky elements pinned where they show (a clone
 * is never scrolled, so `position: sticky` would leave them where they start).
 */
import { addStyle, setStyle } from './inline-style.js';
import { placementStyleOf } from './computed-style.js';
import { fixedOrigin, layoutSize } from './live-layout.js';
import { EXCLUDED_ATTRIBUTE } from './page-css.js';

/** Attributes an excluded element's stand-in keeps: what styles it, never what it holds. */
const STYLING_ATTRIBUTES = ['class', 'id', 'style', 'type', 'size', 'cols', 'rows', 'width', 'height', 'dir', 'lang'];

/**
 * An empty, hidden box of the source's live size, in `doc`, that takes its
 * place in the layout. For an `excluded` element only its tag and styling
 * attributes are copied: none of its content, attributes or images ever
 * reaches the clone. `inline` for shadow and slotted elements, which page
 * rules do not style: what places the box is then written inline.
 *
 * @example
 * clone.append(standIn(inertDocument, offscreenCard, false, false));
 */
export function standIn(doc: Document, source: Element, inline: boolean, excluded: boolean): Element {
  let clone: Element;
  if (excluded) {
    clone = doc.createElementNS(source.namespaceURI, source.localName);
    for (const name of STYLING_ATTRIBUTES) {
      const value = source.getAttribute(name);
      // A style attribute written by hand would be refused under a strict CSP (inline-style.ts).
      if (value !== null) name === 'style' ? setStyle(clone, value) : clone.setAttribute(name, value);
    }
    // Marked, so that not even its stylesheet images are embedded (page-css.ts).
    clone.setAttribute(EXCLUDED_ATTRIBUTE, '');
  } else {
    clone = doc.importNode(source, false);
  }
  const computed = getComputedStyle(source);
  if (inline) setStyle(clone, placementStyleOf(computed));
  const { width, height } = layoutSize(source);
  let size =
    `width:${width}px!important;height:${height}px!important;box-sizing:border-box!important;min-width:0!important;min-height:0!important;` +
    'max-width:none!important;max-height:none!important;flex:none!important;visibility:hidden!important';
  // An inline box cannot be given a size: an inline-block on the text's bottom line stands in for it.
  if (computed.display === 'inline') size += ';display:inline-block!important;vertical-align:text-bottom!important';
  // A sticky element's stand-in keeps its place in the flow while its pinned clone shows.
  if (computed.position === 'sticky') size += ';position:relative!important';
  addStyle(clone, size);
  return clone;
}

/**
 * Makes a sticky element's clone fixed at its live place (relative to its
 * fixed-position containing block), out of the flow; returns the clone.
 *
 * @example
 * parent.append(pin(header, headerClone), standIn(inertDocument, header, false, false));
 */
export function pin(source: Element, clone: Element): Element {
  const rect = source.getBoundingClientRect();
  const origin = fixedOrigin(source);
  const { width, height } = layoutSize(source);
  addStyle(
    clone,
    `position:fixed!important;top:${rect.top - origin.y}px!important;left:${rect.left - origin.x}px!important;right:auto!important;bottom:auto!important;` +
      `width:${width}px!important;height:${height}px!important;box-sizing:border-box!important;margin:0!important`,
  );
  return clone;
}
