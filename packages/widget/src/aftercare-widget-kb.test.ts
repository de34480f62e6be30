/**
 * Browser tests of the knowledge base in the widget: suggestions while the
 * reporter types (debounced), an article opened inside the widget and
 * sanitised, and "this solved it" closing the dialog and counting a
 * deflection — against a fake network edge.
 */
import type { AftercareDeflectedDetail } from './events.js';
import { assert, equal, includes, waitFor } from './testing/assert.js';
import { fakeNetwork, json, type FakeNetwork, type RecordedRequest } from './testing/fake-network.js';
import { mount, part, typeMessage, unmountAll, waitForPart } from './testing/fixture.js';

const HIT = { id: 'kb_1', title: 'Exporting invoices', snippet: 'Open Billing, then Export.', locale: 'en' };
const ARTICLE = {
  id: 'kb_1',
  title: 'Exporting invoices',
  locale: 'en',
  updatedAt: '2026-01-02T10:00:00.000Z',
  html: '<h1>Exporting invoices</h1><p onclick="window.pwned=true">Open <a href="https://help.example.com/billing">Billing</a>.</p><script>window.pwned=true</script><img src="x" onerror="window.pwned=true">',
};

function knowledgeBase(request: RecordedRequest): Response {
  if (request.path.startsWith('/v1/kb/search')) return json(200, { items: [HIT] });
  if (request.path === '/v1/kb/articles/kb_1') return json(200, ARTICLE);
  if (request.path === '/v1/kb/articles/kb_1/deflections') return new Response(null, { status: 204 });
  return json(404, { error: { code: 'not_found', message: 'no' } });
}

describe('<aftercare-widget> knowledge base', () => {
  let network: FakeNetwork | undefined;
  afterEach(() => {
    network?.restore();
    network = undefined;
    unmountAll();
  });

  it('suggests articles while typing, opens one inside the widget, and "this solved it" counts a deflection', async () => {
    network = fakeNetwork(knowledgeBase);
    const widget = await mount({ 'project-key': 'pk_kb' });
    const deflected: AftercareDeflectedDetail[] = [];
    widget.addEventListener('aftercare-deflected', (e) => deflected.push(e.detail));
    await widget.open();
    await typeMessage(widget, 'how do');
    await typeMessage(widget, 'how do I export');
    await typeMessage(widget, 'how do I export invoices');
    const link = await waitForPart<HTMLButtonElement>(widget, '.article-link');
    const searches = network.requests.filter((r) => r.path.startsWith('/v1/kb/search'));
    equal(searches.length, 1, 'one search for three quick keystrokes');
    const params = new URL(searches[0]!.url).searchParams;
    equal(`${params.get('q')}|${params.get('locale')}|${params.get('limit')}`, 'how do I export invoices|en|3', 'search parameters');
    equal(searches[0]!.headers.get('X-Aftercare-Key'), 'pk_kb', 'project key header');
    equal(link.textContent?.trim(), 'Exporting invoices', 'suggested title');
    includes(part(widget, '.suggestions').textContent, '1 help article might answer this.', 'announced in the live region');

    link.click();
    const body = await waitForPart(widget, '.article-body');
    equal(widget.shadowRoot?.activeElement?.id, 'title', 'focus on the article title');
    equal(part(widget, '#title').textContent?.trim(), 'Exporting invoices', 'article title');
    equal(body.querySelector('h3')?.textContent, 'Exporting invoices', 'article headings below the dialog title');
    equal(body.querySelector('a')?.getAttribute('target'), '_blank', 'links open outside');
    equal(body.querySelectorAll('script, img, [onclick]').length, 0, 'scripts, broken images and handlers dropped');
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert(!(window as unknown as { pwned?: boolean }).pwned, 'nothing from the article ran');

    part<HTMLButtonElement>(widget, 'button.back').click();
    await waitFor(() => widget.shadowRoot?.activeElement?.classList.contains('article-link'), 'focus back on the suggestion');
    equal(part<HTMLTextAreaElement>(widget, '#message').value, 'how do I export invoices', 'text kept');

    part<HTMLButtonElement>(widget, '.article-link').click();
    (await waitForPart<HTMLButtonElement>(widget, 'button.solved:not([disabled])')).click();
    await waitFor(() => deflected.length, 'the aftercare-deflected event');
    equal(JSON.stringify(deflected[0]), '{"articleId":"kb_1","query":"how do I export invoices"}', 'event detail');
    const deflection = network.requests.find((r) => r.path.endsWith('/deflections'));
    equal(deflection?.method, 'POST', 'deflection sent');
    equal(JSON.stringify(deflection?.body), '{"query":"how do I export invoices"}', 'deflection body');
    equal(part<HTMLDialogElement>(widget, 'dialog').open, false, 'dialog closed');
    await widget.open();
    equal(part<HTMLTextAreaElement>(widget, '#message').value, '', 'a fresh form next time');
  });

  it('redacts what is searched for, as in a report', async () => {
    network = fakeNetwork(knowledgeBase);
    const widget = await mount();
    await widget.open();
    await typeMessage(widget, 'card 4242 4242 4242 4242 declined, mail me at ann@example.com');
    await waitFor(() => network?.requests.length, 'the search');
    equal(new URL(network.requests[0]!.url).searchParams.get('q'), 'card [redacted:card] declined, mail me at [redacted:email]', 'query sent');
  });

  it('shows no suggestions and no error when the knowledge base does not answer', async () => {
    network = fakeNetwork(() => json(404, { error: { code: 'not_found', message: 'No such route' } }));
    const widget = await mount();
    await widget.open();
    await typeMessage(widget, 'export is broken');
    await waitFor(() => network?.requests.length, 'the search');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await widget.updateComplete;
    equal(widget.shadowRoot?.querySelectorAll('.article-link').length, 0, 'suggestions');
    equal(part(widget, '[role="alert"]').textContent?.trim(), '', 'error text');
  });
});
