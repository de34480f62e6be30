/**
 * Computed styles written out as inline styles, for the elements the page's
 * stylesheets cannot style in the stylesheet-copy rasteriser's clone: shadow
 * content, shadow hosts and slotted elements (a flattened clone has no shadow
 * roots, and its selectors would no longer match). Each such element gets
 * `all: initial` and then every property whose computed value differs from
 * its initial value, all `!important`, so no page rule can reach it (short
 * of an `!important` page rule of higher specificity, for a rule the clone
 * shares among elements styled alike). This is
 * the costly part of the clone (hundreds of reads per element), so the
 * clone does it after its walk, in slices (viewport-clone.ts).
 */

let initialValues: Map<string, string> | undefined;

/**
 * Properties left out of inline styles: logical ones (their physical twins
 * carry the same computed values), and those a still picture does not show
 * or that would start moving in it (animations, transitions, scrolling,
 * interaction).
 */
const NOT_PAINTED =
  /^(?:--|animation|transition|scroll-|overscroll|view-transition|view-timeline|timeline-scope|anchor-|position-anchor|position-try|cursor$|pointer-events$|user-select$|-webkit-user-|touch-action$|will-change$|caret-|interactivity$|speak|(?:min-|max-)?(?:inline|block)-size$|(?:margin|padding|inset|border)-(?:inline|block)|border-(?:start|end)-(?:start|end)-radius$|contain-intrinsic-(?:inline|block)-size$|overflow-(?:inline|block)$)/;

/**
 * The initial value of every painted CSS property (see `NOT_PAINTED`),
 * read once per page from a probe element with `all: initial` (added to the
 * document for one read).
 *
 * @example
 * initial().get('display'); // 'inline'
 */
export function initial(): Map<string, string> {
  if (initialValues) return initialValues;
  const probe = document.createElement('aftercare-style-probe');
  probe.style.setProperty('all', 'initial', 'important');
  document.documentElement.append(probe);
  try {
    const computed = getComputedStyle(probe);
    const values = new Map<string, string>();
    for (let i = 0; i < computed.length; i++) {
      const name = computed[i]!;
      if (!NOT_PAINTED.test(name)) values.set(name, computed.getPropertyValue(name));
    }
    initialValues = values;
  } finally {
    probe.remove();
  }
  return initialValues;
}

/**
 * Properties whose value `getComputedStyle` gives as used pixels: the
 * computed value (`auto`, `50%`, the grid's own track list, a unitless line
 * height) is read from the typed OM instead, so the clone lays them out as
 * the page does rather than pinning rounded pixels (measured: 0.13 % of the
 * pixels off on `bench/capture.mjs --shadow-app` with pixels, 0.01 % without).
 */
const LAID_OUT = new Set([
  'width',
  'height',
  'top',
  'right',
  'bottom',
  'left',
  'margin-top',
  'margin-right',
  'margin-bottom',
  'margin-left',
  'grid-template-columns',
  'grid-template-rows',
  'line-height',
]);

/**
 * The inline style text that reproduces `computed` (the computed style of
 * `element`, or of its pseudo-element) on an element no rule matches:
 * `all:initial` and the painted properties that differ from their initial
 * values. A form control that keeps the browser's native look gets the
 * browser's styles back instead (`all:revert`) and no border or background:
 * written out, those would count as the page's and turn the look off.
 *
 * @example
 * setStyle(clone, inlineStyleOf(getComputedStyle(host), host));
 */
export function inlineStyleOf(computed: CSSStyleDeclaration, element?: Element): string {
  const native = element !== undefined && keepsNativeLook(element, computed);
  const typed = element && typeof element.computedStyleMap === 'function' ? element.computedStyleMap() : undefined;
  let text = native ? 'all:revert!important;' : 'all:initial!important;';
  for (const [name, initialValue] of initial()) {
    if (native && (name.startsWith('border') || name.startsWith('background'))) continue;
    const specified = typed && LAID_OUT.has(name) ? typed.get(name)?.toString() : undefined;
    const value = specified || computed.getPropertyValue(name);
    // Reverted to the browser's styles, a property equal to its initial value may still differ from the browser's.
    if (native || value !== initialValue) text += `${name}:${value}!important;`;
  }
  return text;
}

