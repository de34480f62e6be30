/**
 * The breadcrumb collector: the steps a user took before reporting.
 * Navigations (history `pushState` / `replaceState`, `popstate`,
 * `hashchange`) and clicks, described by a short stable selector and the
 * element's accessible name; a click on a masked element records no text.
 */
import type { Breadcrumb } from '../schemas/diagnostics.js';
import { accessibleName, clickTarget, stableSelector } from './describe-element.js';
import { patchMethod } from './patch.js';
import { createRingBuffer } from './ring-buffer.js';
import { defaultContext, isoNow, type Collector, type CollectorContext } from './types.js';

/** Options of the breadcrumb collector. */
export interface BreadcrumbCollectorOptions {
  /** Entries kept, newest last. Default 100. */
  max?: number;
  /** Record clicks. Default true. */
  clicks?: boolean;
  /** Record navigations. Default true. */
  navigation?: boolean;
}

/**
 * Creates the breadcrumb collector.
 *
 * @example
 * const crumbs = createBreadcrumbCollector({ max: 50 });
 * crumbs.install();
 */
export function createBreadcrumbCollector(
  options: BreadcrumbCollectorOptions = {},
  context: CollectorContext = defaultContext,
): Collector<Breadcrumb[]> {
  const buffer = createRingBuffer<Breadcrumb>(options.max ?? 100);
  const win = (globalThis as { window?: Window }).window;
  let cleanups: Array<() => void> = [];
  let lastUrl = '';

  function navigated(via: Extract<Breadcrumb, { type: 'navigation' }>['via']): void {
    const to = win?.location.href ?? '';
    if (to === lastUrl) return;
    // Browsers fire popstate before hashchange for a fragment change; call it what it is.
    const kind = via === 'popstate' && withoutHash(to) === withoutHash(lastUrl) ? 'hashchange' : via;
    buffer.push({ type: 'navigation', time: isoNow(context), via: kind, from: lastUrl, to });
    lastUrl = to;
  }

  function onClick(event: Event): void {
    const origin = event.composedPath()[0] ?? event.target;
    const start = origin instanceof Element ? origin : origin instanceof Node ? origin.parentElement : null;
    if (!start) return;
    const element = clickTarget(start);
    const masked = context.masker?.isMasked(element) ?? false;
    const name = masked ? undefined : accessibleName(element);
    buffer.push({
      type: 'click',
      time: isoNow(context),
      selector: stableSelector(element),
      ...(name ? { name } : {}),
      ...(masked ? { masked } : {}),
    });
  }

  function listen(type: string, listener: (event: Event) => void, capture = false): void {
    win!.addEventListener(type, listener, capture);
    cleanups.push(() => win!.removeEventListener(type, listener, capture));
  }

  return {
    install() {
      if (!win || cleanups.length > 0) return;
      lastUrl = win.location.href;
      if (options.navigation !== false) {
        for (const method of ['pushState', 'replaceState'] as const) {
          cleanups.push(
            patchMethod(win.history, method, (original) =>
              function (this: History, ...args: unknown[]) {
                const result: unknown = Reflect.apply(original, this, args);
                navigated(method);
                return result;
              },
            ),
          );
        }
        listen('popstate', () => navigated('popstate'));
        listen('hashchange', () => navigated('hashchange'));
      }
      // Capture phase: a click the app stops from propagating is still a step the user took.
      if (options.clicks !== false) listen('click', onClick, true);
    },
    uninstall() {
      for (const cleanup of cleanups) cleanup();
      cleanups = [];
    },
    collect() {
      const entries = buffer.toArray();
      return entries.length > 0 ? entries : undefined;
    },
    clear() {
      buffer.clear();
    },
  };
}

function withoutHash(url: string): string {
  const index = url.indexOf('#');
  return index === -1 ? url : url.slice(0, index);
}
