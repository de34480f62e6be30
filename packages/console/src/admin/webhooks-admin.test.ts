/**
 * Browser tests of the webhooks screen: adding a webhook (its secret shown
 * once), the server's refusal of a plain-http URL, pausing, a new secret,
 * deleting, and the delivery log with its filters, details and redelivery.
 * The network edge is faked (testing/fake-webhooks.ts).
 */
import { equal, includes, waitFor } from '../testing/assert.js';
import { asInstanceAdmin, openAdmin } from '../testing/admin-helpers.js';
import { fakeApi, type FakeApi } from '../testing/fake-api.js';
import { sampleDesk } from '../testing/fixtures.js';
import { cleanUp, deep, fill } from '../testing/mount.js';

describe('webhooks screen', () => {
  let api: FakeApi;
  let realConfirm: typeof window.confirm;
  beforeEach(() => {
    api = fakeApi(sampleDesk());
    asInstanceAdmin(api);
    realConfirm = window.confirm;
    window.confirm = () => true;
  });
  afterEach(() => {
    window.confirm = realConfirm;
    api.restore();
    cleanUp();
  });

  it('adds a webhook and shows its secret once; refuses plain http', async () => {
    const root = await openAdmin('webhooks', 'ac-webhooks-admin');
    await waitFor(() => root.querySelectorAll('li.hook').length === 1, 'one webhook');
    const form = root.querySelector<HTMLFormElement>('form.card')!;
    fill(form.querySelector<HTMLInputElement>('#new-url')!, 'http://ops.example.com/hook');
    form.querySelector<HTMLInputElement>('input[value="ticket.updated"]')!.click();
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitFor(() => root.querySelector('[data-status="error"]')?.textContent?.includes('https'), 'refused');
    fill(form.querySelector<HTMLInputElement>('#new-url')!, 'https://ops.example.com/hook');
    fill(form.querySelector<HTMLInputElement>('#new-description')!, 'Chat');
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    const secret = await waitFor(() => root.querySelector('ac-secret-once')?.shadowRoot?.querySelector('[data-secret]'), 'secret');
    equal(secret.textContent, 'whsec_test_2', 'shown');
    const post = api.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/webhooks')).at(-1)!;
    equal(JSON.stringify(post.body), JSON.stringify({
      url: 'https://ops.example.com/hook', events: ['ticket.created', 'ticket.merged', 'sla.warning', 'sla.breached', 'csat.received'], active: true, description: 'Chat',
    }), 'the events checked');
    equal(root.querySelectorAll('li.hook').length, 2, 'listed');
    equal(form.querySelectorAll('input[name="events"]:checked').length, 6, 'the form starts over with every event');
    equal(form.querySelector<HTMLInputElement>('input[name="active"]')!.checked, true, 'and active');
    root.querySelector('ac-secret-once')!.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="dismiss"]')!.click();
    await waitFor(() => !root.querySelector('ac-secret-once'), 'gone');
  });

  it('pauses a webhook, issues a new secret, deletes it', async () => {
    const root = await openAdmin('webhooks', 'ac-webhooks-admin');
    const hook = () => root.querySelector('li[data-webhook-id="wh_1"]');
    await waitFor(() => hook(), 'webhook');
    includes(hook()!.textContent, 'SLA deadline missed', 'events by name');
    hook()!.querySelector<HTMLButtonElement>('[data-action="toggle"]')!.click();
    await waitFor(() => hook()?.textContent?.includes('Paused'), 'paused');
    await waitFor(() => !hook()!.querySelector<HTMLButtonElement>('[data-action="rotate"]')!.disabled, 'ready');
    hook()!.querySelector<HTMLButtonElement>('[data-action="rotate"]')!.click();
    await waitFor(() => root.querySelector('ac-secret-once'), 'new secret shown');
    equal(JSON.stringify(api.requests.filter((r) => r.method === 'PATCH').map((r) => r.body)), '[{"active":false},{"rotateSecret":true}]', 'patches');
    await waitFor(() => !hook()!.querySelector<HTMLButtonElement>('[data-action="delete"]')!.disabled, 'ready');
    hook()!.querySelector<HTMLButtonElement>('[data-action="delete"]')!.click();
    await waitFor(() => !hook(), 'deleted');
  });

  it('shows the delivery log, filters it, opens a delivery and redelivers it', async () => {
    await openAdmin('webhooks', 'ac-webhooks-admin');
    const log = () => deep(document, 'aftercare-console', 'ac-admin', 'ac-webhooks-admin', 'ac-webhook-deliveries')!.shadowRoot!;
    await waitFor(() => log().querySelectorAll('tbody tr[data-delivery-id]').length === 2, 'two deliveries');
    const failed = () => log().querySelector('tr[data-delivery-id="del_2"]')!;
    includes(failed().textContent, 'Failed, retrying', 'status');
    includes(failed().textContent, 'HTTP 500', 'last error');
    fill(log().querySelector<HTMLSelectElement>('#log-status')!, 'failed');
    await waitFor(() => api.requests.at(-1)?.query.get('status') === 'failed', 'filtered request');
    await waitFor(() => log().querySelectorAll('tbody tr[data-delivery-id]').length === 1, 'one failed');
    failed().querySelector<HTMLButtonElement>('[data-action="details"]')!.click();
    const payload = await waitFor(() => log().querySelector('[data-field="payload"]'), 'payload');
    includes(payload.textContent, '"title": "<b>x</b>"', 'the body as text');
    includes(log().textContent, 'Timed out after 10000 ms', 'attempts');
    failed().querySelector<HTMLButtonElement>('[data-action="redeliver"]')!.click();
    await waitFor(() => failed().querySelector('[data-field="status"]')?.textContent === 'Delivered', 'delivered');
    includes(log().querySelector('[data-status="done"]')?.textContent, 'Sent again', 'said');
    includes(log().textContent, 'by hand', 'manual attempt listed');
  });
});
