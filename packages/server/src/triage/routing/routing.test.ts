import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideEscalation } from './escalation.js';
import type { EscalationInput } from './escalation.js';
import { pickAssignee } from './pick-assignee.js';
import type { AgentLoad, PickAssigneeInput } from './pick-assignee.js';

const agent = (id: string, openCount: number, capacity = 5, extra: Partial<AgentLoad> = {}): AgentLoad => ({
  id,
  tier: 1,
  capacity,
  openCount,
  ...extra,
});

const team: AgentLoad[] = [
  agent('cai', 1),
  agent('ana', 3),
  agent('ben', 5),
  agent('dev', 0, 5, { available: false }),
  agent('eva', 2, 10),
  agent('sam', 0, 5, { tier: 2 }),
  agent('zoe', 1, 3, { tier: 2, groups: ['payments'] }),
  agent('fay', 4, 5, { groups: ['payments'] }),
];

type Case = [string, Omit<PickAssigneeInput, 'agents'> & { agents?: AgentLoad[] }, string | null, string];

const cases: Case[] = [
  // round robin over ana, ben, cai, dev, eva, fay (ben is full, dev is away)
  ['round robin from the start', { strategy: 'round_robin' }, 'ana', 'assigned'],
  ['round robin after ana skips full ben', { strategy: 'round_robin', lastAssigneeId: 'ana' }, 'cai', 'assigned'],
  ['round robin after cai skips away dev', { strategy: 'round_robin', lastAssigneeId: 'cai' }, 'eva', 'assigned'],
  ['round robin after eva', { strategy: 'round_robin', lastAssigneeId: 'eva' }, 'fay', 'assigned'],
  ['round robin wraps around', { strategy: 'round_robin', lastAssigneeId: 'fay' }, 'ana', 'assigned'],
  ['round robin after an agent who left', { strategy: 'round_robin', lastAssigneeId: 'bob' }, 'cai', 'assigned'],
  ['round robin after a tier-2 agent', { strategy: 'round_robin', lastAssigneeId: 'zoe' }, 'ana', 'assigned'],
  ['round robin on tier 2', { strategy: 'round_robin', tier: 2, lastAssigneeId: 'sam' }, 'zoe', 'assigned'],
  ['round robin in a group', { strategy: 'round_robin', group: 'payments', lastAssigneeId: 'fay' }, 'fay', 'assigned'],
  ['unknown group falls back to the tier', { strategy: 'round_robin', group: 'shipping', lastAssigneeId: 'ana' }, 'cai', 'assigned'],
  // least loaded: shares are ana 3/5, cai 1/5, eva 2/10, fay 4/5
  ['least loaded by share', { strategy: 'least_loaded' }, 'cai', 'assigned'],
  ['least loaded ties on share: fewer open wins', { strategy: 'least_loaded', agents: [agent('a', 2, 10), agent('b', 1, 5)] }, 'b', 'assigned'],
  ['least loaded full tie rotates', { strategy: 'least_loaded', lastAssigneeId: 'a', agents: [agent('a', 1), agent('b', 1), agent('c', 1)] }, 'b', 'assigned'],
  ['least loaded full tie wraps', { strategy: 'least_loaded', lastAssigneeId: 'c', agents: [agent('a', 1), agent('b', 1), agent('c', 1)] }, 'a', 'assigned'],
  ['least loaded skips away agents', { strategy: 'least_loaded', agents: [agent('a', 0, 5, { available: false }), agent('b', 4)] }, 'b', 'assigned'],
  ['least loaded on tier 2', { strategy: 'least_loaded', tier: 2 }, 'sam', 'assigned'],
  ['least loaded in a group', { strategy: 'least_loaded', tier: 2, group: 'payments' }, 'zoe', 'assigned'],
  // nobody
  ['no agents at all', { strategy: 'round_robin', agents: [] }, null, 'no_agents'],
  ['no agents of the tier', { strategy: 'least_loaded', tier: 2, agents: [agent('a', 0)] }, null, 'no_agents'],
  ['everyone full', { strategy: 'round_robin', agents: [agent('a', 5), agent('b', 7)] }, null, 'all_at_capacity'],
  ['capacity 0 takes nothing', { strategy: 'least_loaded', agents: [agent('a', 0, 0)] }, null, 'all_at_capacity'],
  ['everyone away', { strategy: 'least_loaded', agents: [agent('a', 0, 5, { available: false })] }, null, 'all_at_capacity'],
  ['group full does not spill over', { strategy: 'round_robin', group: 'payments', agents: [agent('a', 5, 5, { groups: ['payments'] }), agent('b', 0)] }, null, 'all_at_capacity'],
];

