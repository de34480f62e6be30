/**
 * The one masking rule of the SDK: an element is masked when it, or an
 * ancestor (across shadow roots), carries `data-aftercare-mask`, is a password
 * or payment-card input, or matches a selector the host app adds. Breadcrumbs
 * and console use it now; the screenshot capture paints masked elements over.
 */

/** The attribute that masks an element and everything inside it. */
export const MASK_ATTRIBUTE = 'data-aftercare-mask';

/** Selectors masked by default. */
export const DEFAULT_MASK_SELECTORS: readonly string[] = [
  `[${MASK_ATTRIBUTE}]`,
  'input[type="password" i]',
  'input[autocomplete^="cc-" i]',
];

/** Options for {@link createMasker}. */
export interface MaskOptions {
  /** Selectors masked in addition to {@link DEFAULT_MASK_SELECTORS}. */
  selectors?: readonly string[];
}

/** A compiled masking rule. */
export interface Masker {
  /** The full selector list, comma-joined. */
  readonly selector: string;
  /** True when the node (or its parent element, for text) is masked. */
  isMasked(node: Node): boolean;
}

/**
 * Builds the masking rule. Throws a `SyntaxError` at once for an invalid
 * selector, so a typo fails loudly instead of silently masking nothing.
 *
 * @example
 * const masker = createMasker({ selectors: ['.credit-card', '#ssn'] });
 * masker.isMasked(document.querySelector('#ssn')!); // true
 */
export function createMasker(options: MaskOptions = {}): Masker {
  const selector = [...DEFAULT_MASK_SELECTORS, ...(options.selectors ?? [])].join(', ');
  const doc = (globalThis as { document?: Document }).document;
  if (doc) doc.createDocumentFragment().querySelector(selector);
  return {
    selector,
    isMasked(node) {
      let element: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
      while (element) {
        if (element.closest(selector)) return true;
        const root = element.getRootNode();
        element = root && 'host' in root ? (root as ShadowRoot).host : null;
      }
      return false;
    },
  };
}

let defaultMasker: Masker | undefined;

/**
 * True when an element is masked by the default rule plus `selectors`.
 *
 * @example
 * if (isMasked(element)) paintOver(element);
 */
export function isMasked(node: Node, selectors?: readonly string[]): boolean {
  if (selectors?.length) return createMasker({ selectors }).isMasked(node);
  defaultMasker ??= createMasker();
  return defaultMasker.isMasked(node);
}
