/**
 * A mark on the `RequestInit` of the SDK's own helper requests (the
 * screenshot module fetching the page's images, fonts and stylesheets to
 * embed them), so the network collector leaves them out: they are not the
 * page's traffic, and a capture of a page full of images would otherwise push
 * the requests a support engineer needs out of the log. `fetch` ignores the
 * extra key. Kept in its own module so the screenshot chunk does not bring the
 * collector along.
 *
 * @example
 * await fetch(url, internalRequest({ credentials: 'same-origin' }));
 */
export const INTERNAL_REQUEST: unique symbol = Symbol.for('aftercare.internal-request');

/** `init` marked as one of the SDK's own requests. */
export function internalRequest(init: RequestInit = {}): RequestInit {
  return Object.assign({ ...init }, { [INTERNAL_REQUEST]: true });
}

/** True when `init` carries the mark of {@link internalRequest}. */
export function isInternalRequest(init: RequestInit | undefined): boolean {
  return Boolean(init && (init as Record<symbol, unknown>)[INTERNAL_REQUEST]);
}
