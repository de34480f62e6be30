/**
 * Mounts the console (or one view) for a test, finds elements through the
 * nested shadow roots, and puts the page's URL and storage back afterwards.
 */
import '../define.js';
import type { AftercareConsole } from '../aftercare-console.js';
import { waitFor } from './assert.js';

const startUrl = location.href;

/** Creates `<aftercare-console>` with its base at `/console/`, at `path`, and waits for its first render. */
export async function mountConsole(path = '/console/'): Promise<AftercareConsole> {
  history.replaceState(null, '', path);
  const element = document.createElement('aftercare-console');
  document.body.append(element);
  await element.updateComplete;
  return element;
}

/** Removes every mounted element, and restores the URL and the storage. */
export function cleanUp(): void {
  document.body.replaceChildren();
  history.replaceState(null, '', startUrl);
  sessionStorage.clear();
  localStorage.clear();
}

/**
 * Finds an element through shadow roots: each selector is matched inside the
 * shadow root of the element found by the previous one.
 *
 * @example
 * deep(document, 'aftercare-console', 'ac-inbox', 'tbody tr');
 */
export function deep<E extends Element = HTMLElement>(root: ParentNode, ...selectors: string[]): E | null {
  let node: ParentNode | null = root;
  let found: Element | null = null;
  for (const selector of selectors) {
    found = node?.querySelector(selector) ?? null;
    if (!found) return null;
    node = found.shadowRoot ?? found;
  }
  return found as E | null;
}

/** Like {@link deep} for every match of the last selector. */
export function deepAll<E extends Element = HTMLElement>(root: ParentNode, ...selectors: string[]): E[] {
  const last = selectors.pop()!;
  const parent = selectors.length ? deep(root, ...selectors) : null;
  const scope: ParentNode | null = selectors.length ? (parent?.shadowRoot ?? parent) : root;
  return scope ? [...scope.querySelectorAll<E>(last)] : [];
}

/** Waits for an element found with {@link deep}. */
export function waitForDeep<E extends Element = HTMLElement>(root: ParentNode, ...selectors: string[]): Promise<E> {
  return waitFor(() => deep<E>(root, ...selectors), selectors.join(' >>> '));
}

/** Sets a field's value the way a user does, firing `input` and `change`. */
export function fill(field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}
