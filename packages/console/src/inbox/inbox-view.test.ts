/**
 * Browser tests of the inbox inside the console: the columns, live SLA
 * badges, saved views and filters as list requests, search, and the
 * keyboard (j/k, Enter, e). The network edge is faked.
 */
import { sendKeys } from '@web/test-runner-commands';
import { assert, equal, includes, waitFor } from '../testing/assert.js';
import { fakeApi, type FakeApi } from '../testing/fake-api.js';
import { TOKEN, sampleDesk } from '../testing/fixtures.js';
import { cleanUp, deep, deepAll, fill, mountConsole, waitForDeep } from '../testing/mount.js';

const rows = () => deepAll<HTMLTableRowElement>(document, 'aftercare-console', 'ac-inbox', 'tbody tr');
const lastList = (api: FakeApi) => api.requests.filter((r) => r.path.endsWith('/tickets')).at(-1)!;

describe('inbox', () => {
  let api: FakeApi;
  beforeEach(async () => {
    api = fakeApi(sampleDesk());
    sessionStorage.setItem('aftercare.console.token', TOKEN);
    await mountConsole();
    await waitFor(() => rows().length === 4, 'four rows');
  });
  afterEach(() => {
    api.restore();
    cleanUp();
  });

  it('lists open tickets with their columns and live SLA countdowns', async () => {
    equal(lastList(api).query.get('status'), 'new,open,in_progress,waiting_on_reporter', 'open view');
    const [first, second, third] = [rows()[0]!, rows()[2]!, rows()[1]!];
    includes(first.textContent, '#4', 'newest first');
    includes(second.textContent, 'Checkout fails', 'title');
    includes(second.querySelector('.severity')?.textContent, 'Urgent', 'severity');
    includes(second.querySelector('.assignee')?.textContent, 'Mei', 'assignee is me');
    await waitFor(() => first.querySelector('.assignee')?.textContent?.trim() === 'Otto', 'another member by name');
    equal(second.querySelector('.occurrences')?.textContent?.trim(), '7', 'occurrences');
    equal(second.dataset.sla, 'warning', 'due soon');
    assert(/due in 1\dm \d\ds/.test(second.querySelector('.sla')?.textContent ?? ''), 'countdown');
    equal(third.dataset.sla, 'breached', 'breached');
    includes(third.querySelector('.sla')?.textContent, 'overdue', 'overdue');
    const before = second.querySelector('.sla')!.textContent;
    await waitFor(() => second.querySelector('.sla')!.textContent !== before, 'the countdown ticks', 2500);
  });

  it('offers the saved views the server supports, and they set the query', async () => {
    const views = () => deepAll<HTMLButtonElement>(document, 'aftercare-console', 'ac-inbox', 'ac-inbox-filters', '[data-view]');
    equal(views().map((b) => b.dataset.view).join(','), 'open,mine,unassigned,waiting,breached,all', 'views');
    views().find((b) => b.dataset.view === 'mine')!.click();
    await waitFor(() => lastList(api).query.get('assignee') === 'agent_me', 'mine query');
    equal(location.search, '?view=mine', 'view in the URL');
    await waitFor(() => rows().length === 1, 'one of mine');
    views().find((b) => b.dataset.view === 'unassigned')!.click();
    await waitFor(() => lastList(api).query.get('assignee') === 'none', 'unassigned query');
    views().find((b) => b.dataset.view === 'breached')!.click();
    await waitFor(() => lastList(api).query.get('sla') === 'breached', 'breached query');
    await waitFor(() => rows().length === 1 && rows()[0]!.dataset.ticketId === 'tkt_3', 'the breached ticket');
    equal(rows()[0]!.dataset.sla, 'breached', 'shown breached');
  });

  it('filters by any member as assignee', async () => {
    const select = deep<HTMLSelectElement>(document, 'aftercare-console', 'ac-inbox', 'ac-inbox-filters', '#assignee')!;
    await waitFor(() => [...select.options].some((o) => o.textContent === 'Otto'), 'members offered');
    equal([...select.options].map((o) => o.textContent?.trim()).join(','), 'Any,Me,Unassigned,Otto,Vera', 'options');
    fill(select, 'agent_other');
    await waitFor(() => lastList(api).query.get('assignee') === 'agent_other', 'assignee query');
    await waitFor(() => rows().length === 1, 'Otto\'s ticket');
  });

  it('filters by SLA state and tier', async () => {
    fill(deep<HTMLSelectElement>(document, 'aftercare-console', 'ac-inbox', 'ac-inbox-filters', '#sla')!, 'warning,breached');
    await waitFor(() => lastList(api).query.get('sla') === 'warning,breached', 'sla query');
    await waitFor(() => rows().length === 2, 'due soon and breached');
    fill(deep<HTMLSelectElement>(document, 'aftercare-console', 'ac-inbox', 'ac-inbox-filters', '#tier')!, '2');
    await waitFor(() => lastList(api).query.get('tier') === '2', 'tier query');
    await waitFor(() => rows().length === 1, 'tier 2');
    includes(location.search, 'sla=warning%2Cbreached&tier=2', 'in the URL');
  });

  it('filters by severity and searches, in the URL and the request', async () => {
    fill(deep<HTMLSelectElement>(document, 'aftercare-console', 'ac-inbox', 'ac-inbox-filters', '#severity')!, 'urgent');
    await waitFor(() => lastList(api).query.get('severity') === 'urgent', 'severity query');
    await waitFor(() => rows().length === 1, 'one urgent');
    const search = deep<HTMLInputElement>(document, 'aftercare-console', 'ac-inbox', 'ac-inbox-filters', '#q')!;
    search.focus();
    await sendKeys({ type: 'checkout' });
    await waitFor(() => lastList(api).query.get('q') === 'checkout', 'search query');
    includes(location.search, 'q=checkout', 'search in the URL');
  });

  it('is worked from the keyboard: j/k move, e resolves, Enter opens', async () => {
    const selected = () => rows().findIndex((r) => r.getAttribute('aria-selected') === 'true');
    equal(selected(), 0, 'first row selected');
    await sendKeys({ press: 'j' });
    await sendKeys({ press: 'j' });
    await sendKeys({ press: 'k' });
    await waitFor(() => selected() === 1, 'second row selected');
    const id = rows()[1]!.dataset.ticketId!;
    await sendKeys({ press: 'e' });
    await waitFor(() => rows().length === 3, 'resolved ticket leaves the open view');
    const patch = api.requests.find((r) => r.method === 'PATCH')!;
    equal(patch.path, `/v1/agent/tickets/${id}`, 'patched ticket');
    equal((patch.body as { status: string }).status, 'resolved', 'patched status');
    includes(deep(document, 'aftercare-console', 'ac-inbox', '[role="status"]')?.textContent, 'resolved', 'announced');
    const next = rows()[selected()]!.dataset.ticketId!;
    await sendKeys({ press: 'Enter' });
    await waitForDeep(document, 'aftercare-console', 'ac-ticket');
    equal(location.pathname, `/console/tickets/${next}`, 'ticket URL');
  });

  it('opens "/" into the search field', async () => {
    await sendKeys({ press: '/' });
    const root = deep(document, 'aftercare-console', 'ac-inbox', 'ac-inbox-filters')!.shadowRoot!;
    await waitFor(() => root.activeElement?.id === 'q', 'search focused');
  });
});
