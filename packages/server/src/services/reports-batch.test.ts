import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportInputDraft } from '@aftercare/sdk/schemas';
import { createApp } from '../app.js';
import { AppError } from '../errors.js';
import { agentWithToken } from '../test-support/agents.js';
import { DIALECTS, freshDeps } from '../test-support/databases.js';
import { postReport, reportBody } from '../test-support/reports.js';
import { findTickets, listTicketEvents } from '../storage/repositories/tickets.js';
import { findProjectById, type Project } from '../storage/repositories/projects.js';
import { updateProjectTriage } from '../storage/repositories/projects.js';
import { createProject } from './projects.js';
import { fileReport, fileReports, parseReport, prepareReport, type FiledReport, type PendingReport } from './reports.js';

describe.each(DIALECTS)('filing reports in batches on %s', (dialect) => {
  let deps: Awaited<ReturnType<typeof freshDeps>>;
  let project: Project;
  let other: Project;

  beforeAll(async () => {
    deps = await freshDeps(dialect);
    project = await createProject(deps, { name: 'Shop', slug: 'shop' });
    other = await createProject(deps, { name: 'Blog', slug: 'blog' });
  });
  afterAll(() => deps.close());

  const pending = (overrides: Partial<ReportInputDraft> = {}, into: Project = project): PendingReport =>
    prepareReport(deps, into, parseReport(reportBody(overrides)), null);
  const file = (batch: PendingReport[]) => fileReports(deps, batch);
  const filed = (outcome: FiledReport | Error | undefined): FiledReport => {
    if (!outcome || outcome instanceof Error) throw outcome ?? new Error('no outcome');
    return outcome;
  };

  it('puts reports of one fingerprint into one ticket, counting occurrences and distinct reporters', async () => {
    const ana = { id: 'u-ana', name: 'Ana' };
    const outcomes = await file([
      pending({ message: 'Checkout button is grey', reporter: ana }),
      pending({ message: 'Checkout button is grey', reporter: ana }),
      pending({ message: 'Checkout button is grey', reporter: { id: 'u-ben' } }),
    ]);
    const tickets = new Set(outcomes.map((outcome) => filed(outcome).receipt.ticket.id));
    expect(tickets.size).toBe(1);
    expect(outcomes.map((outcome) => filed(outcome).created)).toEqual([true, true, true]);
    const [ticketId] = [...tickets];
    const ticket = (await findTickets(deps.db, [ticketId!])).get(ticketId!)!;
    expect(ticket).toMatchObject({ occurrences: 3, reporterCount: 2 });
    const timeline = await listTicketEvents(deps.db, ticketId!, { includeInternal: true });
    expect(timeline.filter((event) => event.type === 'created')).toHaveLength(3);
    expect(timeline[0]!.type).toBe('created');
    expect(timeline.filter((event) => event.data.grouped === true)).toHaveLength(2);

    // A later batch adds to the same ticket's figures without counting Ana twice.
    await file([pending({ message: 'Checkout button is grey', reporter: ana }), pending({ message: 'Checkout button is grey' })]);
    expect((await findTickets(deps.db, [ticketId!])).get(ticketId!)).toMatchObject({ occurrences: 5, reporterCount: 3 });
  });

  it('triages each report when its batch is filed, with its arrival time, and a report that cannot be triaged fails alone', async () => {
    const early = pending({ message: 'Invoice PDF is blank' });
    // Stored rules that no longer parse: triage of this project's reports throws.
    const broken = pending({ message: 'Broken rules here' }, { ...project, triageRules: { rules: 'not a list' } as unknown as Project['triageRules'] });
    const outcomes = await file([early, broken, pending({ message: 'Export button missing' })]);
    expect(outcomes[1]).toBeInstanceOf(Error);
    const [first, , third] = outcomes.map((outcome) => (outcome instanceof Error ? undefined : outcome));
    expect(first?.created).toBe(true);
    expect(third?.created).toBe(true);
    const ticket = (await findTickets(deps.db, [first!.receipt.ticket.id])).get(first!.receipt.ticket.id)!;
    expect(ticket.createdAt).toBe(early.receivedAt);
    expect(first!.receipt.trackingToken).toMatch(/^trk_[\w-]{64}$/);
  });

  it('numbers the new tickets of a batch in order, per project', async () => {
    const before = filed((await file([pending({ message: 'Numbering starts here' })]))[0]).receipt.ticket.number;
    const outcomes = await file([
      pending({ message: 'Search is slow' }),
      pending({ message: 'Avatar upload fails' }, other),
      pending({ message: 'Dark mode flickers' }),
    ]);
    expect(outcomes.map((outcome) => filed(outcome).receipt.ticket.number)).toEqual([before + 1, 1, before + 2]);
  });

  it('answers resends and repeated ids with the first receipt and stores the report once', async () => {
    const first = filed(await fileReport(deps, project, parseReport(reportBody({ message: 'Export hangs' })), null));
    const again = await pending({ message: 'Export hangs', id: first.receipt.reportId });
    const twice = await pending({ message: 'Import hangs' });
    const outcomes = await fileReports(deps, [again, twice, { ...twice }]);
    expect(filed(outcomes[0])).toEqual({ created: false, receipt: first.receipt });
    expect(filed(outcomes[1]).created).toBe(true);
    expect(filed(outcomes[2])).toEqual({ created: false, receipt: filed(outcomes[1]).receipt });
    const stored = await deps.db.selectFrom('reports').select('id').where('id', 'in', [first.receipt.reportId, twice.input.id]).execute();
    expect(stored).toHaveLength(2);
  });

  it('refuses only the report whose id another project used', async () => {
    const mine = filed(await fileReport(deps, project, parseReport(reportBody({ message: 'Cart is empty' })), null));
    const outcomes = await file([pending({ id: mine.receipt.reportId }, other), pending({ message: 'Fine report' }, other)]);
    expect(outcomes[0]).toBeInstanceOf(AppError);
    expect((outcomes[0] as AppError).code).toBe('report_id_conflict');
    expect(filed(outcomes[1]).created).toBe(true);
  });

  it('files the others one by one when one report spoils the batch', async () => {
    const gone: Project = { ...project, id: '00000000-0000-4000-8000-000000000000' };
    const outcomes = await file([pending({ message: 'Coupon is ignored' }), pending({ message: 'Orphan' }, gone), pending({ message: 'Tax is wrong' })]);
    expect(filed(outcomes[0]).created).toBe(true);
    expect(outcomes[1]).toBeInstanceOf(Error);
    expect(filed(outcomes[2]).created).toBe(true);
    const titles = await deps.db.selectFrom('tickets').select('title').where('title', 'in', ['Coupon is ignored', 'Orphan', 'Tax is wrong']).execute();
    expect(titles.map((row) => row.title).sort()).toEqual(['Coupon is ignored', 'Tax is wrong']);
  });

  it('rotates the assignees of a batch round-robin and remembers the last one', async () => {
    const routed = await createProject(deps, { name: 'Routed', slug: 'routed' });
    const agents = [
      await agentWithToken(deps, { name: 'Ana', projectId: routed.id }),
      await agentWithToken(deps, { name: 'Ben', projectId: routed.id }),
    ];
    await updateProjectTriage(deps.db, routed.id, { routingStrategy: 'round_robin' });
    const fresh = (await findProjectById(deps.db, routed.id))!;
    const outcomes = await file(['Typo on pricing page', 'Footer link is dead', 'Avatar is blurry'].map((message) => pending({ message, impact: 'minor' }, fresh)));
    const ids = outcomes.map((outcome) => filed(outcome).receipt.ticket.id);
    const tickets = await findTickets(deps.db, ids);
    const assignees = ids.map((id) => tickets.get(id)!.assigneeId);
    expect(new Set(assignees.slice(0, 2))).toEqual(new Set(agents.map((agent) => agent.id)));
    expect(assignees[2]).toBe(assignees[0]);
    expect((await findProjectById(deps.db, routed.id))!.lastAssigneeId).toBe(assignees[2]);
  });

  // Distinct words (digits would be normalised away by the fingerprint).
  const letters = (n: number) => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(n / 26)]! + 'abcdefghijklmnopqrstuvwxyz'[n % 26]!;

  it('files concurrent HTTP reports together with distinct, gapless numbers', async () => {
    const app = createApp(deps);
    const key = (await createProject(deps, { name: 'Busy', slug: 'busy' })).publicKey;
    const responses = await Promise.all(
      Array.from({ length: 30 }, (_, n) => app.request('/v1/reports', postReport(key, reportBody({ message: `Problem ${letters(n)} happens` })))),
    );
    expect(responses.map((res) => res.status)).toEqual(Array(30).fill(201));
    const numbers = await Promise.all(responses.map(async (res) => ((await res.json()) as { ticket: { number: number } }).ticket.number));
    expect(new Set(numbers).size).toBe(numbers.length);
    expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, n) => n + 1));
  });
});
