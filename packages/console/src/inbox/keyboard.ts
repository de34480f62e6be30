/**
 * The inbox's keyboard shortcuts, pure: which action a key press means.
 * Keys typed into a field, or pressed with a modifier, are never shortcuts.
 */

/** What a shortcut does. */
export type InboxAction = 'next' | 'previous' | 'open' | 'resolve' | 'search';

const KEYS: Record<string, InboxAction> = {
  j: 'next',
  ArrowDown: 'next',
  k: 'previous',
  ArrowUp: 'previous',
  Enter: 'open',
  o: 'open',
  e: 'resolve',
  '/': 'search',
};

/** True when the event's target (through shadow roots) takes text. */
export function isTyping(event: Event): boolean {
  const target = event.composedPath()[0];
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit'].includes(target.type);
  return false;
}

/**
 * The action of a key press, or undefined when it is not a shortcut here.
 *
 * @example
 * document.addEventListener('keydown', (e) => { const action = inboxAction(e); … });
 */
export function inboxAction(event: KeyboardEvent): InboxAction | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return undefined;
  if (isTyping(event)) return undefined;
  // Enter on a link or button already does what that control says.
  if (event.key === 'Enter') {
    const target = event.composedPath()[0];
    if (target instanceof HTMLAnchorElement || target instanceof HTMLButtonElement) return undefined;
  }
  return Object.hasOwn(KEYS, event.key) ? KEYS[event.key] : undefined;
}