const TEXT_FIELD_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', 'number', 'password']);
/** The browser's border of a `<select>`, light and dark. */
const NATIVE_SELECT_BORDERS = new Set(['rgb(118, 118, 118)', 'rgb(133, 133, 133)']);

/** A text field or select still drawn by the browser: native appearance, and the browser's own border (the page set none). */
function keepsNativeLook(element: Element, computed: CSSStyleDeclaration): boolean {
  if (computed.appearance === 'none') return false;
  if ((element instanceof HTMLInputElement && TEXT_FIELD_TYPES.has(element.type)) || element instanceof HTMLTextAreaElement) {
    return computed.borderTopStyle === 'inset';
  }
  if (element instanceof HTMLSelectElement) {
    return computed.borderTopStyle === 'solid' && computed.borderTopWidth === '1px' && NATIVE_SELECT_BORDERS.has(computed.borderTopColor);
  }
  return false;
}

/** What places an empty box among its siblings: its size is pinned apart, and it shows nothing. */
const PLACEMENT = [
  'display',
  'position',
  'top',
  'right',
  'bottom',
  'left',
  'float',
  'clear',
  'margin-top',
  'margin-right',
  'margin-bottom',
  'margin-left',
  'border-top-width',
  'border-right-width',
  'border-bottom-width',
  'border-left-width',
  'border-top-style',
  'border-right-style',
  'border-bottom-style',
  'border-left-style',
  'vertical-align',
  'order',
  'align-self',
  'justify-self',
  'grid-row-start',
  'grid-row-end',
  'grid-column-start',
  'grid-column-end',
  'writing-mode',
  'direction',
];

/**
 * Inline style for an empty, hidden stand-in of a shadow or slotted element
 * (an off-screen or left-out one): `all:initial` and what places its box.
 *
 * @example
 * setStyle(placeholder, placementStyleOf(getComputedStyle(card)));
 */
export function placementStyleOf(computed: CSSStyleDeclaration): string {
  let text = 'all:initial!important;';
  for (const name of PLACEMENT) text += `${name}:${computed.getPropertyValue(name)}!important;`;
  return text;
}

/**
 * A rule for the element's `::before` and `::after`, when it has them,
 * addressed by an attribute the caller sets on the clone: `[attribute="key"]`.
 *
 * @example
 * const rule = pseudoRules(element, 'data-aftercare-pseudo', '3');
 */
export function pseudoRules(element: Element, attribute: string, key: string): string {
  let rules = '';
  for (const pseudo of ['::before', '::after'] as const) {
    const computed = getComputedStyle(element, pseudo);
    const content = computed.getPropertyValue('content');
    if (content === 'none' || content === 'normal' || content === '') continue;
    rules += `[${attribute}="${key}"]${pseudo}{${inlineStyleOf(computed)}}`;
  }
  return rules;
}

/** What `:link`, `:visited` and `:any-link` rules usually set (visited colours read as unvisited: the browser hides them). */
const LINK_PROPERTIES = [
  'color',
  'text-decoration-line',
  'text-decoration-color',
  'text-decoration-style',
  'text-decoration-thickness',
  'text-underline-offset',
  'background-color',
  'border-top-color',
  'border-right-color',
  'border-bottom-color',
  'border-left-color',
  'outline-color',
];

/**
 * Inline declarations for a link's clone: an SVG image matches no link
 * pseudo-class, so neither the browser's link styling nor the page's
 * `a:link` rules reach it; its computed values for what they set do.
 *
 * @example
 * addStyle(clone, linkStyleOf(getComputedStyle(anchor)));
 */
export function linkStyleOf(computed: CSSStyleDeclaration): string {
  return LINK_PROPERTIES.map((name) => `${name}:${computed.getPropertyValue(name)}!important`).join(';');
}

/**
 * Inline declarations that hold an animated element at its current values:
 * the clone's document would start its animations and transitions over.
 *
 * @example
 * addStyle(clone, frozenStyleOf(getComputedStyle(element), new Set(['opacity'])));
 */
export function frozenStyleOf(computed: CSSStyleDeclaration, properties: ReadonlySet<string>): string {
  let text = 'animation:none!important;transition:none!important';
  for (const name of properties) text += `;${name}:${computed.getPropertyValue(name)}!important`;
  return text;
}
