/**
 * Where the masked parts of the viewport are: every element the SDK's one
 * masking rule matches (in the document and in open shadow roots), measured
 * as boxes in viewport coordinates. A box covers the element's border box and
 * everything its content paints (text overflowing a narrow element, children
 * positioned outside it), so painting the boxes leaves none of it visible.
 */
import type { Masker } from '../privacy/mask.js';

/** A rectangle in CSS pixels, relative to the viewport's top-left corner. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Every element matching the masking rule's selector, in the document and in
 * every open shadow root (nested ones too). Descendants of a match are
 * included when they match themselves; they are covered either way.
 *
 * @example
 * const masked = findMaskedElements(document, createMasker());
 */
export function findMaskedElements(root: Document | ShadowRoot, masker: Masker): Element[] {
  const found: Element[] = [...root.querySelectorAll(masker.selector)];
  for (const shadow of openShadowRoots(root)) found.push(...shadow.querySelectorAll(masker.selector));
  return found;
}

/**
 * Open shadow roots under `root`, at any depth.
 *
 * @example
 * openShadowRoots(document).length; // how many open shadow trees the page has
 */
export function openShadowRoots(root: Document | ShadowRoot): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const pending: Array<Document | ShadowRoot> = [root];
  while (pending.length > 0) {
    const current = pending.pop()!;
    const walker = document.createTreeWalker(current, NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const shadow = (node as Element).shadowRoot;
      if (shadow) {
        roots.push(shadow);
        pending.push(shadow);
      }
    }
  }
  return roots;
}

/**
 * The boxes to paint over: for each masked element, the union of its border
 * box and the extent of its content (light DOM and, for a shadow host, its
 * shadow tree), grown by `pad` pixels for anti-aliased edges and clipped to
 * the viewport. Boxes entirely outside the viewport are left out.
 *
 * @example
 * const boxes = maskBoxes(findMaskedElements(document, masker), { width: innerWidth, height: innerHeight });
 */
export function maskBoxes(elements: readonly Element[], viewport: { width: number; height: number }, pad = 1): Box[] {
  const boxes: Box[] = [];
  for (const element of elements) {
    const extent = unionOf([element.getBoundingClientRect(), contentExtent(element), shadowExtent(element)]);
    if (!extent) continue;
    const box = clipBox(
      { x: extent.x - pad, y: extent.y - pad, width: extent.width + 2 * pad, height: extent.height + 2 * pad },
      viewport,
    );
    if (box) boxes.push(box);
  }
  return boxes;
}

/**
 * Clips a box to the viewport; `undefined` when nothing of it is inside.
 *
 * @example
 * clipBox({ x: -5, y: 10, width: 20, height: 5 }, { width: 100, height: 100 }); // { x: 0, y: 10, width: 15, height: 5 }
 */
export function clipBox(box: Box, viewport: { width: number; height: number }): Box | undefined {
  const left = Math.max(0, box.x);
  const top = Math.max(0, box.y);
  const right = Math.min(viewport.width, box.x + box.width);
  const bottom = Math.min(viewport.height, box.y + box.height);
  if (right <= left || bottom <= top) return undefined;
  return { x: left, y: top, width: right - left, height: bottom - top };
}

function contentExtent(element: Element): DOMRect | undefined {
  if (!element.firstChild) return undefined;
  const range = document.createRange();
  range.selectNodeContents(element);
  return range.getBoundingClientRect();
}

function shadowExtent(element: Element): DOMRect | undefined {
  const shadow = element.shadowRoot;
  if (!shadow?.firstChild) return undefined;
  const range = document.createRange();
  range.selectNodeContents(shadow);
  return range.getBoundingClientRect();
}

function unionOf(rects: Array<DOMRect | undefined>): Box | undefined {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const rect of rects) {
    // An empty rect (display: contents, an empty range) says nothing about where content is.
    if (!rect || (rect.width === 0 && rect.height === 0)) continue;
    left = Math.min(left, rect.left);
    top = Math.min(top, rect.top);
    right = Math.max(right, rect.right);
    bottom = Math.max(bottom, rect.bottom);
  }
  if (left === Infinity) return undefined;
  return { x: left, y: top, width: right - left, height: bottom - top };
}
