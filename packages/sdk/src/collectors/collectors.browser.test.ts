/**
 * The collectors on a real Chromium page: real console, real uncaught
 * errors, real fetch and XHR to the test server, real clicks and history.
 */
import { afterEach, assert, assertEqual, describe, it, waitFor } from '../../test-support/browser-assert.js';
import { createMasker } from '../privacy/mask.js';
import type { Breadcrumb, ConsoleEntry, ErrorEntry, NetworkEntry } from '../schemas/diagnostics.js';
import { sameOriginInApp } from '../stack/parse-stack.js';
import { createBreadcrumbCollector } from './breadcrumbs.js';
import { createConsoleCollector } from './console.js';
import { createEnvironmentCollector } from './environment.js';
import { createErrorCollector } from './errors.js';
import { createNetworkCollector } from './network.js';
import type { Collector, CollectorContext } from './types.js';

const context: CollectorContext = {
  now: () => Date.now(),
  masker: createMasker({ selectors: ['.private'] }),
  isInApp: sameOriginInApp(location.origin),
  ignoreUrl: (url) => url.startsWith(`${location.origin}/sdk-endpoint/v1/`),
};
const running: Array<Collector<unknown>> = [];
function start<T>(collector: Collector<T>): Collector<T> {
  collector.install();
  running.push(collector as Collector<unknown>);
  return collector;
}

afterEach(() => {
  for (const c of running.splice(0)) c.uninstall();
  document.body.innerHTML = '';
});

describe('console collector in Chromium', () => {
  it('records DOM nodes, masked nodes, cycles and errors safely', () => {
    const consoleLog = start(createConsoleCollector({}, context));
    document.body.innerHTML = '<button id="save" class="primary">Save</button><input type="password" id="pw">';
    const cyclic: Record<string, unknown> = { name: 'cart' };
    cyclic.self = cyclic;
    console.log('[probe]', document.getElementById('save'), document.getElementById('pw'), cyclic, new RangeError('r'));
    const entry = (consoleLog.collect() as ConsoleEntry[]).at(-1)!;
    assertEqual(entry.level, 'log');
    assertEqual(entry.args.slice(0, 4), ['[probe]', '<button#save.primary>', '<input#pw> [masked]', { name: 'cart', self: '[Circular]' }]);
    assert((entry.args[4] as { name: string }).name === 'RangeError', 'error serialised');
  });
});

describe('error collector in Chromium', () => {
  it('records a real uncaught error and an unhandled rejection with parsed frames', async () => {
    const errors = start(createErrorCollector({}, context));
    // Mocha fails a test on window.onerror; this test wants the error to be uncaught.
    const saved = window.onerror;
    window.onerror = () => true;
    const silence = (event: PromiseRejectionEvent) => event.preventDefault();
    window.addEventListener('unhandledrejection', silence);
    try {
      setTimeout(function thrower() {
        throw new TypeError('[probe] boom from the page');
      });
      void Promise.reject(new Error('[probe] rejected on purpose'));
      await waitFor(() => (errors.collect()?.length ?? 0) >= 2);
    } finally {
      window.onerror = saved;
      window.removeEventListener('unhandledrejection', silence);
    }
    const entries = errors.collect() as ErrorEntry[];
    const thrown = entries.find((e) => e.kind === 'error')!;
    assertEqual([thrown.type, thrown.message], ['TypeError', '[probe] boom from the page']);
    assert(thrown.source?.url?.includes('collectors.browser.test.ts'), `source url: ${thrown.source?.url}`);
    assert(typeof thrown.source?.line === 'number', 'source line');
    assertEqual(thrown.frames[0]?.function, 'thrower');
    assert(thrown.frames[0]?.inApp === true, 'same-origin frame is in-app');
    const rejected = entries.find((e) => e.kind === 'unhandledrejection')!;
    assertEqual([rejected.type, rejected.message], ['Error', '[probe] rejected on purpose']);
    assert(rejected.frames.length > 0, 'rejection has frames');
  });
});

