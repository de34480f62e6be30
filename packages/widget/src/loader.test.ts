/**
 * Tests of the script-tag loader, run as a classic script the way a page
 * loads it. web-test-runner.config.mjs serves a CDN layout under `/__cdn__/`:
 * from source by default, from the real build with `AFTERCARE_CDN=built`.
 */
import type { AftercareWidget } from './aftercare-widget.js';
import { assert, equal, waitFor } from './testing/assert.js';

interface Stub {
  (...command: unknown[]): unknown;
  q?: unknown[][];
}
const win = window as unknown as { Aftercare?: Stub };

/** Adds `<script src=/__cdn__/aftercare.js data-…>` and resolves once it ran. */
function addLoader(data: Record<string, string>): Promise<void> {
  const script = document.createElement('script');
  script.src = '/__cdn__/aftercare.js';
  Object.assign(script.dataset, data);
  const ran = new Promise<void>((resolve, reject) => {
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => reject(new Error('the loader did not load')));
  });
  document.head.append(script);
  return ran;
}

describe('cdn/aftercare.js', () => {
  it('mounts the widget from its data attributes and replays queued commands', async () => {
    await addLoader({ projectKey: 'pk_from_tag', endpoint: 'https://support.test', locale: 'zh-CN', theme: 'dark', position: 'bottom-left', collect: 'on-open' });
    assert(typeof win.Aftercare === 'function', 'window.Aftercare is installed');
    win.Aftercare('identify', { id: 'u_9', name: '李雷', email: 'lilei@example.com' });
    win.Aftercare('open');
    equal(win.Aftercare.q?.length, 2, 'calls queued before the widget loaded');

    const widget = await waitFor(() => document.querySelector<AftercareWidget>('aftercare-widget'), 'the widget');
    equal(widget.parentElement, document.body, 'mounted in');
    const attributes = ['project-key', 'endpoint', 'locale', 'theme', 'position', 'collect'].map((name) => widget.getAttribute(name)).join(' ');
    equal(attributes, 'pk_from_tag https://support.test zh-CN dark bottom-left on-open', 'attributes from data-*');
    const dialog = await waitFor(() => widget.shadowRoot?.querySelector('dialog[open]'), 'the queued open');
    assert(dialog.matches(':modal'), 'dialog is modal');
    equal(widget.shadowRoot?.querySelector('h2')?.textContent?.trim(), '提交反馈', 'rendered in zh-CN');
    equal(widget.shadowRoot?.querySelector<HTMLInputElement>('#name')?.value, '李雷', 'identify replayed');
  });

  it('runs commands directly once loaded: close, setLocale, setTheme, attachTo', async () => {
    const widget = await waitFor(() => document.querySelector<AftercareWidget>('aftercare-widget'), 'the widget');
    win.Aftercare?.('close');
    equal(widget.shadowRoot?.querySelector('dialog')?.open, false, 'dialog after Aftercare("close")');
    win.Aftercare?.('setLocale', 'en');
    win.Aftercare?.('setTheme', { mode: 'light', accent: '#0a7d4f' });
    await widget.updateComplete;
    equal(widget.shadowRoot?.querySelector('[part~="launcher"]')?.textContent?.trim(), 'Feedback', 'setLocale');
    equal(widget.getAttribute('theme'), 'light', 'setTheme mode');
    equal(getComputedStyle(widget.shadowRoot!.querySelector('[part~="launcher"]')!).backgroundColor, 'rgb(10, 125, 79)', 'setTheme token');

    const help = Object.assign(document.createElement('button'), { textContent: 'Help' });
    document.body.append(help);
    const detach = win.Aftercare?.('attachTo', help);
    equal(typeof detach, 'function', 'attachTo returns the detach function');
    help.click();
    await waitFor(() => widget.shadowRoot?.querySelector('dialog[open]'), 'opened by the attached trigger');
    win.Aftercare?.('close');
    (detach as () => void)();
    help.remove();
  });

  it('ignores unknown commands, and a second copy of the script stands down', async () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      win.Aftercare?.('selfDestruct');
    } finally {
      console.warn = warn;
    }
    equal(warnings[0], '[aftercare] unknown command: selfDestruct', 'warning');
    await addLoader({ projectKey: 'pk_second' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    equal(document.querySelectorAll('aftercare-widget').length, 1, 'widgets on the page');
  });
});