describe('pickAssignee', () => {
  it.each(cases)('%s', (_name, input, agentId, code) => {
    const result = pickAssignee({ agents: team, ...input });
    expect(result.agentId).toBe(agentId);
    expect(result.code).toBe(code);
    expect(result.reason).not.toBe('');
  });

  it('explains the pick', () => {
    expect(pickAssignee({ agents: team, strategy: 'round_robin', lastAssigneeId: 'ana' }).reason).toBe(
      'round robin: next tier-1 agent after ana with room (1/5 open)',
    );
    expect(pickAssignee({ agents: team, strategy: 'least_loaded' }).reason).toBe(
      'least loaded: tier-1 agent with the lowest load (1/5 open)',
    );
  });

  const agentsArb = fc.uniqueArray(
    fc.record({
      id: fc.string({ minLength: 1, maxLength: 4 }),
      tier: fc.constantFrom<1 | 2>(1, 2),
      capacity: fc.integer({ min: 0, max: 5 }),
      openCount: fc.integer({ min: 0, max: 6 }),
      available: fc.boolean(),
    }),
    { selector: (a) => a.id, maxLength: 8 },
  );

  it('only ever picks an available agent of the tier with room, and finds one when there is one', () => {
    fc.assert(
      fc.property(agentsArb, fc.constantFrom('round_robin', 'least_loaded' as const), fc.option(fc.string({ maxLength: 4 })), (agents, strategy, last) => {
        const result = pickAssignee({ agents, strategy, lastAssigneeId: last });
        const eligible = agents.filter((a) => a.tier === 1 && a.available && a.openCount < a.capacity);
        if (eligible.length === 0) expect(result.agentId).toBeNull();
        else expect(eligible.map((a) => a.id)).toContain(result.agentId);
      }),
    );
  });

  it('round robin visits every agent with room before repeating one', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }), (ids) => {
        const agents = ids.map((id) => agent(id, 0, 100));
        const seen: string[] = [];
        let last: string | null = null;
        for (let i = 0; i < ids.length; i += 1) {
          last = pickAssignee({ agents, strategy: 'round_robin', lastAssigneeId: last }).agentId;
          seen.push(last!);
        }
        expect(new Set(seen).size).toBe(ids.length);
      }),
    );
  });
});

describe('decideEscalation', () => {
  it.each([
    ['urgent escalates', { severity: 'urgent', tier: 1 }, true, 2, 'urgent'],
    ['high does not', { severity: 'high', tier: 1 }, false, 1, 'none'],
    ['first response breached', { severity: 'normal', tier: 1, sla: { firstResponse: 'breached' } }, true, 2, 'breached'],
    ['resolution breached', { severity: 'low', tier: 1, sla: { firstResponse: 'met', resolution: 'breached' } }, true, 2, 'breached'],
    ['next response breached', { severity: 'high', tier: 1, sla: { nextResponse: 'breached' } }, true, 2, 'breached'],
    ['warning only', { severity: 'high', tier: 1, sla: { firstResponse: 'warning', resolution: 'ok' } }, false, 1, 'none'],
    ['paused and met', { severity: 'normal', tier: 1, sla: { firstResponse: 'met', resolution: 'paused', nextResponse: null } }, false, 1, 'none'],
    ['already at tier 2', { severity: 'urgent', tier: 2 }, false, 2, 'already_tier_2'],
    ['tier 2 stays', { severity: 'low', tier: 2 }, false, 2, 'already_tier_2'],
  ] as Array<[string, EscalationInput, boolean, number, string]>)('%s', (_name, input, escalate, tier, code) => {
    const decision = decideEscalation(input);
    expect(decision).toMatchObject({ escalate, tier, code });
  });

  it('names every breached target', () => {
    expect(decideEscalation({ severity: 'normal', tier: 1, sla: { firstResponse: 'breached', resolution: 'breached' } }).reason).toBe(
      'first response and resolution SLA breached',
    );
  });
});
