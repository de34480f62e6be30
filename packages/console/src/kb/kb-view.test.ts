/**
 * Browser tests of the knowledge base inside the console: the list with
 * views and deflections, search and filters in the URL, a new draft, the
 * editor (unsaved changes, save, preview in a sandbox that runs nothing,
 * publish, the server's field errors, delete), drafting from a ticket, and
 * read-only for viewers. The network edge is faked (testing/fake-kb.ts).
 */
import { assert, equal, includes, waitFor } from '../testing/assert.js';
import { fakeApi, type FakeApi } from '../testing/fake-api.js';
import { HOSTILE_ARTICLE_HTML } from '../testing/fixtures-admin.js';
import { TOKEN, sampleDesk } from '../testing/fixtures.js';
import { cleanUp, deep, fill, mountConsole, waitForDeep } from '../testing/mount.js';
import { kbQuery } from './kb-list.js';

async function open(path: string, element: string): Promise<ShadowRoot> {
  sessionStorage.setItem('aftercare.console.token', TOKEN);
  await mountConsole(path);
  return (await waitForDeep(document, 'aftercare-console', element)).shadowRoot!;
}
const articles = (api: FakeApi) => api.requests.filter((r) => r.path.endsWith('/kb/articles') && r.method === 'GET');

describe('knowledge base', () => {
  let api: FakeApi;
  let realConfirm: typeof window.confirm;
  beforeEach(() => {
    api = fakeApi(sampleDesk());
    realConfirm = window.confirm;
    window.confirm = () => true;
  });
  afterEach(() => {
    window.confirm = realConfirm;
    api.restore();
    cleanUp();
    delete (window as { __pwned?: unknown }).__pwned;
  });

  it('sends only filters the server takes', () => {
    equal(new URLSearchParams(kbQuery(new URLSearchParams('q=r&status=gone&locale=<x>'))).toString(), 'limit=50', 'dropped');
    equal(new URLSearchParams(kbQuery(new URLSearchParams('q=refund&status=draft&locale=zh-CN'))).toString(), 'limit=50&q=refund&status=draft&locale=zh-CN', 'kept');
  });

  it('lists articles with status, views and deflections; searches and filters through the URL', async () => {
    const root = await open('/console/kb', 'ac-kb-list');
    await waitFor(() => root.querySelectorAll('tbody tr').length === 2, 'two articles');
    const refund = root.querySelector('tr[data-article-id="art_refund"]')!;
    includes(refund.textContent, 'How to get a refund <b>now</b>', 'title as text');
    equal(refund.querySelector('b'), null, 'no markup');
    includes(refund.textContent, 'Published', 'status');
    equal(refund.querySelector('[data-field="deflections"]')?.textContent, '5', 'deflections');
    includes(root.querySelector('tr[data-article-id="art_zh"]')?.textContent, 'Draft', 'a draft');
    await waitFor(() => root.querySelector('[data-panel="frequent"] a')?.textContent?.includes('#2 Checkout fails'), 'frequent issues');
    equal(deep(document, 'aftercare-console', 'ac-app-header', '[aria-current="page"]')?.dataset.area, 'kb', 'navigation');
    fill(root.querySelector<HTMLSelectElement>('#kb-status')!, 'draft');
    await waitFor(() => articles(api).at(-1)?.query.get('status') === 'draft', 'status filter');
    await waitFor(() => root.querySelectorAll('tbody tr').length === 1, 'drafts only');
    const search = root.querySelector<HTMLInputElement>('#kb-q')!;
    fill(search, 'r');
    await waitFor(() => root.querySelector('#kb-q-hint')?.textContent?.includes('at least 2'), 'too short');
    fill(search, '退款');
    await waitFor(() => articles(api).at(-1)?.query.get('q') === '退款', 'searched');
    equal(location.search, '?status=draft&q=%E9%80%80%E6%AC%BE', 'filters in the URL');
  });

  it('starts a new draft and opens it', async () => {
    const root = await open('/console/kb', 'ac-kb-list');
    fill(root.querySelector<HTMLInputElement>('#new-title')!, 'Resetting a password');
    root.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
    const editor = (await waitForDeep(document, 'aftercare-console', 'ac-kb-article', 'h1')).textContent;
    equal(editor, 'Resetting a password', 'the new draft');
    equal(location.pathname, '/console/kb/art_3', 'its URL');
    equal(JSON.stringify(api.requests.find((r) => r.method === 'POST')!.body), '{"title":"Resetting a password","locale":"en"}', 'created');
  });

  it('edits, previews in a sandbox that runs nothing, publishes and shows the server\'s objection', async () => {
    const root = await open('/console/kb/art_refund', 'ac-kb-article');
    await waitFor(() => root.querySelector('[data-field="views"]')?.textContent === '12', 'views');
    equal(root.querySelector('[data-field="deflections"]')?.textContent, '5', 'deflections');
    equal(root.querySelector('[data-field="source"]')?.getAttribute('href'), '/console/tickets/tkt_2', 'source ticket');
    root.querySelector<HTMLButtonElement>('[data-tab="preview"]')!.click();
    const frame = await waitFor(() => root.querySelector<HTMLIFrameElement>('iframe.preview'), 'preview');
    equal(frame.getAttribute('sandbox'), 'allow-popups allow-popups-to-escape-sandbox', 'no scripts, no same origin');
    includes(frame.getAttribute('srcdoc'), HOSTILE_ARTICLE_HTML, 'the server\'s HTML');
    includes(frame.getAttribute('srcdoc'), "default-src 'none'", 'a CSP of its own');
    await new Promise((resolve) => setTimeout(resolve, 200));
    equal((window as { __pwned?: unknown }).__pwned, undefined, 'nothing ran');
    root.querySelector<HTMLButtonElement>('[data-tab="write"]')!.click();
    fill(root.querySelector<HTMLTextAreaElement>('#body')!, 'Open **Billing** and click *Refund*.');
    await waitFor(() => root.querySelector('.dirty'), 'unsaved changes');
    assert(root.querySelector<HTMLButtonElement>('[data-action="unpublish"]')!.disabled, 'no status change while unsaved');
    root.querySelector<HTMLButtonElement>('[data-tab="preview"]')!.click();
    await waitFor(() => root.querySelector('.notice.stale'), 'stale preview said');
    root.querySelector<HTMLButtonElement>('[data-action="save-preview"]')!.click();
    await waitFor(() => root.querySelector<HTMLIFrameElement>('iframe.preview')?.getAttribute('srcdoc')?.includes('click *Refund*'), 'preview of the saved text');
    equal(JSON.stringify(api.requests.find((r) => r.method === 'PATCH')!.body), '{"bodyMarkdown":"Open **Billing** and click *Refund*."}', 'only the body');
    root.querySelector<HTMLButtonElement>('[data-action="unpublish"]')!.click();
    await waitFor(() => root.querySelector('[data-field="status"]')?.textContent === 'Draft', 'unpublished');
    root.querySelector<HTMLButtonElement>('[data-tab="write"]')!.click();
    fill(root.querySelector<HTMLInputElement>('#slug')!, 'Not A Slug');
    root.querySelector<HTMLButtonElement>('[data-action="save"]')!.click();
    await waitFor(() => root.querySelector('#slug-issues')?.textContent?.includes('Lower-case'), 'slug issue at the field');
  });

  it('deletes an article after asking', async () => {
    const root = await open('/console/kb/art_zh', 'ac-kb-article');
    const button = await waitFor(() => root.querySelector<HTMLButtonElement>('[data-action="delete"]'), 'delete');
    button.click();
    await waitFor(() => location.pathname === '/console/kb', 'back to the list');
    equal(api.articles.some((a) => a.id === 'art_zh'), false, 'deleted');
  });

  it('drafts an article from a ticket and opens it', async () => {
    const ticket = await open('/console/tickets/tkt_2', 'ac-ticket');
    await waitFor(() => ticket.querySelector('ac-kb-draft'), 'draft panel');
    deep(document, 'aftercare-console', 'ac-ticket', 'ac-kb-draft', '[data-action="kb-draft"]')!.click();
    const title = await waitForDeep(document, 'aftercare-console', 'ac-kb-article', 'h1');
    equal(title.textContent, 'Checkout fails', 'titled after the ticket');
    includes(deep<HTMLTextAreaElement>(document, 'aftercare-console', 'ac-kb-article', '#body')?.value, '## Question', 'the drafted body');
    equal(api.requests.find((r) => r.path.endsWith('/kb-draft'))?.method, 'POST', 'requested');
  });

  it('lets a viewer read articles but not change them', async () => {
    api.me.projects = [{ ...api.me.projects[0]!, role: 'viewer' }];
    const root = await open('/console/kb/art_refund', 'ac-kb-article');
    await waitFor(() => root.querySelector<HTMLInputElement>('#title')?.readOnly, 'read-only');
    equal(root.querySelector('[data-action="save"]'), null, 'no save');
    equal(root.querySelector('[data-action="delete"]'), null, 'no delete');
    cleanUp();
    const list = await open('/console/kb', 'ac-kb-list');
    await waitFor(() => list.querySelectorAll('tbody tr').length === 2, 'listed');
    equal(list.querySelector('#new-title'), null, 'no new article');
  });
});
