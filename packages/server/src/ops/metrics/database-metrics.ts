/**
 * Metrics read from the database at scrape time: tickets by project and
 * status, SLA breaches, the outbox of domain events and the webhook
 * deliveries still to make. A few grouped queries over indexed columns per
 * scrape; nothing is cached, so every instance reports the same shared numbers.
 */
import { FANOUT_CURSOR } from '../../services/webhook-fanout.js';
import type { Db } from '../../storage/schema.js';
import { outboxCounts, slaBreachCounts, ticketCounts, unsettledDeliveryCounts } from '../../storage/repositories/ops-metrics.js';
import { counter, gauge, type MetricFamily } from './registry.js';

const WORKING = new Set(['new', 'open', 'in_progress', 'waiting_on_reporter']);

/** Reads the database metrics. */
export async function databaseMetrics(db: Db): Promise<MetricFamily[]> {
  const [tickets, breaches, outbox, deliveries] = await Promise.all([
    ticketCounts(db),
    slaBreachCounts(db),
    outboxCounts(db, FANOUT_CURSOR),
    unsettledDeliveryCounts(db),
  ]);

  const byStatus = new Map<string, { project: string; status: string; value: number }>();
  const breachedNow = new Map<string, number>();
  for (const row of tickets) {
    const key = `${row.project}\n${row.status}`;
    const entry = byStatus.get(key) ?? { project: row.project, status: row.status, value: 0 };
    entry.value += row.count;
    byStatus.set(key, entry);
    if (row.slaState === 'breached' && WORKING.has(row.status)) {
      breachedNow.set(row.project, (breachedNow.get(row.project) ?? 0) + row.count);
    }
  }

  const breachTotal = counter('aftercare_sla_breaches_total', 'SLA targets breached so far (one per ticket and target), by project and metric.', ['project', 'metric']);
  for (const row of breaches) breachTotal.inc({ project: row.project, metric: row.metric }, row.count);

  return [
    gauge(
      'aftercare_tickets',
      'Tickets by project (slug) and status.',
      [...byStatus.values()].map((e) => ({ labels: { project: e.project, status: e.status }, value: e.value })),
    ),
    gauge(
      'aftercare_tickets_sla_breached',
      'Working tickets (not resolved or closed) with a breached SLA target, by project.',
      [...breachedNow].map(([project, value]) => ({ labels: { project }, value })),
    ),
    breachTotal.collect(),
    gauge('aftercare_outbox_events', 'Domain events held in the outbox.', [{ labels: {}, value: outbox.total }]),
    gauge('aftercare_outbox_backlog_events', 'Domain events not yet fanned out into webhook deliveries.', [{ labels: {}, value: outbox.pending }]),
    gauge(
      'aftercare_webhook_deliveries',
      'Webhook deliveries waiting for their first attempt (pending), waiting for a retry (failed) or given up (dead).',
      ['pending', 'failed', 'dead'].map((status) => ({ labels: { status }, value: deliveries.find((d) => d.status === status)?.count ?? 0 })),
    ),
  ];
}

/** A few numbers about this process. */
export function processMetrics(): MetricFamily[] {
  const memory = process.memoryUsage();
  return [
    gauge('process_resident_memory_bytes', 'Resident memory size in bytes.', [{ labels: {}, value: memory.rss }]),
    gauge('nodejs_heap_used_bytes', 'V8 heap in use, in bytes.', [{ labels: {}, value: memory.heapUsed }]),
    gauge('process_start_time_seconds', 'Start time of the process since the Unix epoch, in seconds.', [
      { labels: {}, value: Math.round(Date.now() / 1000 - process.uptime()) },
    ]),
  ];
}
