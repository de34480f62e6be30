/**
 * Mounts `<aftercare-widget>` for a test and finds the parts of its shadow DOM.
 */
import '../define.js';
import type { AftercareWidget } from '../aftercare-widget.js';
import { TEST_ENDPOINT } from './fake-network.js';
import { waitFor } from './assert.js';

/**
 * Creates a widget with the given attributes (a configured one by default),
 * appends it to the body and waits for its first render. Diagnostics start
 * when the dialog opens (`collect="on-open"`), so nothing runs in the
 * background of a test unless it asks for it.
 */
export async function mount(attributes: Record<string, string> = {}): Promise<AftercareWidget> {
  const widget = document.createElement('aftercare-widget');
  const all = { 'project-key': 'pk_test_123', endpoint: TEST_ENDPOINT, locale: 'en', collect: 'on-open', ...attributes };
  for (const [name, value] of Object.entries(all)) widget.setAttribute(name, value);
  document.body.append(widget);
  await widget.updateComplete;
  return widget;
}

/** A project key no other test uses: the SDK outbox (IndexedDB) is per project key and outlives a page. */
export function uniqueProjectKey(): string {
  return `pk_test_${crypto.randomUUID().slice(0, 8)}`;
}

/** Removes every mounted widget. */
export function unmountAll(): void {
  for (const widget of document.querySelectorAll('aftercare-widget')) widget.remove();
}

/** Finds one element in the widget's shadow root, or fails. */
export function part<E extends Element = HTMLElement>(widget: AftercareWidget, selector: string): E {
  const found = widget.shadowRoot?.querySelector<E>(selector);
  if (!found) throw new Error(`No ${selector} in the widget`);
  return found;
}

/** Waits for an element in the widget's shadow root. */
export function waitForPart<E extends Element = HTMLElement>(widget: AftercareWidget, selector: string, timeoutMs?: number): Promise<E> {
  return waitFor(() => widget.shadowRoot?.querySelector<E>(selector), selector, timeoutMs);
}

/** Sets a field's value the way a user does: set the value and fire `input`. */
export async function typeInto(widget: AftercareWidget, selector: string, text: string): Promise<void> {
  const field = part<HTMLInputElement | HTMLTextAreaElement>(widget, selector);
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await widget.updateComplete;
}

/** Types a message into the message field. */
export function typeMessage(widget: AftercareWidget, text: string): Promise<void> {
  return typeInto(widget, '#message', text);
}

/** Clicks the submit button and waits for the render that follows. */
export async function clickSend(widget: AftercareWidget): Promise<void> {
  part<HTMLButtonElement>(widget, 'button[type="submit"]').click();
  await widget.updateComplete;
}

/** The text of the sent view's heading, once it shows. */
export async function sentTitle(widget: AftercareWidget): Promise<string> {
  const title = await waitForPart(widget, '[role="status"] h2');
  return title.textContent?.trim() ?? '';
}
