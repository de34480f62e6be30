/**
 * "Draft an article from this ticket": a draft whose title is the ticket's
 * and whose body holds the reporter's question and the team's public
 * replies, redacted, linked back to the ticket. Internal notes are never
 * read: only the public timeline is loaded.
 */
import type { Deps } from '../deps.js';
import { canonicalLocale, languageOf } from '../kb/locale.js';
import { composeDraft } from '../kb/ticket-draft.js';
import { listReportsOfTicket } from '../storage/repositories/reports.js';
import { listTicketEvents } from '../storage/repositories/tickets.js';
import type { Agent } from './access.js';
import { loadTicketFor } from './agent-tickets.js';
import { storeArticle } from './kb-create.js';
import type { KbArticle, KbDraftInput } from '@aftercare/sdk/schemas';

/** The reporter's browser language, from the first report's diagnostics. */
function reporterLocale(diagnostics: unknown): string | undefined {
  const language = (diagnostics as { environment?: { language?: unknown } } | null)?.environment?.language;
  return typeof language === 'string' ? canonicalLocale(language) : undefined;
}

/**
 * The ticket's title; when it is the first line of the message cut short,
 * that whole line, so redaction sees whole addresses and numbers (the draft
 * shortens it again afterwards).
 */
function fullTitle(title: string, message: string | undefined): string {
  if (!title.endsWith('…') || message === undefined) return title;
  const line = message.split('\n', 1)[0]!.trim();
  return line.startsWith(title.slice(0, -1)) ? line : title;
}

/**
 * Creates the draft; the agent needs to be able to change the ticket.
 *
 * @example
 * const draft = await draftFromTicket(deps, agent, ticketId, {});
 */
export async function draftFromTicket(deps: Deps, agent: Agent, ticketId: string, input: KbDraftInput): Promise<KbArticle> {
  const ticket = await loadTicketFor(deps, agent, ticketId, 'write');
  const [reports, events] = await Promise.all([
    listReportsOfTicket(deps.db, ticketId),
    listTicketEvents(deps.db, ticketId, { includeInternal: false }),
  ]);
  const first = reports[0];
  const locale = input.locale ?? reporterLocale(first?.diagnostics) ?? 'en';
  const answers = events
    .filter((e) => e.type === 'reply' && e.actorType === 'agent' && e.visibility === 'public' && e.body)
    .map((e) => e.body!);
  const names = reports.map((r) => r.reporter.name).filter((name): name is string => Boolean(name));
  const draft = composeDraft({ title: fullTitle(ticket.title, first?.message), question: first?.message ?? ticket.title, answers, names, language: languageOf(locale) });
  return storeArticle(
    deps,
    agent,
    ticket.projectId,
    { ...draft, locale, category: null, tags: [], status: 'draft', sourceTicketId: ticket.id },
    'kb.draft_from_ticket',
    { sourceTicketId: ticket.id },
  );
}
