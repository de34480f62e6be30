/**
 * Scrolled containers in the stylesheet-copy rasteriser's clone. An SVG
 * image cannot be told to scroll, but CSS can say where a scroll container
 * starts: a pseudo-element of the clone with `scroll-initial-target`, placed
 * at the live scroll offset, makes the container scroll there when the image
 * lays out. Content stays in its place in the paint order, which moving the
 * children would change (a moved child paints over positioned siblings).
 */
import { addStyle } from './inline-style.js';

/** The attribute the marker rule addresses a clone by. */
export const SCROLL_ATTRIBUTE = 'data-aftercare-scroll';

const IN_FLOW = new Set(['block', 'flow-root', 'list-item', 'inline-block', 'table-cell']);

/**
 * Makes `clone` open scrolled as `source` is: sets the attribute and returns
 * the marker rule to add to the SVG's styles; `undefined` when no pseudo-element
 * can serve (both are in use, or the box is static and lays its children out
 * as a flex or grid, where an in-flow marker would be an item), and the
 * caller must move the children instead.
 *
 * @example
 * const rule = scrollRule(list, clone, getComputedStyle(list), '0');
 */
export function scrollRule(source: Element, clone: Element, computed: CSSStyleDeclaration, key: string): string | undefined {
  const positioned = computed.position !== 'static';
  let pseudo: '::before' | '::after' | undefined;
  for (const candidate of positioned ? (['::after', '::before'] as const) : (['::before'] as const)) {
    const content = getComputedStyle(source, candidate).content;
    if (content === 'none' || content === 'normal') {
      pseudo = candidate;
      break;
    }
  }
  if (!pseudo || (!positioned && !IN_FLOW.has(computed.display))) return undefined;
  // A positioned box is the containing block of an absolute marker (offsets from its padding box, the scroll origin);
  // an in-flow marker starts at the content box, inside the padding.
  const top = positioned ? source.scrollTop : source.scrollTop - parseFloat(computed.paddingTop);
  const left = positioned ? source.scrollLeft : source.scrollLeft - parseFloat(computed.paddingLeft);
  clone.setAttribute(SCROLL_ATTRIBUTE, key);
  addStyle(clone, 'scroll-padding:0!important');
  return (
    `[${SCROLL_ATTRIBUTE}="${key}"]${pseudo}{all:initial!important;content:""!important;display:block!important;` +
    `position:${positioned ? 'absolute' : 'relative'}!important;top:${top}px!important;left:${left}px!important;width:0!important;height:0!important;` +
    'scroll-initial-target:nearest!important;scroll-snap-align:start start!important}'
  );
}
