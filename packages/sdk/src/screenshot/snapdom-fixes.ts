/**
 * Two snapdom plugins that make a viewport capture match what Chromium shows,
 * found by measurement (bench/capture.mjs, each worth about 0.3 % of the
 * pixels on the bench page):
 *
 * - snapdom pins fixed and sticky elements with a 1 px bleed up and left and
 *   2 px of extra width; a sticky header's content then lands 1 px off.
 *   {@link edgeBleedFix} undoes the bleed at the viewport's own edges.
 * - a text field keeping its native look has the UA's `2px inset` border in
 *   its computed style; copied into the clone that border counts as author
 *   styling and is painted as a bevel. {@link nativeTextFields} paints the
 *   native 1 px border instead.
 *
 * Both only touch the detached clone, never the page.
 */
import type { SnapdomPlugin } from '@zumer/snapdom';

/**
 * Undoes snapdom's 1 px bleed on elements pinned at the capture's top or left
 * edge (`scroll` is the page scroll at capture time: the clip's origin in the
 * clone), and its 2 px of extra width. Recognises pinned elements by the
 * inline style snapdom gives them; anything else is left alone.
 *
 * @example
 * snapdom(document.documentElement, { clip: 'viewport', plugins: [edgeBleedFix({ x: scrollX, y: scrollY })] });
 */
export function edgeBleedFix(scroll: { x: number; y: number }): SnapdomPlugin {
  return {
    name: 'aftercare-edge-bleed',
    afterClone(context) {
      const clone = context.clone;
      if (!clone) return;
      for (const element of clone.querySelectorAll<HTMLElement>('[style]')) {
        const style = element.style;
        if (style.position !== 'absolute' || style.right !== 'auto' || style.bottom !== 'auto' || style.boxSizing !== 'border-box') continue;
        let width = parseFloat(style.width) - 2;
        let height = parseFloat(style.height);
        if (!Number.isFinite(width) || !Number.isFinite(height)) continue;
        if (parseFloat(style.top) === scroll.y - 1) {
          style.top = `${scroll.y}px`;
          height -= 1;
        }
        if (parseFloat(style.left) === scroll.x - 1) {
          style.left = `${scroll.x}px`;
          width -= 1;
        }
        style.width = `${width}px`;
        style.height = `${height}px`;
      }
    },
  };
}

/**
 * Gives text fields that keep the browser's native look (`appearance` not
 * `none`, the UA's inset border) a native-looking 1 px border in the clone,
 * keeping their layout and their current value.
 *
 * @example
 * snapdom(element, { plugins: [nativeTextFields()] });
 */
export function nativeTextFields(): SnapdomPlugin {
  return {
    name: 'aftercare-native-text-fields',
    resolveNode(node) {
      if (node.localName !== 'input') return undefined;
      const input = node as HTMLInputElement;
      if (!TEXT_TYPES.has(input.type)) return undefined;
      const computed = getComputedStyle(input);
      if (computed.appearance === 'none' || computed.borderTopStyle !== 'inset') return undefined;
      const clone = input.cloneNode(false) as HTMLInputElement;
      clone.setAttribute('value', input.value);
      clone.style.setProperty('border-style', 'solid');
      clone.style.setProperty('border-color', computed.backgroundColor);
      clone.style.setProperty('outline', `1px solid ${computed.borderTopColor}`);
      clone.style.setProperty('outline-offset', '-1px');
      clone.style.setProperty('border-radius', '2px');
      return clone;
    },
  };
}

// Never password: its value must not reach the clone (it is masked, and so excluded, anyway).
const TEXT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', 'number']);
