/**
 * Registers `<aftercare-widget>`. Safe to import more than once, and next to
 * another copy of the widget (the CDN bundle and an npm install on one page):
 * the first definition wins.
 */
import { AftercareWidget } from './aftercare-widget.js';

/** The tag name the widget is registered under. */
export const TAG_NAME = 'aftercare-widget';

if (!customElements.get(TAG_NAME)) {
  customElements.define(TAG_NAME, AftercareWidget);
}
