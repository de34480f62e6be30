import { describe, expect, it } from 'vitest';
import { normaliseErrorMessage } from './message.js';
import { normaliseRoute } from './route.js';
import { isVolatileSegment, maskVolatileText } from './volatile.js';

describe('isVolatileSegment', () => {
  it.each([
    ['123', true],
    ['0', true],
    ['123e4567-e89b-12d3-a456-426614174000', true],
    ['5f3a9c2e1b', true],
    ['507f1f77bcf86cd799439011', true],
    ['V1StGXR8_Z5jdHi6B-myT2', true],
    ['01ARZ3NDEKTSV4RRFFQ69G5FAV', true],
    ['invoice-20240117', true],
    ['bob@example.com', true],
    ['orders', false],
    ['v2', false],
    ['settings', false],
    ['deadbeef', false],
    ['page2', false],
    ['how-to-export', false],
    ['', false],
  ])('%s → %s', (segment, expected) => {
    expect(isVolatileSegment(segment)).toBe(expected);
  });
});

describe('normaliseRoute', () => {
  it.each([
    ['https://app.example.com/orders/1234/items?tab=2', '/orders/:id/items'],
    ['https://app.example.com/orders/1234/items/', '/orders/:id/items'],
    ['https://app.example.com/', '/'],
    ['https://app.example.com', '/'],
    ['https://app.example.com//a//b', '/a/b'],
    ['https://app.example.com/u/123e4567-e89b-12d3-a456-426614174000/profile', '/u/:id/profile'],
    ['https://app.example.com/commit/9fceb02d0ae598e95dc970b74767f19372d61af8', '/commit/:id'],
    ['https://app.example.com/settings#billing', '/settings'],
    ['https://app.example.com/app/#/orders/77/edit?x=1', '/app#/orders/:id/edit'],
    ['https://app.example.com/#!/tickets/5f3a9c2e1b', '/#/tickets/:id'],
    ['/relative/42/path?q=1', '/relative/:id/path'],
    ['relative/42', '/relative/:id'],
    ['http://localhost:3000/docs/v2/intro', '/docs/v2/intro'],
    ['https://example.com/%E8%AE%A2%E5%8D%95/12', '/%E8%AE%A2%E5%8D%95/:id'],
  ])('%s → %s', (url, route) => {
    expect(normaliseRoute(url)).toBe(route);
  });

  it('answers remembered pages alike, also after more pages than it remembers', () => {
    const sections = ['orders', 'invoices', 'customers'];
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 1500; i++) {
        expect(normaliseRoute(`https://app.example.com/${sections[i % 3]}/${i}/edit?round=${round}`)).toBe(`/${sections[i % 3]}/:id/edit`);
      }
    }
  });
});

describe('maskVolatileText', () => {
  it.each([
    ['user 42 not found', 'user <n> not found'],
    ['took 1.5s', 'took <n>s'],
    ['at 10:42:07', 'at <n>'],
    ['mail bob.smith+tag@mail.example.co.uk now', 'mail <email> now'],
    ['id 123e4567-e89b-12d3-a456-426614174000', 'id <uuid>'],
    ['ptr 0x7ffee4b2c9a0', 'ptr <hex>'],
    ['sha 9fceb02d0ae598e95dc970b74767f19372d61af8', 'sha <hex>'],
    ['word deadbeef stays', 'word deadbeef stays'],
    ['no volatile parts', 'no volatile parts'],
  ])('%s → %s', (text, expected) => {
    expect(maskVolatileText(text)).toBe(expected);
  });
});

describe('normaliseErrorMessage', () => {
  it.each([
    [
      'Order 1234 failed: GET https://x.io/o/99?t=1. (id 3f9a2c1b7d)',
      'Order <n> failed: GET https://x.io/o/:id. (id <hex>)',
    ],
    ["Cannot read properties of undefined (reading 'id')", "Cannot read properties of undefined (reading 'id')"],
    ['Request to https://api.example.com/v2/users/42?token=abc#frag failed', 'Request to https://api.example.com/v2/users/:id failed'],
    ['Failed to fetch https://api.example.com:8443/x', 'Failed to fetch https://api.example.com:8443/x'],
    ['  lots\n of\t whitespace  ', 'lots of whitespace'],
    ['User bob@example.com has 3 sessions', 'User <email> has <n> sessions'],
    ['Chunk 5 (abc123ef9) failed to load', 'Chunk <n> (<hex>) failed to load'],
    ['ключ 17 не найден', 'ключ <n> не найден'],
    ['订单 12345 不存在', '订单 <n> 不存在'],
    ['', ''],
  ])('%j → %j', (message, expected) => {
    expect(normaliseErrorMessage(message)).toBe(expected);
  });

  it('caps the normalised message at 300 characters', () => {
    expect(normaliseErrorMessage('x'.repeat(1000))).toHaveLength(300);
  });

  it('maps the same error with different ids to the same text', () => {
    const a = normaliseErrorMessage('Timeout after 3000ms calling https://api.x.io/orders/1?x=1 for a@b.io');
    const b = normaliseErrorMessage('Timeout after 5000ms calling https://api.x.io/orders/98?y=2 for c@d.io');
    expect(a).toBe(b);
  });
});
