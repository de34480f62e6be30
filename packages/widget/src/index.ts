/**
 * `@aftercare/widget`: the `<aftercare-widget>` element. Importing this entry
 * registers the tag; import `@aftercare/widget/element` for the class alone.
 *
 * @example
 * import '@aftercare/widget';
 * document.body.append(Object.assign(document.createElement('aftercare-widget'), {
 *   projectKey: 'pk_live_…',
 *   endpoint: 'https://support.example.com',
 * }));
 */
import './define.js';

export { AftercareWidget } from './aftercare-widget.js';
export { TAG_NAME } from './define.js';
export { ERROR_EVENT, SUBMITTED_EVENT } from './events.js';
export type { AftercareErrorDetail } from './events.js';
export type { Locale } from './i18n/locales.js';
export type { Messages } from './i18n/en.js';
