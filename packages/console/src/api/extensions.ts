/**
 * Fields the console renders when the server sends them and hides otherwise:
 * SLA clocks, occurrences, tier, screenshots and triage explanations. They are not in the v1 contract yet, so each is read here,
 * defensively, from the JSON as it arrives; the views never guess a shape.
 * When the contract gains these fields, this is the one file to align.
 */

/** An SLA target of a ticket. */
export type SlaMetric = 'firstResponse' | 'nextResponse' | 'resolution';
/** The state the server gives a target. */
export type SlaState = 'ok' | 'warning' | 'breached' | 'met' | 'paused';

/** One SLA clock of a ticket, as the server last computed it. */
export interface SlaClock {
  metric: SlaMetric;
  /** The deadline (ISO time); null while paused. */
  dueAt: string | null;
  /** When the warning starts (ISO time), when the server says. */
  warnAt: string | null;
  /** The server's state, when it says. */
  state: SlaState | null;
  /** True when the target is done (first response given, ticket resolved): it no longer counts down. */
  stopped?: boolean;
}

/** A file attached to a report that agents may view (a screenshot). */
export interface Attachment {
  id: string;
  kind: string;
  url: string;
  contentType: string | null;
  width: number | null;
  height: number | null;
}

/** One explained triage decision. */
export interface TriageEntry {
  source: string;
  message: string;
  ruleId: string | null;
  ruleVersion: number | null;
}

type Json = Record<string, unknown>;

const METRICS: readonly SlaMetric[] = ['firstResponse', 'nextResponse', 'resolution'];
const STATES: readonly string[] = ['ok', 'warning', 'breached', 'met', 'paused'];

function obj(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}
function str(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}
function num(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
function time(value: unknown): string | null {
  const text = str(value);
  return text !== null && !Number.isNaN(Date.parse(text)) ? text : null;
}
function state(value: unknown): SlaState | null {
  return typeof value === 'string' && STATES.includes(value) ? (value as SlaState) : null;
}

/**
 * When a target stopped, from the ticket's own times: the first response, the
 * resolution. A resolved or closed ticket (merged ones included) waits for no
 * response any more, so its response clocks stop there too.
 */
function stoppedAt(metric: SlaMetric, root: Json): string | null {
  const done = time(root.resolvedAt) ?? time(root.closedAt);
  if (metric === 'firstResponse') return time(root.firstRespondedAt) ?? done;
  return done;
}

/**
 * The SLA clocks of a ticket. Reads the contract's `sla` object (`{ state,
 * firstResponseDue, nextResponseDue, resolutionDue }`, one overall state), or
 * per-target objects (`sla.<metric> = { dueAt, warnAt, state }`). A target the
 * ticket already met (responded, resolved) is `met`, or `breached` when it was
 * met late; the overall `paused` pauses the running ones. Empty when there are none.
 *
 * @example
 * readSla({ sla: { state: 'ok', firstResponseDue: null, nextResponseDue: null, resolutionDue: '2026-03-02T12:00:00Z' } });
 */
export function readSla(ticket: object): SlaClock[] {
  const root = ticket as Json;
  const sla = obj(root.sla) ?? {};
  const overall = state(sla.state);
  const clocks: SlaClock[] = [];
  for (const metric of METRICS) {
    const nested = obj(sla[metric]);
    const dueAt = nested ? time(nested.dueAt) : time(sla[`${metric}Due`] ?? root[`${metric}Due`]);
    let clockState = nested ? state(nested.state) : state(sla[`${metric}State`] ?? root[`${metric}State`]);
    if (dueAt === null && clockState === null) continue;
    const stopped = stoppedAt(metric, root);
    if (stopped !== null) clockState = dueAt !== null && Date.parse(stopped) > Date.parse(dueAt) ? 'breached' : 'met';
    else if (clockState === null && overall === 'paused') clockState = 'paused';
    clocks.push({ metric, dueAt, warnAt: nested ? time(nested.warnAt) : null, state: clockState, stopped: stopped !== null });
  }
  return clocks;
}

/** How many times the problem was reported, when the server counts it. */
export function readOccurrences(ticket: object): number | null {
  return num((ticket as Json).occurrences);
}

/** The support tier the ticket is routed to (1 first line, 2 experts), when the server says. */
export function readTier(ticket: object): number | null {
  return num((ticket as Json).tier);
}

/** The ticket's fingerprint, when the server says. */
export function readFingerprint(ticket: object): string | null {
  return str((ticket as Json).fingerprint);
}

/** The attachments of a report agents may view: `attachments[]`, each with a `url`. */
export function readAttachments(report: object): Attachment[] {
  const list = (report as Json).attachments;
  if (!Array.isArray(list)) return [];
  return list.flatMap((item, index) => {
    const a = obj(item);
    const url = a && str(a.url);
    if (!a || !url) return [];
    return [{
      id: str(a.id) ?? String(index),
      kind: str(a.kind) ?? 'screenshot',
      url,
      contentType: str(a.contentType),
      width: num(a.width),
      height: num(a.height),
    }];
  });
}

/**
 * The triage explanation carried by a timeline entry's data: `entries[]` or
 * `explanation[]` of `{ source, message, ruleId?, ruleVersion? }`, or the data
 * itself when it is one such entry.
 */
export function readTriageEntries(data: Record<string, unknown>): TriageEntry[] {
  const list = Array.isArray(data.entries) ? data.entries : Array.isArray(data.explanation) ? data.explanation : [data];
  return list.flatMap((item) => {
    const e = obj(item);
    const message = e && str(e.message);
    if (!e || !message) return [];
    return [{ source: str(e.source) ?? 'triage', message, ruleId: str(e.ruleId), ruleVersion: num(e.ruleVersion) }];
  });
}
