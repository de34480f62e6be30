/**
 * The events views send up to `<aftercare-console>`. All bubble and are
 * composed, so they cross the views' shadow roots.
 */

/** Detail of `ac-navigate`: where to go, and whether to replace the history entry. */
export interface NavigateDetail {
  href: string;
  replace: boolean;
}

/**
 * Asks the console to show another URL of its own.
 *
 * @example
 * this.dispatchEvent(navigateEvent('/console/tickets/t_1'));
 */
export function navigateEvent(href: string, replace = false): CustomEvent<NavigateDetail> {
  return new CustomEvent('ac-navigate', { detail: { href, replace }, bubbles: true, composed: true });
}

/** Detail of `ac-sign-in`: the token the agent entered. */
export interface SignInDetail {
  token: string;
}

/** The agent submitted a token. */
export function signInEvent(token: string): CustomEvent<SignInDetail> {
  return new CustomEvent('ac-sign-in', { detail: { token }, bubbles: true, composed: true });
}

/**
 * Asks the console to read the signed-in agent and its projects again (after
 * a project was renamed, or the agent's memberships changed).
 */
export function refreshMeEvent(): Event {
  return new Event('ac-refresh-me', { bubbles: true, composed: true });
}

declare global {
  interface HTMLElementEventMap {
    'ac-navigate': CustomEvent<NavigateDetail>;
    'ac-sign-in': CustomEvent<SignInDetail>;
  }
}
