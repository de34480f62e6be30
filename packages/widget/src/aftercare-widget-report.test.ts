/**
 * Browser tests of filing a report through `<aftercare-widget>`: the real SDK
 * runs, only `fetch` is faked at the network edge.
 */
import type { ReportReceipt } from '@aftercare/sdk';
import { reportInputSchema } from '@aftercare/sdk/schemas';
import type { AftercareErrorDetail } from './events.js';
import { assert, equal, includes, waitFor } from './testing/assert.js';
import { TEST_ENDPOINT, fakeNetwork, json, receiptFor, type FakeNetwork } from './testing/fake-network.js';
import { clickSend, mount, part, typeMessage, unmountAll } from './testing/fixture.js';

describe('<aftercare-widget> filing a report', () => {
  let network: FakeNetwork | undefined;
  afterEach(() => {
    network?.restore();
    network = undefined;
    unmountAll();
  });

  it('sends a valid report with the project key and shows the ticket number', async () => {
    network = fakeNetwork((request) => json(201, receiptFor((request.body as { id: string }).id, 42)));
    const widget = await mount({ 'project-key': 'pk_live_abc' });
    const submitted: ReportReceipt[] = [];
    // Listened for on the document: the event bubbles and is composed.
    document.addEventListener('aftercare-submitted', (e) => submitted.push((e as CustomEvent<ReportReceipt>).detail), { once: true });
    await widget.open();
    part<HTMLInputElement>(widget, 'input[value="question"]').click();
    await typeMessage(widget, '  Where do I export my invoices?  ');
    await clickSend(widget);

    const title = await waitFor(() => widget.shadowRoot?.querySelector('[role="status"] h2'), 'the sent view');
    equal(title.textContent?.trim(), 'Thanks — ticket #42', 'sent title');
    equal(network.requests.length, 1, 'requests sent');
    const [request] = network.requests;
    equal(request?.url, `${TEST_ENDPOINT}/v1/reports`, 'request URL');
    equal(request?.method, 'POST', 'request method');
    equal(request?.headers.get('X-Aftercare-Key'), 'pk_live_abc', 'project key header');
    const parsed = reportInputSchema.safeParse(request?.body);
    assert(parsed.success, `body matches the wire contract: ${JSON.stringify(parsed.error?.issues)}`);
    equal(parsed.data.kind, 'question', 'kind sent');
    equal(parsed.data.message, 'Where do I export my invoices?', 'message sent');
    equal(submitted[0]?.ticket.number, 42, 'aftercare-submitted detail');
    equal(widget.shadowRoot?.activeElement, part(widget, '.close') as Element, 'focus after sending');
  });

  it('disables the send button while the request is in flight', async () => {
    let answer: (response: Response) => void = () => undefined;
    network = fakeNetwork(() => new Promise<Response>((resolve) => (answer = resolve)));
    const widget = await mount();
    await widget.open();
    await typeMessage(widget, 'The export button does nothing');
    await clickSend(widget);
    await waitFor(() => network?.requests.length, 'the request');
    await widget.updateComplete;
    const button = part<HTMLButtonElement>(widget, 'button[type="submit"]');
    assert(button.disabled, 'send button disabled while sending');
    equal(button.textContent?.trim(), 'Sending…', 'button label while sending');
    answer(json(201, receiptFor(crypto.randomUUID(), 7)));
    await waitFor(() => widget.shadowRoot?.querySelector('[role="status"]'), 'the sent view');
  });

  it('shows the message for a server error code and keeps the text', async () => {
    network = fakeNetwork(() => json(403, { error: { code: 'project_disabled', message: 'Project is disabled' } }));
    const widget = await mount();
    const errors: AftercareErrorDetail[] = [];
    widget.addEventListener('aftercare-error', (e) => errors.push(e.detail));
    await widget.open();
    await typeMessage(widget, 'Checkout fails with a blank page');
    await clickSend(widget);

    await waitFor(() => errors.length, 'the aftercare-error event');
    await widget.updateComplete;
    equal(errors[0]?.code, 'project_disabled', 'aftercare-error detail');
    equal(part(widget, '[role="alert"]').textContent?.trim(), 'Feedback for this site is turned off at the moment.', 'error text');
    equal(part<HTMLTextAreaElement>(widget, 'textarea').value, 'Checkout fails with a blank page', 'text kept');
    equal(part<HTMLButtonElement>(widget, 'button[type="submit"]').disabled, false, 'send button enabled again');
  });

  it('retries after a network failure with the same report id', async () => {
    let fail = true;
    network = fakeNetwork((request) => {
      if (fail) return Promise.reject(new TypeError('Failed to fetch'));
      return json(201, receiptFor((request.body as { id: string }).id, 9));
    });
    const widget = await mount({ locale: 'zh-CN' });
    await widget.open();
    await typeMessage(widget, '保存按钮没有反应');
    await clickSend(widget);
    await waitFor(() => part(widget, '[role="alert"]').textContent?.trim(), 'the error message');
    includes(part(widget, '[role="alert"]').textContent, '无法连接到支持服务器', 'network error in Chinese');
    fail = false;
    await clickSend(widget);
    const title = await waitFor(() => widget.shadowRoot?.querySelector('[role="status"] h2'), 'the sent view');
    equal(title.textContent?.trim(), '感谢反馈！工单编号 #9', 'sent title in Chinese');
    const ids = network.requests.map((r) => (r.body as { id: string }).id);
    equal(ids.length, 2, 'attempts');
    equal(ids[0], ids[1], 'report id reused on retry');
  });

  it('reports a missing configuration without sending anything', async () => {
    network = fakeNetwork(() => json(500, {}));
    const widget = await mount({ endpoint: '' });
    const errors: string[] = [];
    widget.addEventListener('aftercare-error', (e) => errors.push(e.detail.code));
    await widget.open();
    await typeMessage(widget, 'Hello');
    await clickSend(widget);
    await waitFor(() => errors.length, 'the aftercare-error event');
    equal(errors[0], 'not_configured', 'error code');
    equal(network.requests.length, 0, 'requests sent');
  });

  it('starts a fresh form after a filed report is closed', async () => {
    network = fakeNetwork((request) => json(201, receiptFor((request.body as { id: string }).id, 3)));
    const widget = await mount();
    await widget.open();
    await typeMessage(widget, 'First report');
    await clickSend(widget);
    await waitFor(() => widget.shadowRoot?.querySelector('.close'), 'the sent view');
    part<HTMLButtonElement>(widget, '.close').click();
    const launcher = part(widget, '[part~="launcher"]');
    // The dialog's close event, which moves focus back, is dispatched in a later task.
    await waitFor(() => widget.shadowRoot?.activeElement === launcher, 'focus back on the launcher');
    await widget.open();
    equal(part<HTMLTextAreaElement>(widget, 'textarea').value, '', 'message after a filed report');
  });
});
