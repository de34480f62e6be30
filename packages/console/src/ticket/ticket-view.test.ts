/**
 * Browser tests of the ticket page inside the console: diagnostics rendered
 * for reading, the panels the server's data turns on, the timeline, replies,
 * notes and field changes. The network edge is faked.
 */
import { assert, equal, includes, waitFor } from '../testing/assert.js';
import { fakeApi, type FakeApi } from '../testing/fake-api.js';
import { TOKEN, sampleDesk } from '../testing/fixtures.js';
import { cleanUp, deep, deepAll, fill, mountConsole, waitForDeep } from '../testing/mount.js';

const inTicket = (...selectors: string[]) => deep(document, 'aftercare-console', 'ac-ticket', ...selectors);
const diag = (index = 1) => deep(document, 'aftercare-console', 'ac-ticket', `ac-report-card:nth-of-type(${index})`, 'ac-diagnostics')!.shadowRoot!;

async function open(id: string, ready = 'ac-report-card'): Promise<void> {
  sessionStorage.setItem('aftercare.console.token', TOKEN);
  await mountConsole(`/console/tickets/${id}`);
  await waitForDeep(document, 'aftercare-console', 'ac-ticket', ready);
}

describe('ticket page', () => {
  let api: FakeApi;
  beforeEach(() => {
    api = fakeApi(sampleDesk());
  });
  afterEach(() => {
    api.restore();
    cleanUp();
  });

  it('renders diagnostics for reading, opening on the errors', async () => {
    await open('tkt_1');
    const root = diag();
    equal(root.querySelector('[aria-selected="true"]')?.getAttribute('data-tab'), 'errors', 'opens on errors');
    const frames = [...root.querySelectorAll('.frames li')].map((li) => li.textContent?.trim());
    includes(frames[0], 'save (https://app.example.com/app.js:12:5)', 'in-app frame first');
    includes(frames[1], 'onClick', 'second in-app frame');
    includes(root.querySelector('.other-frames summary')?.textContent, '1 library', 'library frames folded');

    root.querySelector<HTMLButtonElement>('[data-tab="console"]')!.click();
    await waitFor(() => root.querySelectorAll('.console li').length === 3, 'console entries');
    const levels = [...root.querySelectorAll('.console li')].map((li) => li.className);
    equal(levels.join(' '), 'level-log level-warn level-error', 'levels');
    const details = root.querySelector<HTMLDetailsElement>('.console details.json')!;
    equal(details.open, false, 'object collapsed');
    includes(details.querySelector('summary')?.textContent, 'id: 42', 'preview');
    details.querySelector('summary')!.click();
    assert(details.open, 'object expands');
    includes(root.textContent, 'older console entries were dropped', 'truncation notice');

    root.querySelector<HTMLButtonElement>('[data-tab="network"]')!.click();
    await waitFor(() => root.querySelectorAll('.network tbody tr').length === 3, 'network rows');
    const cells = [...root.querySelectorAll('.network tbody tr')].map((tr) => [...tr.querySelectorAll('td')].slice(1).map((td) => td.textContent?.trim().replace(/\s+/g, ' ')));
    equal(cells[0]![0], 'POST', 'method');
    equal(cells[0]![2], '500', 'status');
    equal(cells[0]![3], '812 ms slow', 'duration');
    includes(cells[1]![2], 'no response', 'no response');
    assert(root.querySelector('.network tbody tr')!.classList.contains('failed'), 'failed row stands out');

    root.querySelector<HTMLButtonElement>('[data-tab="breadcrumbs"]')!.click();
    await waitFor(() => root.querySelectorAll('.steps li').length === 2, 'steps');
    includes(root.querySelector('.steps li')?.textContent, '/settings', 'navigation');

    root.querySelector<HTMLButtonElement>('[data-tab="environment"]')!.click();
    await waitFor(() => root.querySelector('.kv'), 'environment table');
    includes(root.querySelector('.kv')?.textContent, 'viewport.width', 'flattened keys');
  });

  it('shows the SLA, triage, details and screenshot when the server sends them', async () => {
    await open('tkt_2');
    const ticket = deep(document, 'aftercare-console', 'ac-ticket')!.shadowRoot!;
    const sla = ticket.querySelector('[data-panel="sla"]')!;
    includes(sla.textContent, 'First response', 'first response clock');
    equal(sla.querySelectorAll('[data-sla-state]')[0]?.getAttribute('data-sla-state'), 'met', 'met');
    equal(sla.querySelectorAll('[data-sla-state]')[1]?.getAttribute('data-sla-state'), 'warning', 'resolution due soon');
    includes(ticket.querySelector('[data-panel="triage"]')?.textContent, 'rule checkout v3', 'triage rule');
    equal(ticket.querySelector('[data-field="occurrences"]')?.textContent, '7', 'occurrences');
    includes(ticket.querySelector('[data-field="tier"]')?.textContent, 'senior', 'tier');
    includes(ticket.querySelector('#reports-h')?.textContent, '2 reports', 'both reports');
    const escalated = deep(document, 'aftercare-console', 'ac-ticket', 'ac-timeline', '[data-type="escalated"]');
    includes(escalated?.textContent, 'escalated the ticket', 'escalation on the timeline');
    includes(escalated?.textContent, 'urgent severity', 'with its reason');
    equal(deepAll(document, 'aftercare-console', 'ac-ticket', 'ac-report-card').length, 2, 'a card per report');
    const img = await waitForDeep<HTMLImageElement>(document, 'aftercare-console', 'ac-ticket', 'ac-report-card', 'ac-screenshot', 'img');
    assert(img.src.startsWith('blob:'), 'screenshot fetched with the token');
    equal(api.requests.find((r) => r.path.includes('attachments'))?.headers.get('authorization'), `Bearer ${TOKEN}`, 'token on the screenshot');
    await waitFor(() => img.complete && img.naturalWidth === 40, 'image decoded');
  });

  it('hides the SLA and triage panels when there is nothing to show', async () => {
    await open('tkt_4');
    const ticket = deep(document, 'aftercare-console', 'ac-ticket')!.shadowRoot!;
    equal(ticket.querySelector('[data-panel="sla"]'), null, 'no SLA panel');
    equal(ticket.querySelector('[data-panel="triage"]'), null, 'no triage panel');
    includes(diag().textContent, 'without diagnostics', 'no diagnostics');
  });

  it('shows internal notes on the timeline, sends replies and notes', async () => {
    await open('tkt_1');
    const timeline = () => deep(document, 'aftercare-console', 'ac-ticket', 'ac-timeline')!.shadowRoot!;
    const note = timeline().querySelector('.type-note')!;
    assert(note.classList.contains('internal'), 'note is internal');
    includes(note.textContent, 'Internal', 'marked internal');
    const composer = inTicket('ac-composer')!.shadowRoot!;
    fill(composer.querySelector('textarea')!, 'Fixed in 1.2');
    composer.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked = true;
    composer.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitFor(() => timeline().querySelectorAll('.type-reply').length === 1, 'reply on the timeline');
    const reply = api.requests.find((r) => r.path.endsWith('/replies'))!;
    equal(JSON.stringify(reply.body), '{"body":"Fixed in 1.2","waitOnReporter":true}', 'reply body');
    equal(composer.querySelector('textarea')!.value, '', 'editor cleared');
    composer.querySelector<HTMLButtonElement>('[data-mode="note"]')!.click();
    await (inTicket('ac-composer') as unknown as { updateComplete: Promise<boolean> }).updateComplete;
    equal(composer.querySelector('input[type="checkbox"]'), null, 'no wait option on notes');
    fill(composer.querySelector('textarea')!, 'Customer is on plan pro');
    composer.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitFor(() => timeline().querySelectorAll('.type-note').length === 3, 'note on the timeline');
    equal(api.requests.filter((r) => r.path.endsWith('/notes')).length, 1, 'note request');
  });

  it('changes status, severity, assignee and tags, offering only allowed statuses', async () => {
    await open('tkt_4');
    const fields = () => inTicket('ac-ticket-fields')!.shadowRoot!;
    const statuses = [...fields().querySelectorAll<HTMLOptionElement>('#status option')].map((o) => o.value);
    equal(statuses.join(','), 'in_progress,open,waiting_on_reporter,resolved,closed', 'allowed statuses');
    fill(fields().querySelector<HTMLSelectElement>('#severity')!, 'high');
    await waitFor(() => api.details.get('tkt_4')!.ticket.severity === 'high', 'severity saved');
    fill(fields().querySelector<HTMLSelectElement>('#assignee')!, 'agent_me');
    await waitFor(() => api.details.get('tkt_4')!.ticket.assigneeId === 'agent_me', 'assigned to me');
    const tagInput = await waitFor(() => fields().querySelector<HTMLInputElement>('input[name="tag"]:not([disabled])'), 'tag field enabled');
    tagInput.value = 'vip';
    fields().querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
    await waitFor(() => api.details.get('tkt_4')!.ticket.tags.includes('vip'), 'tag added');
    await waitFor(() => fields().querySelector('[data-action="resolve"]:not([disabled])'), 'resolve enabled');
    fields().querySelector<HTMLButtonElement>('[data-action="resolve"]')!.click();
    await waitFor(() => inTicket('[data-field="status"]')?.textContent === 'Resolved', 'resolved');
    equal(JSON.stringify(api.requests.filter((r) => r.method === 'PATCH').map((r) => r.body)),
      '[{"severity":"high"},{"assigneeId":"agent_me"},{"tags":["vip"]},{"status":"resolved"}]', 'patches');
  });

  it('escalates a ticket to tier 2 by hand and hands it back', async () => {
    await open('tkt_4');
    const fields = () => inTicket('ac-ticket-fields')!.shadowRoot!;
    const escalate = await waitFor(() => fields().querySelector<HTMLButtonElement>('[data-action="escalate"]:not([disabled])'), 'escalate enabled');
    escalate.click();
    await waitFor(() => api.details.get('tkt_4')!.ticket.tier === 2, 'escalated');
    const back = await waitFor(() => fields().querySelector<HTMLButtonElement>('[data-action="deescalate"]:not([disabled])'), 'back to tier 1 offered');
    back.click();
    await waitFor(() => api.details.get('tkt_4')!.ticket.tier === 1, 'back at tier 1');
    equal(JSON.stringify(api.requests.filter((r) => r.method === 'PATCH').map((r) => r.body)), '[{"tier":2},{"tier":1}]', 'patches');
  });

  it('names agents from the project\'s members and assigns to any of them', async () => {
    await open('tkt_4');
    const fields = () => inTicket('ac-ticket-fields')!.shadowRoot!;
    await waitFor(() => fields().querySelectorAll('#assignee option').length === 4, 'every member offered');
    const options = [...fields().querySelectorAll<HTMLOptionElement>('#assignee option')].map((o) => `${o.value}=${o.textContent?.trim()}`);
    equal(options.join(' | '), '=Unassigned | agent_me=Mei (me) | agent_other=Otto | agent_viewer=Vera', 'options by name');
    equal(fields().querySelector<HTMLSelectElement>('#assignee')!.value, 'agent_other', 'current assignee');
    fill(fields().querySelector<HTMLSelectElement>('#assignee')!, 'agent_viewer');
    await waitFor(() => api.details.get('tkt_4')!.ticket.assigneeId === 'agent_viewer', 'assigned to Vera');
    cleanUp();
    await open('tkt_1');
    const notes = () => deepAll(document, 'aftercare-console', 'ac-ticket', 'ac-timeline', '.type-note .actor').map((a) => a.textContent).join(',');
    await waitFor(() => notes() === 'You,Otto', `note authors by name (${notes()})`);
  });

  it('merges with a similar ticket, shows the merged state, and undoes it', async () => {
    await open('tkt_2');
    const similar = await waitForDeep(document, 'aftercare-console', 'ac-ticket', 'ac-similar-tickets', '[data-panel="similar"]');
    includes(similar.textContent, 'Login loop', 'suggestion');
    includes(similar.textContent, '42% alike', 'how alike');
    const root = deep(document, 'aftercare-console', 'ac-ticket', 'ac-similar-tickets')!.shadowRoot!;
    root.querySelector<HTMLButtonElement>('[data-merge="tkt_3"]')!.click();
    const dialog = await waitFor(() => root.querySelector<HTMLDialogElement>('dialog[open]'), 'merge dialog');
    includes(dialog.textContent, 'Merge this ticket into the other one', 'direction asked');
    dialog.querySelector<HTMLInputElement>('input[value="into-this"]')!.click();
    dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitFor(() => api.requests.some((r) => r.path === '/v1/agent/tickets/tkt_3/merge'), 'merge request');
    equal(JSON.stringify(api.requests.find((r) => r.path.endsWith('/merge'))!.body), '{"into":"tkt_2"}', 'the other into this one');
    await waitFor(() => inTicket('#reports-h')?.textContent?.includes('3 reports'), 'its report moved here');
    cleanUp();

    await open('tkt_3', 'ac-timeline');
    const banner = await waitForDeep(document, 'aftercare-console', 'ac-ticket', 'ac-merged-banner', '[data-merged-into]');
    await waitFor(() => banner.textContent?.includes('#2 Checkout fails'), 'link with number and title');
    equal(banner.querySelector('a')!.getAttribute('href'), '/console/tickets/tkt_2', 'link');
    equal(inTicket('[data-field="status"]')?.textContent, 'Closed', 'closed as merged');
    equal(deep(document, 'aftercare-console', 'ac-ticket', 'ac-similar-tickets', '[data-merge]'), null, 'no merging a merged ticket');
    banner.querySelector<HTMLButtonElement>('[data-action="unmerge"]')!.click();
    await waitFor(() => inTicket('[data-field="status"]')?.textContent === 'Open', 'open again');
    equal(deep(document, 'aftercare-console', 'ac-ticket', 'ac-merged-banner', '[data-merged-into]'), null, 'banner gone');
    includes(inTicket('[role="status"]')?.textContent, 'undone', 'announced');
  });

  it('lets a viewer read but not change', async () => {
    api.me.projects = [{ ...api.me.projects[0]!, role: 'viewer' }];
    await open('tkt_2');
    const fields = inTicket('ac-ticket-fields')!.shadowRoot!;
    assert(fields.querySelector<HTMLSelectElement>('#status')!.disabled, 'status disabled');
    equal(inTicket('ac-composer'), null, 'no composer');
    equal(inTicket('ac-kb-draft'), null, 'no KB draft');
    includes(inTicket('[data-read-only]')?.textContent, 'not change them', 'says so');
    await waitForDeep(document, 'aftercare-console', 'ac-ticket', 'ac-similar-tickets', '[data-panel="similar"]');
    equal(deep(document, 'aftercare-console', 'ac-ticket', 'ac-similar-tickets', '[data-merge]'), null, 'no merge button');
  });

  it('puts a refused change back and says why', async () => {
    await open('tkt_4');
    api.failNext('/tickets/tkt_4', 409, 'invalid_transition');
    const fields = inTicket('ac-ticket-fields')!.shadowRoot!;
    fill(fields.querySelector<HTMLSelectElement>('#status')!, 'closed');
    await waitFor(() => inTicket('.alert')?.textContent?.includes('not allowed'), 'error shown');
    await waitFor(() => fields.querySelector<HTMLSelectElement>('#status')!.value === 'in_progress', 'status put back');
  });

  it('says so when the ticket does not exist', async () => {
    sessionStorage.setItem('aftercare.console.token', TOKEN);
    await mountConsole('/console/tickets/nope');
    const alert = await waitForDeep(document, 'aftercare-console', 'ac-ticket', '[role="alert"]');
    includes(alert.textContent, 'does not exist', 'not found');
  });
});
