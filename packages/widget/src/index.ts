/**
 * `@aftercare/widget`: the `<aftercare-widget>` element. Importing this entry
 * registers the tag; import `@aftercare/widget/element` for the class alone.
 *
 * @example
 * import '@aftercare/widget';
 * const widget = Object.assign(document.createElement('aftercare-widget'), {
 *   projectKey: 'pk_live_…',
 *   endpoint: 'https://support.example.com',
 * });
 * document.body.append(widget);
 * widget.identify({ id: 'u_42', name: 'Ann Lee', email: 'ann@example.com' });
 */
import './define.js';

export { AftercareWidget } from './aftercare-widget.js';
export { TAG_NAME } from './define.js';
export { DEFLECTED_EVENT, ERROR_EVENT, QUEUED_EVENT, SUBMITTED_EVENT } from './events.js';
export type { AftercareDeflectedDetail, AftercareErrorDetail, AftercareQueuedDetail } from './events.js';
export type { Locale } from './i18n/locales.js';
export type { Messages } from './i18n/en.js';
export type { LocaleOverrides, MessageOverrides } from './i18n/overrides.js';
export type { IdentifiedUser } from './state/draft.js';
export type { LauncherPosition, ThemeMode, ThemeOptions, ThemeTokens, WidgetConfig } from './widget-config.js';
