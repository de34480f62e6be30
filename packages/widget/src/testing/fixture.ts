/**
 * Mounts `<aftercare-widget>` for a test and finds the parts of its shadow DOM.
 */
import '../define.js';
import type { AftercareWidget } from '../aftercare-widget.js';
import { TEST_ENDPOINT } from './fake-network.js';

/**
 * Creates a widget with the given attributes (a configured one by default),
 * appends it to the body and waits for its first render.
 */
export async function mount(attributes: Record<string, string> = {}): Promise<AftercareWidget> {
  const widget = document.createElement('aftercare-widget');
  const all = { 'project-key': 'pk_test_123', endpoint: TEST_ENDPOINT, locale: 'en', ...attributes };
  for (const [name, value] of Object.entries(all)) widget.setAttribute(name, value);
  document.body.append(widget);
  await widget.updateComplete;
  return widget;
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

/** Types a message the way a user does: set the value and fire `input`. */
export async function typeMessage(widget: AftercareWidget, text: string): Promise<void> {
  const textarea = part<HTMLTextAreaElement>(widget, 'textarea');
  textarea.value = text;
  textarea.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await widget.updateComplete;
}

/** Clicks the submit button and waits for the render that follows. */
export async function clickSend(widget: AftercareWidget): Promise<void> {
  part<HTMLButtonElement>(widget, 'button[type="submit"]').click();
  await widget.updateComplete;
}