describe('network collector in Chromium', () => {
  it('records real fetch and XHR calls, failed and not, and skips the SDK endpoint', async () => {
    const network = start(createNetworkCollector({ slowMs: 10_000 }, context));
    await fetch('/__missing__/fetch-404?token=abc');
    await fetch(location.href);
    await fetch('/sdk-endpoint/v1/reports').catch(() => undefined);
    await fetch('http://127.0.0.1:9/unreachable').catch(() => undefined);
    await new Promise<void>((resolve) => {
      const xhr = new XMLHttpRequest();
      xhr.open('DELETE', '/__missing__/xhr-404');
      xhr.addEventListener('loadend', () => resolve());
      xhr.send('body that must not be recorded');
    });
    const entries = await waitFor(() => {
      const list = network.collect() as NetworkEntry[] | undefined;
      return list && list.length >= 4 ? list : undefined;
    });
    const summary = entries.map((e) => [e.type, e.method, new URL(e.url).pathname, e.status, e.failed]);
    assertEqual(summary, [
      ['fetch', 'GET', '/__missing__/fetch-404', 404, true],
      ['fetch', 'GET', location.pathname, 200, false],
      ['fetch', 'GET', '/unreachable', 0, true],
      ['xhr', 'DELETE', '/__missing__/xhr-404', 404, true],
    ]);
    assert(entries[2]?.error?.startsWith('TypeError'), 'network error recorded');
    assert(!JSON.stringify(entries).includes('must not be recorded'), 'no bodies');
  });

  it('restores fetch and XHR on uninstall', () => {
    const fetchBefore = window.fetch;
    const openBefore = XMLHttpRequest.prototype.open;
    const sendBefore = XMLHttpRequest.prototype.send;
    const network = createNetworkCollector({}, context);
    network.install();
    assert(window.fetch !== fetchBefore && XMLHttpRequest.prototype.open !== openBefore, 'patched');
    network.uninstall();
    assert(window.fetch === fetchBefore, 'fetch restored');
    assert(XMLHttpRequest.prototype.open === openBefore && XMLHttpRequest.prototype.send === sendBefore, 'XHR restored');
  });
});

describe('breadcrumb collector in Chromium', () => {
  it('records navigations and clicks, with no text for masked elements', async () => {
    const crumbs = start(createBreadcrumbCollector({}, context));
    const startUrl = location.href;
    document.body.innerHTML = `
      <form id="checkout">
        <button class="primary btn-x12345" type="button"><span>Pay <b>now</b></span></button>
        <div data-aftercare-mask><button type="button" id="card-4111">4111 1111 1111 1111</button></div>
        <p class="private"><a href="#p">Ann Example</a></p>
        <label for="email">E-mail</label><input id="email" value="ann@example.com">
      </form>`;
    history.pushState({}, '', '?step=2');
    location.hash = 'details';
    await waitFor(() => (crumbs.collect() ?? []).length >= 2);
    history.replaceState({}, '', startUrl);
    document.querySelector<HTMLElement>('button.primary span b')!.click();
    document.querySelector<HTMLElement>('[data-aftercare-mask] button')!.click();
    document.querySelector<HTMLElement>('.private a')!.addEventListener('click', (e) => e.preventDefault());
    document.querySelector<HTMLElement>('.private a')!.click();
    document.querySelector<HTMLElement>('#email')!.click();
    const entries = crumbs.collect() as Breadcrumb[];
    const nav = entries.filter((e) => e.type === 'navigation').map((e) => e.type === 'navigation' && [e.via, new URL(e.to).search + new URL(e.to).hash]);
    assertEqual(nav, [
      ['pushState', '?step=2'],
      ['hashchange', '?step=2#details'],
      ['replaceState', new URL(startUrl).search],
    ]);
    const clicks = entries.filter((e) => e.type === 'click');
    assertEqual(clicks, [
      // Generated-looking classes and ids (btn-x12345, card-4111) are not stable: left out.
      { type: 'click', time: clicks[0]!.time, selector: 'form#checkout > button.primary', name: 'Pay now' },
      { type: 'click', time: clicks[1]!.time, selector: 'form#checkout > div > button', masked: true },
      { type: 'click', time: clicks[2]!.time, selector: 'form#checkout > p.private > a', masked: true },
      { type: 'click', time: clicks[3]!.time, selector: 'input#email', name: 'E-mail' },
    ]);
  });

  it('restores history on uninstall', () => {
    const push = history.pushState;
    const crumbs = createBreadcrumbCollector({}, context);
    crumbs.install();
    assert(history.pushState !== push, 'patched');
    crumbs.uninstall();
    assert(history.pushState === push, 'restored');
  });
});

describe('environment collector in Chromium', () => {
  it('describes the browser, with client hints once they arrive', async () => {
    const env = start(createEnvironmentCollector());
    const snapshot = await waitFor(() => {
      const value = env.collect();
      return value?.clientHints?.fullVersionList ? value : undefined;
    });
    assertEqual(snapshot.runtime, 'browser');
    assertEqual(snapshot.url, location.href);
    assertEqual(snapshot.viewport, { width: innerWidth, height: innerHeight });
    assert(snapshot.userAgent?.includes('Chrome'), 'user agent');
    assert(typeof snapshot.timeZone === 'string' && typeof snapshot.language === 'string', 'locale');
    assert(snapshot.clientHints?.brands?.some((b) => /Chrom/.test(b.brand)), 'brands');
    assert(snapshot.devicePixelRatio === devicePixelRatio && snapshot.online === navigator.onLine, 'dpr and online');
  });
});
