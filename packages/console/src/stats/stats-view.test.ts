/**
 * Browser tests of the stats page inside the console: the request for the
 * period, the key figures, the charts with their text alternatives, names
 * instead of agent ids, titles as text, and the period picker.
 */
import { assert, equal, includes, waitFor } from '../testing/assert.js';
import { fakeApi, type FakeApi } from '../testing/fake-api.js';
import { TOKEN, sampleDesk } from '../testing/fixtures.js';
import { cleanUp, deep, mountConsole, waitForDeep } from '../testing/mount.js';

const stats = () => deep(document, 'aftercare-console', 'ac-stats')!.shadowRoot!;
const statsRequests = (api: FakeApi) => api.requests.filter((r) => r.path.endsWith('/stats'));

describe('stats page', () => {
  let api: FakeApi;
  beforeEach(async () => {
    api = fakeApi(sampleDesk());
    sessionStorage.setItem('aftercare.console.token', TOKEN);
    await mountConsole('/console/stats?days=7');
    await waitForDeep(document, 'aftercare-console', 'ac-stats', '[data-panel="volume"]');
  });
  afterEach(() => {
    api.restore();
    cleanUp();
  });

  it('asks for the period and shows the key figures', () => {
    const request = statsRequests(api)[0]!;
    equal(new Date(request.query.get('from')!).getHours(), 0, 'from a midnight');
    const days = (Date.parse(request.query.get('to')!) - Date.parse(request.query.get('from')!)) / 86_400_000;
    equal(days > 6 && days <= 7.01, true, `seven days (${days})`);
    equal(request.query.get('timeZone'), Intl.DateTimeFormat().resolvedOptions().timeZone, "days counted in the agent's time zone");
    const figure = (id: string) => stats().querySelector(`[data-figure="${id}"] dd`)?.textContent;
    equal(figure('tickets'), '12', 'tickets');
    equal(figure('sla'), '83%', 'within SLA');
    equal(figure('csat'), '4.3 out of 5', 'satisfaction');
    equal(deep(document, 'aftercare-console', 'ac-app-header', '[aria-current="page"]')?.dataset.area, 'stats', 'navigation marks stats');
  });

  it('draws volume per day with SVG, every day, with a summary and a table', () => {
    const volume = stats().querySelector('[data-panel="volume"]')!;
    const columns = volume.querySelectorAll('svg rect.column');
    assert(columns.length >= 7 && columns.length <= 8, `a column per day (${columns.length})`);
    includes(volume.querySelector('svg')!.getAttribute('aria-label'), '12 tickets over', 'text alternative');
    const rows = [...volume.querySelectorAll('details table tbody tr')].map((tr) => tr.querySelector('td')!.textContent);
    equal(rows.length, columns.length, 'a table row per column');
    equal(rows.filter((n) => n !== '0').join(','), '5,7', 'counts, zero days filled in');
  });

  it('shows SLA compliance, times, satisfaction and top issues as text', () => {
    const sla = stats().querySelector('[data-panel="sla"]')!;
    const urgent = sla.querySelector('tbody tr')!;
    includes(urgent.textContent, 'Urgent', 'severity');
    includes(urgent.textContent, '50%', 'rate');
    includes(urgent.textContent, '1 of 2', 'count');
    assert(urgent.querySelector('rect.fill.bad'), 'a low rate is red');
    includes(sla.textContent, 'No data', 'a severity without tickets');
    const times = stats().querySelector('[data-panel="times"]')!.textContent!;
    includes(times, 'Median: 42m', 'first response median');
    includes(times, '90th percentile: 2d 22h', 'resolution p90');
    includes(stats().querySelector('[data-panel="csat"]')!.textContent, '67%', 'response rate');
    const top = stats().querySelector('[data-panel="top"]')!;
    includes(top.textContent, 'Checkout fails <b>x</b>', 'title as text');
    equal(top.querySelector('b'), null, 'no markup');
    equal(top.querySelector('a')!.getAttribute('href'), '/console/tickets/tkt_2', 'links to the ticket');
  });

  it('names agents', async () => {
    const agents = stats().querySelector('[data-panel="agents"]')!;
    await waitFor(() => agents.querySelector('[data-agent="agent_me"] th')?.textContent === 'Mei', 'me by name');
    includes(agents.querySelector('[data-agent="agent_gone"] th')?.textContent, 'Agent agent_go', 'a former member by short id');
  });

  it('changes the period: presets and a custom range', async () => {
    const picker = deep(document, 'aftercare-console', 'ac-stats', 'ac-period-picker')!.shadowRoot!;
    picker.querySelector<HTMLButtonElement>('[data-days="90"]')!.click();
    await waitFor(() => statsRequests(api).length === 2, 'reloaded');
    equal(location.search, '?days=90', 'in the URL');
    picker.querySelector<HTMLButtonElement>('[data-days="custom"]')!.click();
    const form = await waitFor(() => picker.querySelector('form'), 'custom form');
    (form.querySelector('#from') as HTMLInputElement).value = '2026-02-10';
    (form.querySelector('#to') as HTMLInputElement).value = '2026-02-01';
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitFor(() => picker.querySelector('[role="alert"]')?.textContent?.includes('on or before'), 'refuses a backwards range');
    (form.querySelector('#to') as HTMLInputElement).value = '2026-02-20';
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitFor(() => statsRequests(api).length === 3, 'custom range requested');
    equal(location.search, '?from=2026-02-10&to=2026-02-20', 'custom in the URL');
    const last = statsRequests(api).at(-1)!;
    equal(new Date(last.query.get('from')!).getDate(), 10, 'from the first day');
    await waitFor(() => stats().querySelector('[data-period]')?.textContent?.includes('Feb 20'), 'period shown');
  });
});
