import { describe, expect, it } from 'vitest';
import { deliveryQuerySchema, webhookCreateSchema, webhookPatchSchema, WEBHOOK_EVENT_TYPES } from './webhooks.js';

describe('webhookCreateSchema', () => {
  it('answers events once each, in the order of WEBHOOK_EVENT_TYPES', () => {
    const input = webhookCreateSchema.parse({ url: ' https://hooks.example.com/a ', events: ['sla.breached', 'ticket.created', 'sla.breached'] });
    expect(input).toEqual({ url: 'https://hooks.example.com/a', events: ['ticket.created', 'sla.breached'] });
  });

  it('refuses unknown events, an empty list, unknown fields and a long description', () => {
    for (const body of [
      { url: 'https://a.example', events: ['ticket.deleted'] },
      { url: 'https://a.example', events: [] },
      { url: 'https://a.example', secret: 'mine' },
      { url: 'https://a.example', description: 'x'.repeat(201) },
      { url: '' },
    ]) {
      expect(webhookCreateSchema.safeParse(body).success, JSON.stringify(body)).toBe(false);
    }
    expect(webhookCreateSchema.parse({ url: 'https://a.example', events: [...WEBHOOK_EVENT_TYPES, ...WEBHOOK_EVENT_TYPES] }).events).toEqual([
      ...WEBHOOK_EVENT_TYPES,
    ]);
  });
});

describe('webhookPatchSchema', () => {
  it('needs at least one field, and rotateSecret only as true', () => {
    expect(webhookPatchSchema.safeParse({}).success).toBe(false);
    expect(webhookPatchSchema.safeParse({ rotateSecret: false }).success).toBe(false);
    expect(webhookPatchSchema.parse({ rotateSecret: true })).toEqual({ rotateSecret: true });
    expect(webhookPatchSchema.parse({ active: false, description: null })).toEqual({ active: false, description: null });
  });
});

describe('deliveryQuerySchema', () => {
  it('splits comma-separated statuses, coerces the limit and defaults it to 25', () => {
    expect(deliveryQuerySchema.parse({ status: 'failed, dead,', limit: '10' })).toEqual({ status: ['failed', 'dead'], limit: 10 });
    expect(deliveryQuerySchema.parse({})).toEqual({ limit: 25 });
  });

  it('refuses unknown statuses, an empty status list and a limit out of range', () => {
    for (const query of [{ status: 'lost' }, { status: ',' }, { limit: '0' }, { limit: '101' }, { eventType: 'ticket.deleted' }]) {
      expect(deliveryQuerySchema.safeParse(query).success, JSON.stringify(query)).toBe(false);
    }
  });
});
