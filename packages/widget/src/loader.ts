/**
 * The script-tag loader, built to `cdn/aftercare.js` as a classic script (IIFE).
 * It reads its configuration from its own `<script data-…>` attributes,
 * installs `window.Aftercare(command, …args)` at once (calls are queued),
 * then loads `aftercare-widget.js` from next to itself, mounts the element
 * and replays the queue: `init` calls first, then the rest in order. It must
 * stay tiny and free of runtime imports: only types are imported, and they
 * vanish at build time. It uses no inline script, `eval` or inline style, so
 * it runs under a strict Content-Security-Policy.
 *
 * @example
 * <script async src="https://cdn.example.com/aftercare.js"
 *   data-project-key="pk_live_…" data-endpoint="https://support.example.com"></script>
 * <script src="/app.js"></script> <!-- Aftercare('identify', { name: 'Ann' }); Aftercare('open'); -->
 */
import type { AftercareWidget } from './aftercare-widget.js';

/** A call made to `window.Aftercare`, e.g. `['open']` or `['init', { … }]`. */
type Command = unknown[];

/** `window.Aftercare`: queues commands until the widget is mounted. A `q` array marks a stub. */
interface AftercareGlobal {
  (...command: Command): unknown;
  q?: ArrayLike<ArrayLike<unknown>>;
  /** Set on the stub this loader installs, so a second copy of the script stands down. */
  loading?: true;
}

// Wrapped so nothing leaks into the page's global scope, even when served unbundled.
(() => {
  /** Commands and the element method each one calls. */
  const METHODS: Record<string, keyof AftercareWidget> = {
    init: 'configure',
    open: 'open',
    close: 'close',
    identify: 'identify',
    setLocale: 'setLocale',
    setTheme: 'setTheme',
    attachTo: 'attachTo',
  };

  /** `data-*` attributes of the script tag copied to the element. */
  const ATTRIBUTES = ['project-key', 'endpoint', 'locale', 'theme', 'position', 'screenshot', 'collect', 'hide-launcher'];

  const win = window as unknown as { Aftercare?: AftercareGlobal };
  // Only readable while this script runs for the first time, never later.
  const script = document.currentScript as HTMLScriptElement | null;

  /** Runs one command against the mounted element; returns what the method returns. */
  function run(widget: AftercareWidget, [name, ...args]: Command): unknown {
    const key = String(name);
    const method = Object.hasOwn(METHODS, key) ? METHODS[key] : undefined;
    if (!method) {
      console.warn(`[aftercare] unknown command: ${String(name)}`);
      return undefined;
    }
    try {
      return (widget[method] as (...a: unknown[]) => unknown)(...args);
    } catch (error) {
      console.error(`[aftercare] ${String(name)} failed`, error);
      return undefined;
    }
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
        for (const name of ATTRIBUTES) {
          const value = config.getAttribute(`data-${name}`);
          if (value !== null) widget.setAttribute(name, value);
        }
        const commands = queue.splice(0);
        // Configuration first, so an `open` queued before `init` already has its settings.
        for (const command of commands) if (command[0] === 'init') run(widget, command);
        body.append(widget);
        win.Aftercare = (...command) => run(widget, command);
        for (const command of commands) if (command[0] !== 'init') run(widget, command);
      })
      .catch((error: unknown) => {
        console.error('[aftercare] could not load the widget', error);
      });
  }

  if (script?.src) install(script);
  else console.error('[aftercare] load aftercare.js with a <script src> tag');
})();
