import { describe, expect, it } from 'vitest';
import type { TicketStatus } from '@aftercare/sdk/schemas';
import type { TicketRecord } from '../storage/repositories/tickets.js';
import { canTransition, statusPatch } from './lifecycle.js';

const ticket = (status: TicketStatus, extra: Partial<TicketRecord> = {}): TicketRecord => ({
  id: 't', projectId: 'p', number: 1, title: 'x', status, severity: 'normal', category: 'defect',
  assigneeId: null, tags: [], firstRespondedAt: null, resolvedAt: null, closedAt: null, reopenCount: 0,
  fingerprint: null, fingerprintVersion: 0, occurrences: 1, reporterCount: 1, lastSeenAt: null, regressionOf: null,
  mergedInto: null, tier: 1, assigneeGroup: null, policyVersion: 0, firstResponseDue: null, nextResponseDue: null,
  resolutionDue: null, slaState: 'ok',
  createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', ...extra,
});

describe('ticket lifecycle', () => {
  it.each<[TicketStatus, TicketStatus, boolean]>([
    ['new', 'open', true],
    ['new', 'resolved', true],
    ['open', 'in_progress', true],
    ['in_progress', 'waiting_on_reporter', true],
    ['waiting_on_reporter', 'open', true],
    ['resolved', 'closed', true],
    ['resolved', 'open', true],
    ['closed', 'open', true],
    ['open', 'new', false],
    ['resolved', 'in_progress', false],
    ['resolved', 'waiting_on_reporter', false],
    ['closed', 'resolved', false],
    ['closed', 'in_progress', false],
  ])('%s → %s allowed: %s', (from, to, allowed) => {
    expect(canTransition(from, to)).toBe(allowed);
  });

  const at = '2026-02-01T12:00:00.000Z';
  it('stamps the resolution and the closing', () => {
    expect(statusPatch(ticket('open'), 'resolved', at)).toEqual({ status: 'resolved', updatedAt: at, resolvedAt: at });
    expect(statusPatch(ticket('resolved', { resolvedAt: '2026-01-30T00:00:00.000Z' }), 'closed', at)).toEqual({
      status: 'closed', updatedAt: at, closedAt: at,
    });
    expect(statusPatch(ticket('open'), 'closed', at)).toEqual({ status: 'closed', updatedAt: at, closedAt: at, resolvedAt: at });
  });

  it('clears the resolution and counts a reopen', () => {
    const closed = ticket('closed', { resolvedAt: at, closedAt: at, reopenCount: 2 });
    expect(statusPatch(closed, 'open', at)).toEqual({
      status: 'open', updatedAt: at, resolvedAt: null, closedAt: null, reopenCount: 3,
    });
    expect(statusPatch(ticket('open'), 'in_progress', at)).toEqual({ status: 'in_progress', updatedAt: at });
  });
});
