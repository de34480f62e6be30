/**
 * Describes a clicked element for a breadcrumb: a short selector that stays
 * stable across page loads (ids, test ids, names, a couple of classes; no
 * generated ids or nth-child chains) and its accessible name, cut short.
 */

/** Attributes that name an element on purpose, in order of preference. */
const ANCHOR_ATTRIBUTES = ['data-testid', 'data-test', 'data-cy', 'name'] as const;
/** Elements a click is usually meant for; a click inside one is credited to it. */
const INTERACTIVE = 'a[href], button, input, select, textarea, summary, label, [role="button"], [role="link"], [role="menuitem"], [role="tab"], [role="checkbox"], [onclick]';

/** True for ids and classes that look generated (hashes, counters, framework ids). */
export function looksGenerated(token: string): boolean {
  return /\d{3,}|^[a-f0-9]{6,}$|^:r[0-9a-z]+:$|^(?:css|sc|jsx|emotion)-|__[a-zA-Z0-9]{5,}$/.test(token) || token.length > 40;
}

function cssEscape(value: string): string {
  const esc = (globalThis as { CSS?: { escape?: (v: string) => string } }).CSS?.escape;
  return esc ? esc(value) : value.replace(/[^a-zA-Z0-9_-]/g, (c) => `\\${c}`);
}

/** The element a click is credited to: the nearest interactive ancestor, or the target. */
export function clickTarget(element: Element): Element {
  return element.closest(INTERACTIVE) ?? element;
}

function segment(element: Element): { text: string; anchored: boolean } {
  const tag = element.tagName.toLowerCase();
  if (element.id && !looksGenerated(element.id)) return { text: `${tag}#${cssEscape(element.id)}`, anchored: true };
  for (const attr of ANCHOR_ATTRIBUTES) {
    const value = element.getAttribute(attr);
    if (value && value.length <= 60) return { text: `${tag}[${attr}="${value.replace(/"/g, '\\"')}"]`, anchored: true };
  }
  const classes = Array.from(element.classList)
    .filter((name) => !looksGenerated(name))
    .slice(0, 2)
    .map((name) => `.${cssEscape(name)}`)
    .join('');
  return { text: tag + classes, anchored: false };
}

/**
 * A short selector for an element: up to three levels, stopping at the
 * first ancestor with a stable id or test id.
 *
 * @example
 * stableSelector(saveButton); // 'form#checkout > button.primary'
 */
export function stableSelector(element: Element, maxLevels = 3): string {
  const parts: string[] = [];
  let current: Element | null = element;
  while (current && parts.length < maxLevels) {
    const { text, anchored } = segment(current);
    parts.unshift(text);
    if (anchored || current.tagName === 'BODY') break;
    current = current.parentElement;
  }
  return parts.join(' > ');
}

function collapse(text: string | null | undefined, max: number): string | undefined {
  const value = (text ?? '').replace(/\s+/g, ' ').trim();
  if (!value) return undefined;
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}

/**
 * A simplified accessible name: `aria-label`, `aria-labelledby`, associated
 * labels, `alt`, button-like input values, `title`, text content, `placeholder`.
 *
 * @example
 * accessibleName(document.querySelector('button')!); // 'Save changes'
 */
export function accessibleName(element: Element, max = 80): string | undefined {
  const label = element.getAttribute('aria-label');
  if (label?.trim()) return collapse(label, max);
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    const doc = element.ownerDocument;
    const text = labelledBy
      .split(/\s+/)
      .map((id) => doc.getElementById(id)?.textContent ?? '')
      .join(' ');
    if (text.trim()) return collapse(text, max);
  }
  const labels = (element as HTMLInputElement).labels;
  if (labels && labels.length > 0) return collapse(Array.from(labels, (l) => l.textContent).join(' '), max);
  if (element instanceof HTMLImageElement && element.alt) return collapse(element.alt, max);
  if (element instanceof HTMLInputElement) {
    if (['button', 'submit', 'reset'].includes(element.type)) return collapse(element.value || element.type, max);
    return collapse(element.getAttribute('title') ?? element.placeholder, max);
  }
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) {
    return collapse(element.getAttribute('title'), max);
  }
  return collapse(element.getAttribute('title'), max) ?? collapse(element.textContent, max);
}
