/**
 * Tests that the loader adopts calls a page queued before it loaded, through
 * the usual snippet `window.Aftercare = function () { (Aftercare.q = …).push(arguments) }`.
 * A file of its own: each test file gets a fresh page, and a page runs the loader once.
 */
import type { AftercareWidget } from './aftercare-widget.js';
import { waitFor } from './testing/assert.js';

interface Snippet {
  (...command: unknown[]): void;
  q?: IArguments[];
}

describe('cdn/aftercare.js with a queueing snippet', () => {
  it('replays calls made before the loader ran', async () => {
    const w = window as unknown as { Aftercare?: Snippet };
    const snippet: Snippet = function () {
      // Written the way pages paste it: a plain function pushing `arguments`.
      (snippet.q ??= []).push(arguments);
    };
    w.Aftercare = snippet;
    w.Aftercare('open');

    const script = document.createElement('script');
    script.src = '/__cdn__/aftercare.js';
    script.dataset.projectKey = 'pk_snippet';
    script.dataset.endpoint = 'https://support.test';
    document.head.append(script);

    const widget = await waitFor(() => document.querySelector<AftercareWidget>('aftercare-widget'), 'the widget');
    await waitFor(() => widget.shadowRoot?.querySelector('dialog[open]'), 'the open queued by the snippet');
  });
});
