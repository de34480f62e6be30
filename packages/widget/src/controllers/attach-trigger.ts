/**
 * Makes an element of the host page open the widget's dialog (the page's own
 * "Help" button): a click opens it, the element says it opens a dialog
 * (`aria-haspopup`), and focus returns to it on close.
 */

/**
 * Attaches `open` to the element (or the first match of a selector). Returns
 * the function that undoes it, restoring the element's own `aria-haspopup`.
 *
 * @example
 * const detach = attachTrigger('#help', (trigger) => widget.open(trigger));
 */
export function attachTrigger(target: Element | string, open: (trigger: HTMLElement) => void): () => void {
  const element = typeof target === 'string' ? document.querySelector(target) : target;
  if (!(element instanceof HTMLElement)) throw new Error(`[aftercare] attachTo: no element for ${String(target)}`);
  const onClick = (event: Event) => {
    event.preventDefault();
    open(element);
  };
  element.addEventListener('click', onClick);
  const hadPopup = element.getAttribute('aria-haspopup');
  element.setAttribute('aria-haspopup', 'dialog');
  return () => {
    element.removeEventListener('click', onClick);
    if (hadPopup === null) element.removeAttribute('aria-haspopup');
    else element.setAttribute('aria-haspopup', hadPopup);
  };
}
