/**
 * Browser tests of the administration area inside the console: which
 * screens each role sees, agents, tokens shown once, project settings with
 * the server's field errors, members, and the audit log. The network edge is
 * faked (testing/fake-api.ts, testing/fake-admin.ts).
 */
import { assert, equal, includes, waitFor } from '../testing/assert.js';
import { fakeApi, type FakeApi } from '../testing/fake-api.js';
import { asInstanceAdmin, openAdmin } from '../testing/admin-helpers.js';
import { TOKEN, sampleDesk } from '../testing/fixtures.js';
import { cleanUp, deep, deepAll, fill, mountConsole, waitForDeep } from '../testing/mount.js';

const navSections = () => deepAll<HTMLAnchorElement>(document, 'aftercare-console', 'ac-admin', 'nav a').map((a) => a.dataset.section).join(',');

describe('admin area', () => {
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
  });

  it('shows an agent only its tokens and the triage and SLA screens, and refuses the others', async () => {
    sessionStorage.setItem('aftercare.console.token', TOKEN);
    await mountConsole('/console/admin');
    await waitFor(() => location.pathname === '/console/admin/tokens', 'the first allowed screen');
    await waitForDeep(document, 'aftercare-console', 'ac-admin', 'ac-tokens-admin');
    equal(navSections(), 'tokens,triage,sla', 'screens of an agent');
    cleanUp();
    sessionStorage.setItem('aftercare.console.token', TOKEN);
    await mountConsole('/console/admin/agents');
    const alert = await waitForDeep(document, 'aftercare-console', 'ac-admin', '[role="alert"]');
    includes(alert.textContent, 'does not allow', 'refused');
    equal(api.requests.some((r) => r.path === '/v1/agent/agents'), false, 'nothing asked');
  });

  it('shows an instance admin every screen', async () => {
    asInstanceAdmin(api);
    await openAdmin('agents', 'ac-agents-admin');
    equal(navSections(), 'agents,tokens,project,members,triage,sla,webhooks,audit', 'every screen');
  });

  it('manages agents: role, tier, capacity, disable, create; never demotes itself', async () => {
    asInstanceAdmin(api);
    const root = await openAdmin('agents', 'ac-agents-admin');
    const row = (id: string) => root.querySelector<HTMLTableRowElement>(`tr[data-agent-id="${id}"]`)!;
    await waitFor(() => root.querySelectorAll('tbody tr').length === 4, 'four agents');
    assert(row('agent_admin').querySelector<HTMLSelectElement>('[data-field="role"]')!.disabled, 'own role locked');
    assert(row('agent_admin').querySelector<HTMLButtonElement>('[data-action="disable"]')!.disabled, 'cannot disable itself');
    fill(row('agent_other').querySelector<HTMLSelectElement>('[data-field="tier"]')!, '1');
    await waitFor(() => api.agents.find((a) => a.id === 'agent_other')!.tier === 1, 'tier saved');
    await waitFor(() => !row('agent_new').querySelector<HTMLButtonElement>('[data-action="disable"]')!.disabled, 'ready');
    row('agent_new').querySelector<HTMLButtonElement>('[data-action="disable"]')!.click();
    await waitFor(() => row('agent_new').classList.contains('off'), 'shown disabled');
    includes(row('agent_new').textContent, 'Disabled', 'says disabled');
    const form = root.querySelector('form')!;
    fill(form.querySelector<HTMLInputElement>('#new-name')!, 'Zoe');
    fill(form.querySelector<HTMLSelectElement>('#new-role')!, 'viewer');
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitFor(() => root.querySelectorAll('tbody tr').length === 5, 'created');
    const post = api.requests.find((r) => r.method === 'POST' && r.path === '/v1/agent/agents')!;
    equal(JSON.stringify(post.body), '{"name":"Zoe","role":"viewer","tier":1,"capacity":25}', 'create body');
    includes(root.textContent, 'Zoe was added', 'announced');
    equal(JSON.stringify(api.requests.filter((r) => r.method === 'PATCH').map((r) => r.body)), '[{"tier":1},{"disabled":true}]', 'patches');
  });

  it('creates a token and shows its secret once, with a copy button; revokes a token', async () => {
    let copied = '';
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void (copied = text) } });
    try {
      const root = await openAdmin('tokens', 'ac-tokens-admin');
      await waitFor(() => root.querySelectorAll('tbody tr').length === 2, 'own tokens');
      equal(api.requests.at(-1)!.path, '/v1/agent/agents/agent_me/tokens', 'own tokens asked');
      fill(root.querySelector<HTMLInputElement>('#token-name')!, 'desktop');
      root.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
      const secret = await waitForDeep(document, 'aftercare-console', 'ac-admin', 'ac-tokens-admin', 'ac-secret-once', '[data-secret]');
      equal(secret.textContent, 'act_secret_tok_4', 'the secret');
      const box = deep(document, 'aftercare-console', 'ac-admin', 'ac-tokens-admin', 'ac-secret-once')!.shadowRoot!;
      includes(box.textContent, 'shown only this once', 'warning');
      box.querySelector<HTMLButtonElement>('[data-action="copy"]')!.click();
      await waitFor(() => copied === 'act_secret_tok_4', 'copied');
      await waitFor(() => box.querySelector('[role="status"]')?.textContent?.includes('Copied'), 'says copied');
      equal(root.querySelectorAll('tbody tr').length, 3, 'listed without its secret');
      box.querySelector<HTMLButtonElement>('[data-action="dismiss"]')!.click();
      await waitFor(() => !root.querySelector('ac-secret-once'), 'secret gone');
      assert(!root.innerHTML.includes('act_secret'), 'not kept in the page');
      root.querySelector<HTMLButtonElement>('tr[data-token-id="tok_1"] [data-action="revoke"]')!.click();
      await waitFor(() => root.querySelector('tr[data-token-id="tok_1"]')?.classList.contains('off'), 'revoked');
      equal(api.requests.at(-1)!.method, 'DELETE', 'revoke request');
    } finally {
      if (clipboard) Object.defineProperty(navigator, 'clipboard', clipboard);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it('saves project settings, only what changed, and shows the server\'s objection at the field', async () => {
    asInstanceAdmin(api);
    const root = await openAdmin('project', 'ac-project-settings');
    await waitFor(() => root.querySelector<HTMLInputElement>('[data-field="publicKey"]')?.value === 'pk_live_123', 'public key');
    const submit = () => root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    submit();
    await waitFor(() => root.querySelector('[data-status="done"]')?.textContent === 'Nothing changed.', 'nothing to send');
    fill(root.querySelector<HTMLTextAreaElement>('#allowedOrigins')!, 'https://shop.example.com\nhttps://shop.example.com/path');
    fill(root.querySelector<HTMLInputElement>('#autoCloseDays')!, '14');
    submit();
    await waitFor(() => root.querySelector('#allowedOrigins-issues'), 'field issue');
    includes(root.querySelector('[data-status="error"]')?.textContent, 'allowedOrigins.1: an origin like', 'issue with its path');
    fill(root.querySelector<HTMLTextAreaElement>('#allowedOrigins')!, 'https://shop.example.com\nhttps://m.shop.example.com');
    submit();
    await waitFor(() => root.querySelector('[data-status="done"]')?.textContent === 'Saved.', 'saved');
    equal(JSON.stringify(api.requests.filter((r) => r.method === 'PATCH').at(-1)!.body),
      '{"allowedOrigins":["https://shop.example.com","https://m.shop.example.com"],"autoCloseDays":14}', 'only the changes');
    fill(root.querySelector<HTMLInputElement>('#name')!, 'Shop EU');
    submit();
    await waitFor(() => deep(document, 'aftercare-console', 'ac-app-header', 'header')?.textContent?.includes('Shop EU'), 'the header follows the new name');
  });

  it('adds, changes and removes members; the assignee names follow', async () => {
    asInstanceAdmin(api);
    const root = await openAdmin('members', 'ac-members-admin');
    await waitFor(() => root.querySelectorAll('tbody tr').length === 3, 'three members');
    const options = () => [...root.querySelectorAll<HTMLOptionElement>('#agent option')].map((o) => o.value).join(',');
    await waitFor(() => options() === 'agent_admin,agent_new', 'agents who are not members');
    fill(root.querySelector<HTMLSelectElement>('#agent')!, 'agent_new');
    fill(root.querySelector<HTMLSelectElement>('#role')!, 'viewer');
    root.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
    await waitFor(() => root.querySelector('tr[data-agent-id="agent_new"]'), 'added');
    equal(JSON.stringify(api.requests.filter((r) => r.method === 'PUT').at(-1)!.body), '{"role":"viewer"}', 'role sent');
    fill(root.querySelector<HTMLSelectElement>('tr[data-agent-id="agent_other"] select')!, 'admin');
    await waitFor(() => api.members.find((m) => m.agentId === 'agent_other')?.role === 'admin', 'role changed');
    await waitFor(() => !root.querySelector<HTMLButtonElement>('tr[data-agent-id="agent_viewer"] [data-action="remove"]')!.disabled, 'ready');
    root.querySelector<HTMLButtonElement>('tr[data-agent-id="agent_viewer"] [data-action="remove"]')!.click();
    await waitFor(() => !root.querySelector('tr[data-agent-id="agent_viewer"]'), 'removed');
    history.pushState(null, '', '/console/tickets/tkt_4');
    window.dispatchEvent(new PopStateEvent('popstate'));
    const fields = (await waitForDeep(document, 'aftercare-console', 'ac-ticket', 'ac-ticket-fields')).shadowRoot!;
    await waitFor(() => [...fields.querySelectorAll('#assignee option')].some((o) => o.textContent === 'Nia'), 'the new member can be assigned');
  });

  it('shows the audit log with names, and markup as text', async () => {
    asInstanceAdmin(api);
    const root = await openAdmin('audit', 'ac-audit-log');
    await waitFor(() => root.querySelectorAll('tbody tr').length === 2, 'two entries');
    const first = root.querySelector('tbody tr')!;
    await waitFor(() => first.textContent?.includes('Ada Admin'), 'who by name');
    await waitFor(() => first.textContent?.includes('agent: Otto'), 'target by name');
    includes(root.querySelector('tr[data-audit-id="au_1"]')?.textContent, '<img src=x onerror', 'markup as text');
    includes(root.querySelector('tr[data-audit-id="au_1"] .change')?.textContent?.replace(/\s+/g, ' '), 'name: "Old"→', 'the changed field');
    equal(root.querySelector('img'), null, 'no element made');
  });
});
