/**
 * Tests that the loader adopts calls a page queued before it loaded, through
 * the usual snippet `window.Aftercare = function () { (Aftercare.q = …).push(arguments) }`,
 * configured by `Aftercare('init', …)` alone (no data attributes).
 * A file of its own: each test file gets a fresh page, and a page runs the loader once.
 */
import type { AftercareWidget } from './aftercare-widget.js';
import { equal, waitFor } from './testing/assert.js';

interface Snippet {
  (...command: unknown[]): void;
  q?: IArguments[];
}

describe('cdn/aftercare.js with a queueing snippet', () => {
  it('replays init, identify and open made before the loader ran (open queued before init too)', async () => {
    const w = window as unknown as { Aftercare?: Snippet };
    const snippet: Snippet = function () {
      // Written the way pages paste it: a plain function pushing `arguments`.
      (snippet.q ??= []).push(arguments);
    };
    w.Aftercare = snippet;
    w.Aftercare('open');
    w.Aftercare('init', {
      projectKey: 'pk_snippet',
      endpoint: 'https://support.test',
      locale: 'en',
      theme: { mode: 'dark', radius: '2px' },
      collect: 'on-open',
      messages: { en: { dialogTitle: 'Tell us' } },
    });
    w.Aftercare('identify', { id: 'u_1', email: 'ann@example.com' });

    const script = document.createElement('script');
    script.src = '/__cdn__/aftercare.js';
    document.head.append(script);

    const widget = await waitFor(() => document.querySelector<AftercareWidget>('aftercare-widget'), 'the widget');
    await waitFor(() => widget.shadowRoot?.querySelector('dialog[open]'), 'the open queued by the snippet');
    equal(`${widget.projectKey} ${widget.endpoint} ${widget.getAttribute('theme')}`, 'pk_snippet https://support.test dark', 'configured by init');
    equal(widget.style.getPropertyValue('--aftercare-radius'), '2px', 'theme token from init');
    equal(widget.shadowRoot?.querySelector('h2')?.textContent?.trim(), 'Tell us', 'string override from init');
    equal(widget.shadowRoot?.querySelector<HTMLInputElement>('#email')?.value, 'ann@example.com', 'identify replayed');
  });
});
