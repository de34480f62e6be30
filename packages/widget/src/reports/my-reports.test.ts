/**
 * Browser tests of "My reports": tickets filed from this browser, read with
 * their tracking tokens, answered, confirmed, reopened and rated, against a
 * fake network edge that behaves like the server's reporter endpoints.
 */
import type { ReporterTicket } from '@aftercare/sdk';
import { assert, equal, includes, waitFor } from '../testing/assert.js';
import { fakeNetwork, json, receiptFor, reportIdOf, type FakeNetwork, type RecordedRequest } from '../testing/fake-network.js';
import { clickSend, mount, part, sentTitle, typeInto, typeMessage, uniqueProjectKey, unmountAll, waitForPart } from '../testing/fixture.js';

/** A fake of the server's reporter side for one ticket. */
function fakeServer() {
  const at = () => new Date().toISOString();
  const ticket: ReporterTicket = {
    id: 'tkt_7',
    number: 42,
    status: 'new',
    createdAt: at(),
    updatedAt: at(),
    timeline: [{ id: 'e1', type: 'created', at: at(), actor: 'reporter' }],
    rating: null,
    canRate: false,
  };
  const event = (e: Omit<ReporterTicket['timeline'][number], 'id' | 'at'>) => ticket.timeline.push({ id: `e${ticket.timeline.length + 1}`, at: at(), ...e });
  function respond(request: RecordedRequest): Response {
    if (request.path === '/v1/reports') return json(201, receiptFor(reportIdOf(request), 42, 'tkt_7'));
    if (request.headers.get('X-Aftercare-Tracking') !== 'trk_tkt_7') return json(404, { error: { code: 'ticket_not_found', message: 'no' } });
    const body = request.body as { body?: string; score?: number; comment?: string } | undefined;
    switch (`${request.method} ${request.path}`) {
      case 'GET /v1/tickets/tkt_7':
        return json(200, ticket);
      case 'POST /v1/tickets/tkt_7/replies':
        event({ type: 'reply', actor: 'reporter', body: body?.body });
        return json(201, ticket);
      case 'POST /v1/tickets/tkt_7/confirm':
        if (ticket.status !== 'resolved') return json(409, { error: { code: 'not_resolved', message: 'no' } });
        ticket.status = 'closed';
        event({ type: 'confirmed', actor: 'reporter' });
        return json(200, ticket);
      case 'POST /v1/tickets/tkt_7/reopen':
        ticket.status = 'open';
        ticket.canRate = false;
        event({ type: 'reopened', actor: 'reporter', ...(body?.body ? { body: body.body } : {}) });
        return json(200, ticket);
      case 'POST /v1/tickets/tkt_7/rating':
        ticket.rating = { score: body!.score!, ...(body?.comment ? { comment: body.comment } : {}) };
        ticket.canRate = false;
        event({ type: 'rated', actor: 'reporter' });
        return json(201, ticket);
      default:
        return json(404, { error: { code: 'not_found', message: 'no' } });
    }
  }
  function resolve(): void {
    event({ type: 'reply', actor: 'team', body: 'Fixed in 1.4.3.' });
    ticket.status = 'resolved';
    ticket.canRate = true;
    event({ type: 'status_changed', actor: 'team', status: 'resolved' });
  }
  return { ticket, respond, resolve };
}

const texts = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map((e) => e.textContent?.replace(/\s+/g, ' ').trim());

