/**
 * The script-tag loader, built to `cdn/aftercare.js` as a classic script (IIFE).
 * It reads its configuration from its own `<script data-…>` attributes,
 * installs `window.Aftercare(command)` at once (calls are queued), then loads
 * `aftercare-widget.js` from next to itself, mounts the element and replays
 * the queue. It must stay tiny and free of runtime imports: only types are
 * imported, and they vanish at build time.
 *
 * @example
 * <script async src="https://cdn.example.com/aftercare.js"
 *   data-project-key="pk_live_…" data-endpoint="https://support.example.com"></script>
 * <button onclick="Aftercare('open')">Help</button>
 */
import type { AftercareWidget } from './aftercare-widget.js';

/** A call made to `window.Aftercare`, e.g. `['open']`. */
type Command = unknown[];

/** `window.Aftercare`: queues commands until the widget is mounted. A `q` array marks a stub. */
interface AftercareGlobal {
  (...command: Command): void;
  q?: ArrayLike<ArrayLike<unknown>>;
  /** Set on the stub this loader installs, so a second copy of the script stands down. */
  loading?: true;
}

// Wrapped so nothing leaks into the page's global scope, even when served unbundled.
(() => {
  const win = window as unknown as { Aftercare?: AftercareGlobal };
  // Only readable while this script runs for the first time, never later.
  const script = document.currentScript as HTMLScriptElement | null;

  /** Runs one command against the mounted element. */
  function run(widget: AftercareWidget, command: Command): void {
    const [name] = command;
    if (name === 'open') void widget.open();
    else if (name === 'close') widget.close();
    else console.warn(`[aftercare] unknown command: ${String(name)}`);
  }

  /** Resolves once `document.body` exists (the loader may run from `<head>`). */
  function bodyReady(): Promise<HTMLElement> {
    if (document.body) return Promise.resolve(document.body);
    return new Promise((resolve) => {
      document.addEventListener('DOMContentLoaded', () => resolve(document.body), { once: true });
    });
  }

  function install(config: HTMLScriptElement): void {
    const existing = win.Aftercare;
    // The live API (no queue) or our own stub: the loader already ran on this page.
    if (existing && (!existing.q || existing.loading)) return;
    // Adopt calls queued by a snippet the page defined before this script loaded.
    const queue: Command[] = Array.from(existing?.q ?? [], (args) => Array.from(args));
    const stub: AftercareGlobal = (...command) => {
      queue.push(command);
    };
    stub.q = queue;
    stub.loading = true;
    win.Aftercare = stub;

    const widgetUrl = new URL('aftercare-widget.js', config.src).href;
    import(/* @vite-ignore */ widgetUrl)
      .then(bodyReady)
      .then((body) => {
        const widget = document.createElement('aftercare-widget');
        const { projectKey, endpoint, locale } = config.dataset;
        if (projectKey) widget.setAttribute('project-key', projectKey);
        if (endpoint) widget.setAttribute('endpoint', endpoint);
        if (locale) widget.setAttribute('locale', locale);
        body.append(widget);
        win.Aftercare = (...command) => run(widget, command);
        for (const command of queue.splice(0)) run(widget, command);
      })
      .catch((error: unknown) => {
        console.error('[aftercare] could not load the widget', error);
      });
  }

  if (script?.src) install(script);
  else console.error('[aftercare] load aftercare.js with a <script src> tag');
})();
