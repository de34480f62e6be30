/**
 * What the stylesheet-copy rasteriser's clone reads from the live page's
 * layout: sizes and places, running animations, and which elements may
 * paint away from their ancestors' boxes.
 */

/**
 * The properties each running (or filling) animation and transition of the document changes, by element.
 *
 * @example
 * animatedProperties().get(spinner); // Set { 'transform' }
 */
export function animatedProperties(): Map<Element, Set<string>> {
  const found = new Map<Element, Set<string>>();
  if (typeof document.getAnimations !== 'function') return found;
  for (const animation of document.getAnimations()) {
    const effect = animation.effect;
    if (!(effect instanceof KeyframeEffect) || !effect.target || effect.pseudoElement) continue;
    let properties = found.get(effect.target);
    if (!properties) found.set(effect.target, (properties = new Set()));
    if (animation instanceof CSSTransition) properties.add(animation.transitionProperty);
    for (const keyframe of effect.getKeyframes()) {
      for (const key of Object.keys(keyframe)) {
        if (key === 'offset' || key === 'computedOffset' || key === 'easing' || key === 'composite') continue;
        properties.add(key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`));
      }
    }
  }
  return found;
}

const INLINE_MOVERS = ['[style*="position" i]', '[style*="transform" i]', '[style*="translate" i]'];

/**
 * The light-DOM elements the selectors match, and those styled inline that may move; `undefined` when a selector is invalid.
 *
 * @example
 * findMovers(readPageCss(document).movers);
 */
export function findMovers(selectors: readonly string[]): Element[] | undefined {
  const all = [...selectors, ...INLINE_MOVERS];
  try {
    return [...document.querySelectorAll(all.join(','))];
  } catch {
    // One selector this document cannot use (nesting, a stripped pseudo-element) spoils the list: measure everything instead.
    return undefined;
  }
}

/** The element's border-box size as laid out (before transforms). */
export function layoutSize(element: Element): { width: number; height: number } {
  const rect = element.getBoundingClientRect();
  // A transformed box's rect is its transformed bounds; its layout size is what the clone needs.
  if (element instanceof HTMLElement && getComputedStyle(element).transform !== 'none') return { width: element.offsetWidth, height: element.offsetHeight };
  return { width: rect.width, height: rect.height };
}

/**
 * Where a fixed-position `element` is placed from: the viewport, or the padding box of an ancestor that contains fixed boxes.
 *
 * @example
 * const origin = fixedOrigin(header); // { x: 0, y: 0 } unless an ancestor is transformed, filtered, contained…
 */
export function fixedOrigin(element: Element): { x: number; y: number } {
  for (let ancestor = composedParent(element); ancestor; ancestor = composedParent(ancestor)) {
    const style = getComputedStyle(ancestor);
    const contains =
      style.transform !== 'none' ||
      style.perspective !== 'none' ||
      style.filter !== 'none' ||
      style.backdropFilter !== 'none' ||
      /layout|paint|strict|content/.test(style.contain) ||
      /transform|perspective|filter/.test(style.willChange) ||
      style.containerType !== 'normal';
    if (contains) {
      const rect = ancestor.getBoundingClientRect();
      return { x: rect.left + ancestor.clientLeft, y: rect.top + ancestor.clientTop };
    }
  }
  return { x: 0, y: 0 };
}

function composedParent(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
