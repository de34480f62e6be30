/**
 * Tests of the script-tag loader, run as a classic script the way a page
 * loads it. web-test-runner.config.mjs serves a CDN layout under `/__cdn__/`:
 * from source by default, from the real build with `AFTERCARE_CDN=built`.
 */
import type { AftercareWidget } from './aftercare-widget.js';
import { assert, equal, waitFor } from './testing/assert.js';

interface Stub {
  (...command: unknown[]): void;
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
  it('mounts the widget from its data attributes and replays a queued open', async () => {
    await addLoader({ projectKey: 'pk_from_tag', endpoint: 'https://support.test', locale: 'zh-CN' });
    assert(typeof win.Aftercare === 'function', 'window.Aftercare is installed');
    win.Aftercare('open');
    equal(win.Aftercare.q?.length, 1, 'calls queued before the widget loaded');

    const widget = await waitFor(() => document.querySelector<AftercareWidget>('aftercare-widget'), 'the widget');
    equal(widget.parentElement, document.body, 'mounted in');
    equal(widget.getAttribute('project-key'), 'pk_from_tag', 'project-key');
    equal(widget.getAttribute('endpoint'), 'https://support.test', 'endpoint');
    equal(widget.getAttribute('locale'), 'zh-CN', 'locale');
    const dialog = await waitFor(() => widget.shadowRoot?.querySelector('dialog[open]'), 'the queued open');
    assert(dialog.matches(':modal'), 'dialog is modal');
    equal(widget.shadowRoot?.querySelector('h2')?.textContent?.trim(), '提交反馈', 'rendered in zh-CN');
  });

  it('drives the mounted widget, and a second copy of the script stands down', async () => {
    const widget = await waitFor(() => document.querySelector<AftercareWidget>('aftercare-widget'), 'the widget');
    win.Aftercare?.('close');
    equal(widget.shadowRoot?.querySelector('dialog')?.open, false, 'dialog after Aftercare("close")');
    await addLoader({ projectKey: 'pk_second' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    equal(document.querySelectorAll('aftercare-widget').length, 1, 'widgets on the page');
  });
});
