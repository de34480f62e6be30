/**
 * The moments a browser outbox tries again without waiting for its timer:
 * when the browser comes back `online` and when the page's visibility changes
 * (the user returns, or the page is being hidden and may not come back).
 */

/**
 * Calls `flush` on `online` and `visibilitychange`; returns the uninstaller.
 * Does nothing outside a browser.
 *
 * @example
 * const remove = installFlushTriggers(() => void outbox.flush());
 */
export function installFlushTriggers(flush: () => void): () => void {
  const win = (globalThis as { window?: Window }).window;
  const doc = (globalThis as { document?: Document }).document;
  if (!win || !doc) return () => {};
  const onChange = () => flush();
  win.addEventListener('online', onChange);
  doc.addEventListener('visibilitychange', onChange);
  return () => {
    win.removeEventListener('online', onChange);
    doc.removeEventListener('visibilitychange', onChange);
  };
}
