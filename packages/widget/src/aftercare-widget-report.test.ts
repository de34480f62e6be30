/**
 * Browser tests of filing a report through `<aftercare-widget>`: the real SDK
 * runs (collectors, redaction, outbox), only `fetch` is faked at the network
 * edge and the screenshot module answers with a canvas picture.
 */
import type { ReportReceipt } from '@aftercare/sdk';
import { reportInputSchema } from '@aftercare/sdk/schemas';
import type { AftercareErrorDetail } from './events.js';
import { assert, equal, includes, waitFor } from './testing/assert.js';
import { TEST_ENDPOINT, fakeNetwork, json, receiptFor, reportIdOf, reportRequests, type FakeNetwork } from './testing/fake-network.js';
import { clickSend, mount, part, sentTitle, typeInto, typeMessage, uniqueProjectKey, unmountAll } from './testing/fixture.js';

describe('<aftercare-widget> filing a report', () => {
  let network: FakeNetwork | undefined;
  afterEach(() => {
    network?.restore();
    network = undefined;
    unmountAll();
  });

  it('sends a valid report without a screenshot as JSON, and shows the ticket number and status', async () => {
    network = fakeNetwork((request) => json(201, receiptFor(reportIdOf(request), 42)));
    const widget = await mount({ 'project-key': 'pk_live_abc' });
    widget.identify({ id: 'u_7', name: 'Ann Lee', email: 'ann@example.com' });
    const submitted: ReportReceipt[] = [];
    // Listened for on the document: the event bubbles and is composed.
    document.addEventListener('aftercare-submitted', (e) => submitted.push((e as CustomEvent<ReportReceipt>).detail), { once: true });
    await widget.open();
    part<HTMLInputElement>(widget, 'input[value="bug"]').click();
    part<HTMLInputElement>(widget, 'input[value="blocks_me"]').click();
    part<HTMLInputElement>(widget, '#screenshot').click();
    await typeMessage(widget, '  The export button spins forever  ');
    await clickSend(widget);

    equal(await sentTitle(widget), 'Thanks — ticket #42', 'sent title');
    equal(widget.getAttribute('report-status'), 'sent', 'report-status on the element');
    equal(part(widget, '[role="status"] .status').textContent?.trim(), 'New', 'ticket status');
    equal(reportRequests(network.requests).length, 1, 'reports sent');
    const [request] = reportRequests(network.requests);
    equal(request?.url, `${TEST_ENDPOINT}/v1/reports`, 'request URL');
    equal(request?.headers.get('X-Aftercare-Key'), 'pk_live_abc', 'project key header');
    equal(request?.form, undefined, 'no multipart body');
    const parsed = reportInputSchema.safeParse(request?.body);
    assert(parsed.success, `body matches the wire contract: ${JSON.stringify(parsed.error?.issues)}`);
    equal(parsed.data.message, 'The export button spins forever', 'message sent');
    equal(parsed.data.impact, 'blocks_me', 'impact sent');
    equal(JSON.stringify(parsed.data.reporter), '{"id":"u_7","name":"Ann Lee","email":"ann@example.com"}', 'reporter');
    equal(submitted[0]?.ticket.number, 42, 'aftercare-submitted detail');
    equal(widget.shadowRoot?.activeElement, part(widget, '.close') as Element, 'focus after sending');
  });

  it('sends the screenshot with the report as multipart', async () => {
    network = fakeNetwork((request) => json(201, receiptFor(reportIdOf(request), 5)));
    const widget = await mount();
    await widget.open();
    await typeMessage(widget, 'The chart is empty');
    await clickSend(widget);
    equal(await sentTitle(widget), 'Thanks — ticket #5', 'sent title');
    const form = reportRequests(network.requests)[0]?.form;
    assert(form, 'a multipart body');
    const screenshot = form.get('screenshot');
    assert(screenshot instanceof File && screenshot.type === 'image/png' && screenshot.size > 0, 'a screenshot part');
    assert(reportInputSchema.safeParse(reportRequests(network.requests)[0]?.body).success, 'the report part matches the contract');
  });

  it('still files the report when the server does not take the files, and says so', async () => {
    network = fakeNetwork((request) =>
      request.form
        ? json(415, { error: { code: 'unsupported_media_type', message: 'JSON only' } })
        : json(201, receiptFor(reportIdOf(request), 6)),
    );
    const widget = await mount();
    await widget.open();
    await typeMessage(widget, 'Crash on save');
    await clickSend(widget);
    equal(await sentTitle(widget), 'Thanks — ticket #6', 'sent title');
    includes(part(widget, '[role="status"]').textContent, 'The screenshot and attached files could not be sent with it.', 'the truth about the files');
    const [multipart, plain] = reportRequests(network.requests);
    equal(reportIdOf(multipart!), reportIdOf(plain!), 'the same report id both times');
  });

  it('disables the send button while the request is in flight', async () => {
    let answer: (response: Response) => void = () => undefined;
    network = fakeNetwork(() => new Promise<Response>((resolve) => (answer = resolve)));
    const widget = await mount({ screenshot: 'off' });
    await widget.open();
    await typeMessage(widget, 'The export button does nothing');
    await clickSend(widget);
    await waitFor(() => network?.requests.length, 'the request');
    await widget.updateComplete;
    const button = part<HTMLButtonElement>(widget, 'button[type="submit"]');
    assert(button.disabled, 'send button disabled while sending');
    equal(button.textContent?.trim(), 'Sending…', 'button label while sending');
    answer(json(201, receiptFor(reportIdOf(network.requests[0]!), 7)));
    await sentTitle(widget);
  });

  it('shows the message for a server error code and keeps the text', async () => {
    network = fakeNetwork(() => json(403, { error: { code: 'project_disabled', message: 'Project is disabled' } }));
    const widget = await mount({ screenshot: 'off' });
    const errors: AftercareErrorDetail[] = [];
    widget.addEventListener('aftercare-error', (e) => errors.push(e.detail));
    await widget.open();
    await typeMessage(widget, 'Checkout fails with a blank page');
    await clickSend(widget);

    await waitFor(() => errors.length, 'the aftercare-error event');
    await widget.updateComplete;
    equal(errors[0]?.code, 'project_disabled', 'aftercare-error detail');
    equal(part(widget, '[role="alert"]').textContent?.trim(), 'Feedback for this site is turned off at the moment.', 'error text');
    equal(part<HTMLTextAreaElement>(widget, '#message').value, 'Checkout fails with a blank page', 'text kept');
    equal(part<HTMLButtonElement>(widget, 'button[type="submit"]').disabled, false, 'send button enabled again');
  });

  it('offline: says the report is saved only when the outbox holds it, then delivers it when back online', async () => {
    network = fakeNetwork((request) => json(201, receiptFor(reportIdOf(request), 9)));
    network.offline(true);
    const projectKey = uniqueProjectKey();
    const widget = await mount({ 'project-key': projectKey, locale: 'zh-CN' });
    const events: string[] = [];
    widget.addEventListener('aftercare-queued', (e) => events.push(`queued ${e.detail.reportId}`));
    widget.addEventListener('aftercare-submitted', (e) => events.push(`submitted #${e.detail.ticket.number}`));
    await widget.open();
    part<HTMLInputElement>(widget, '#screenshot').click();
    await typeMessage(widget, '保存按钮没有反应');
    await clickSend(widget);

    equal(await sentTitle(widget), '已保存在本设备', 'saved title');
    equal(widget.getAttribute('report-status'), 'queued', 'report-status on the element');
    includes(part(widget, '[role="status"]').textContent, '您目前处于离线状态。反馈已保存，恢复联网后会自动发送。', 'offline message');
    const runtime = widget.runtime.loaded!;
    const pending = await runtime.sdk.pending();
    equal(pending.length, 1, 'reports in the SDK outbox');
    equal(events[0], `queued ${pending[0]!.id}`, 'aftercare-queued');

    network.offline(false);
    window.dispatchEvent(new Event('online'));
    equal(await waitFor(() => (part(widget, '[role="status"] h2').textContent?.includes('#9') ? part(widget, '[role="status"] h2').textContent : ''), 'delivery'), '感谢反馈！工单编号 #9', 'title once delivered');
    equal(events[1], 'submitted #9', 'aftercare-submitted after delivery');
    equal((await runtime.sdk.pending()).length, 0, 'outbox after delivery');
  });

  it('a report saved offline is sent by the next page, even with collect="on-open"', async () => {
    network = fakeNetwork((request) => json(201, receiptFor(reportIdOf(request), 15, 'tkt_15')));
    network.offline(true);
    const projectKey = uniqueProjectKey();
    const first = await mount({ 'project-key': projectKey, screenshot: 'off' });
    await first.open();
    await typeMessage(first, 'Saved while offline');
    await clickSend(first);
    await sentTitle(first);
    equal(localStorage.getItem(`aftercare:waiting:${projectKey}`), '1', 'waiting flag');
    unmountAll(); // the page goes away with the report in the outbox

    network.offline(false);
    const next = await mount({ 'project-key': projectKey, screenshot: 'off' });
    await waitFor(() => reportRequests(network?.requests ?? []).length, 'the delivery by the next page, without opening the dialog');
    await waitFor(() => localStorage.getItem(`aftercare:waiting:${projectKey}`) === null, 'waiting flag cleared');
    includes(localStorage.getItem(`aftercare:reports:${projectKey}`), 'tkt_15', 'the delivered ticket is in My reports');
    equal(next.hasAttribute('opened'), false, 'the dialog stayed closed');
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
    network = fakeNetwork((request) => json(201, receiptFor(reportIdOf(request), 3)));
    const widget = await mount();
    await widget.open();
    await typeMessage(widget, 'First report');
    await clickSend(widget);
    await sentTitle(widget);
    part<HTMLButtonElement>(widget, '.close').click();
    const launcher = part(widget, '[part~="launcher"]');
    await waitFor(() => widget.shadowRoot?.activeElement === launcher, 'focus back on the launcher');
    await widget.open();
    equal(part<HTMLTextAreaElement>(widget, '#message').value, '', 'message after a filed report');
    await typeMessage(widget, 'Second report');
    await clickSend(widget);
    await sentTitle(widget);
    const [first, second] = reportRequests(network.requests);
    assert(reportIdOf(first!) !== reportIdOf(second!), 'a new report id for a new report');
  });

  it('previews the exact payload, redacted, and leaves out the sections switched off', async () => {
    network = fakeNetwork((request) => json(201, receiptFor(reportIdOf(request), 11)));
    const widget = await mount({ screenshot: 'off' });
    await widget.open(); // collect="on-open": the collectors run from here
    console.warn('checkout failed token=abc123secret');
    await typeMessage(widget, 'Charged twice, card 4242 4242 4242 4242');
    await typeInto(widget, '#email', 'ann@example.com');
    part<HTMLButtonElement>(widget, 'button.start').click();
    const raw = await waitFor(() => widget.shadowRoot?.querySelector('.raw pre')?.textContent, 'the preview');
    const previewed = JSON.parse(raw) as { message: string; diagnostics: Record<string, unknown>; reporter: { email: string } };
    equal(previewed.message, 'Charged twice, card [redacted:card]', 'message as it will be sent');
    equal(previewed.reporter.email, 'ann@example.com', 'the reporter’s own contact is kept');
    includes(JSON.stringify(previewed.diagnostics.console), 'token=[redacted]', 'console entry, redacted');
    const boxes = [...(widget.shadowRoot?.querySelectorAll<HTMLInputElement>('input[name="section"]') ?? [])];
    // Sections with entries: the console call, the clicks on the form, the environment snapshot.
    equal(boxes.map((box) => box.value).sort().join(','), 'breadcrumbs,console,environment', 'switchable sections');
    equal(part<HTMLInputElement>(widget, 'input[name="section"][value="console"]').labels?.[0]?.textContent?.trim(), 'Console messages (1 entry)', 'section label');

    part<HTMLInputElement>(widget, 'input[name="section"][value="console"]').click();
    part<HTMLInputElement>(widget, 'input[name="section"][value="environment"]').click();
    await widget.updateComplete;
    const after = JSON.parse(part(widget, '.raw pre').textContent ?? '{}') as { diagnostics: Record<string, unknown> };
    equal('console' in after.diagnostics || 'environment' in after.diagnostics, false, 'preview without the switched-off sections');

    part<HTMLButtonElement>(widget, 'button.back').click();
    await widget.updateComplete;
    equal(widget.shadowRoot?.activeElement, part(widget, 'button.start') as Element, 'focus back on the preview button');
    await clickSend(widget);
    await sentTitle(widget);
    const sent = reportRequests(network.requests)[0]?.body as { diagnostics: Record<string, unknown>; message: string };
    equal(sent.message, 'Charged twice, card [redacted:card]', 'sent message');
    equal('console' in sent.diagnostics, false, 'console left out of the report');
    equal('environment' in sent.diagnostics, false, 'environment left out of the report');
    assert(Array.isArray(sent.diagnostics.breadcrumbs), 'other sections still sent');
  });

  it('with collect="early", diagnostics cover what happened before the dialog opened', async () => {
    network = fakeNetwork((request) => json(201, receiptFor(reportIdOf(request), 12)));
    const widget = await mount({ collect: 'early', screenshot: 'off' });
    await waitFor(() => widget.runtime.loaded, 'the runtime, loaded when idle');
    console.error('before the dialog opened');
    await widget.open();
    await typeMessage(widget, 'It broke');
    await clickSend(widget);
    await sentTitle(widget);
    includes(JSON.stringify((reportRequests(network.requests)[0]?.body as { diagnostics: unknown }).diagnostics), 'before the dialog opened', 'early console entry');
  });
});
