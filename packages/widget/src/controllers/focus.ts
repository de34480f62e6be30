/**
 * Focus helpers for the modal dialog: the element that really has focus
 * (through shadow roots), the keyboard-focusable elements of a subtree in tab
 * order (into nested shadow roots), and a Tab handler that keeps focus
 * cycling inside the dialog.
 */

const FOCUSABLE =
  'button:not(:disabled), input:not(:disabled):not([type="hidden"]), textarea:not(:disabled), select:not(:disabled), a[href], summary, [tabindex]:not([tabindex="-1"])';

/**
 * The focused element, looking into open shadow roots.
 *
 * @example
 * const before = deepActiveElement(); // the page's button that opened the dialog
 */
export function deepActiveElement(root: DocumentOrShadowRoot = document): Element | null {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * The elements Tab visits inside `root`, in order. Of a radio group only the
 * checked radio (or the first) is a stop, as in the browser.
 *
 * @example
 * tabStops(dialog)[0]?.focus();
 */
export function tabStops(root: ParentNode): HTMLElement[] {
  const out: HTMLElement[] = [];
  const groups = new Set<string>();
  for (const element of Array.from(root.querySelectorAll<HTMLElement>('*'))) {
    if (element.shadowRoot) {
      out.push(...tabStops(element.shadowRoot));
      continue;
    }
    if (!element.matches(FOCUSABLE) || !element.checkVisibility({ visibilityProperty: true })) continue;
    if (element instanceof HTMLInputElement && element.type === 'radio' && element.name) {
      const key = element.name;
      const group = Array.from(root.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(element.name)}"]`));
      const stop = group.find((radio) => radio.checked) ?? group[0];
      if (groups.has(key) || stop !== element) continue;
      groups.add(key);
    }
    out.push(element);
  }
  return out;
}

/**
 * Keeps Tab and Shift+Tab inside `container`: from the last stop to the first
 * and back. Returns true when it moved focus.
 *
 * @example
 * dialog.addEventListener('keydown', (e) => trapTab(e, dialog));
 */
export function trapTab(event: KeyboardEvent, container: HTMLElement): boolean {
  if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return false;
  const stops = tabStops(container);
  const first = stops[0];
  const last = stops.at(-1);
  if (!first || !last) return false;
  const root = container.getRootNode() as unknown as DocumentOrShadowRoot;
  const active = deepActiveElement(root);
  const inside = active !== null && stops.includes(active as HTMLElement);
  if (event.shiftKey && (active === first || !inside)) {
    last.focus();
  } else if (!event.shiftKey && (active === last || !inside)) {
    first.focus();
  } else {
    return false;
  }
  event.preventDefault();
  return true;
}