describe('My reports', () => {
  let network: FakeNetwork | undefined;
  afterEach(() => {
    network?.restore();
    network = undefined;
    unmountAll();
  });

  it('follows a filed ticket: status and timeline, answer, rate once, confirm, and reopen', async () => {
    const server = fakeServer();
    network = fakeNetwork(server.respond);
    const projectKey = uniqueProjectKey();
    const widget = await mount({ 'project-key': projectKey, screenshot: 'off' });
    await widget.open();
    await typeMessage(widget, 'Invoices do not export');
    await clickSend(widget);
    await sentTitle(widget);
    includes(localStorage.getItem(`aftercare:reports:${projectKey}`), 'trk_tkt_7', 'tracking token kept in localStorage');

    part<HTMLButtonElement>(widget, '[role="status"] ~ .actions button.start').click();
    const entry = await waitForPart<HTMLButtonElement>(widget, 'button.report:not([disabled])');
    equal(entry.textContent?.replace(/\s+/g, ' ').trim().split(' ').slice(0, 3).join(' '), 'Ticket #42 New', 'list entry');
    entry.click();
    await waitFor(() => part(widget, '#title').textContent === 'Ticket #42', 'the ticket view');
    equal(widget.shadowRoot?.activeElement?.id, 'title', 'focus on the ticket title');
    equal(texts(widget.shadowRoot!, '.timeline li span').join(' | '), 'You sent the report', 'timeline');
    equal(widget.shadowRoot?.querySelector('button.confirm'), null, 'no confirmation before resolution');

    await typeInto(widget, '#reply', 'Any news?');
    part<HTMLButtonElement>(widget, 'button.send-reply').click();
    await waitFor(() => texts(widget.shadowRoot!, '.timeline li span').includes('You answered'), 'the answer in the timeline');
    const reply = network.requests.find((r) => r.path.endsWith('/replies'));
    equal(JSON.stringify(reply?.body), '{"body":"Any news?"}', 'reply body');
    equal(reply?.headers.get('X-Aftercare-Tracking'), 'trk_tkt_7', 'tracking header');
    equal(part(widget, '.notice').textContent?.trim(), 'Done. Thank you!', 'announced');

    // The team resolves it; the reporter comes back later.
    server.resolve();
    widget.close();
    await widget.open();
    part<HTMLButtonElement>(widget, '.bar button.link').click();
    (await waitForPart<HTMLButtonElement>(widget, 'button.report:not([disabled])')).click();
    await waitForPart(widget, 'button.confirm');
    includes(part(widget, '.status').textContent, 'Resolved', 'status');
    includes(texts(widget.shadowRoot!, '.timeline li').join(' | '), 'Support answered Fixed in 1.4.3.', 'team answer in the timeline');

    part<HTMLInputElement>(widget, 'input[name="score"][value="4"]').click();
    await typeInto(widget, '#rating-comment', 'Quick fix');
    part<HTMLButtonElement>(widget, 'button.rate').click();
    await waitForPart(widget, '.rated');
    equal(part(widget, '.rated').textContent?.trim(), 'You rated the help 4 of 5. Thank you!', 'rating shown');
    equal(widget.shadowRoot?.querySelector('button.rate'), null, 'rated once: no second rating form');
    equal(JSON.stringify(network.requests.find((r) => r.path.endsWith('/rating'))?.body), '{"score":4,"comment":"Quick fix"}', 'rating body');

    part<HTMLButtonElement>(widget, 'button.confirm').click();
    await waitFor(() => part(widget, '.status').textContent === 'Closed', 'closed after confirming');
    assert(network.requests.some((r) => r.method === 'POST' && r.path.endsWith('/confirm')), 'confirmation sent');

    await typeInto(widget, '#reopen', 'It broke again after the update');
    part<HTMLButtonElement>(widget, 'button.reopen').click();
    await waitFor(() => part(widget, '.status').textContent === 'Open', 'open again');
    equal(JSON.stringify(network.requests.find((r) => r.path.endsWith('/reopen'))?.body), '{"body":"It broke again after the update"}', 'reopen body');
  });

  it('shows a refusal, and forgets a ticket the server no longer knows', async () => {
    const server = fakeServer();
    network = fakeNetwork(server.respond);
    const projectKey = uniqueProjectKey();
    localStorage.setItem(
      `aftercare:reports:${projectKey}`,
      JSON.stringify([
        { ticketId: 'tkt_7', number: 42, trackingToken: 'trk_tkt_7', filedAt: 1 },
        { ticketId: 'tkt_gone', number: 9, trackingToken: 'trk_old', filedAt: 0 },
      ]),
    );
    const widget = await mount({ 'project-key': projectKey });
    await widget.open();
    part<HTMLButtonElement>(widget, '.bar button.link').click();
    await waitFor(() => texts(widget.shadowRoot!, 'button.report .status').join() === 'New,This report is no longer available.', 'both entries read');
    equal(localStorage.getItem(`aftercare:reports:${projectKey}`)?.includes('tkt_gone'), false, 'the unknown ticket is forgotten');
    server.ticket.status = 'closed';
    part<HTMLButtonElement>(widget, 'button.report:not([disabled])').click();
    await waitForPart(widget, 'button.reopen');
    equal(widget.shadowRoot?.querySelector('button.confirm'), null, 'a closed ticket cannot be confirmed again');
  });
});
