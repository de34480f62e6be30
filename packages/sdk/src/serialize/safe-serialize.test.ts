import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { describeNode, safeSerialize, truncateString } from './safe-serialize.js';

function cyclic(): Record<string, unknown> {
  const a: Record<string, unknown> = { name: 'a' };
  a.self = a;
  return a;
}

function nested(levels: number): Record<string, unknown> {
  let value: Record<string, unknown> = { leaf: true };
  for (let i = 0; i < levels; i++) value = { child: value };
  return value;
}

const shared = { n: 1 };
const throwing = Object.defineProperty({ ok: 1 }, 'bad', {
  enumerable: true,
  get() {
    throw new Error('nope');
  },
});

describe('safeSerialize', () => {
  const cases: Array<[string, unknown, unknown]> = [
    ['string', 'hi', 'hi'],
    ['number', 42, 42],
    ['NaN', Number.NaN, 'NaN'],
    ['Infinity', Infinity, 'Infinity'],
    ['null', null, null],
    ['undefined', undefined, '[undefined]'],
    ['bigint', 10n, '10n'],
    ['symbol', Symbol('s'), 'Symbol(s)'],
    ['function', function save() {}, '[Function save]'],
    ['arrow', () => 1, '[Function anonymous]'],
    ['date', new Date('2024-01-02T03:04:05Z'), '2024-01-02T03:04:05.000Z'],
    ['invalid date', new Date('x'), 'Invalid Date'],
    ['regexp', /a+/g, '/a+/g'],
    ['typed array', new Uint8Array(4), '[Uint8Array(4 bytes)]'],
    ['promise', Promise.resolve(1), '[Promise]'],
    ['cycle', cyclic(), { name: 'a', self: '[Circular]' }],
    ['shared, not cyclic', [shared, shared], [{ n: 1 }, { n: 1 }]],
    ['map', new Map([['k', 1]]), { $type: 'Map', entries: [['k', 1]] }],
    ['set', new Set([1, 2]), { $type: 'Set', values: [1, 2] }],
    ['throwing getter', throwing, { ok: 1, bad: '[Thrown: nope]' }],
    ['depth limit', nested(6), { child: { child: { child: { child: { child: '[Object]' } } } } }],
    ['node-like', { nodeType: 1, nodeName: 'BUTTON', id: 'save', classList: ['primary'] }, '<button#save.primary>'],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(safeSerialize(input)).toEqual(expected);
  });

  it('cuts huge strings and says by how much', () => {
    const out = safeSerialize('x'.repeat(5000)) as string;
    expect(out.startsWith('x'.repeat(1000))).toBe(true);
    expect(out.endsWith('…[+4000 chars]')).toBe(true);
  });

  it('bounds wide objects and long arrays', () => {
    const wide = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`k${i}`, i]));
    const out = safeSerialize(wide, { maxKeys: 10 }) as Record<string, unknown>;
    expect(Object.keys(out)).toHaveLength(11);
    expect(out['…']).toBe('+50 keys');
    expect(safeSerialize(Array.from({ length: 5 }, (_, i) => i), { maxItems: 2 })).toEqual([0, 1, '…[+3 items]']);
  });

  it('stops after maxNodes values in total', () => {
    const out = safeSerialize([[1, 2, 3], [4, 5, 6]], { maxNodes: 5 });
    expect(out).toEqual([[1, 2, 3], '[…]']);
  });

  it('keeps an error name, message, stack and cause', () => {
    const error = new TypeError('bad thing', { cause: new Error('root') });
    const out = safeSerialize(error) as Record<string, unknown>;
    expect(out).toMatchObject({ $type: 'Error', name: 'TypeError', message: 'bad thing' });
    expect(out.stack).toContain('bad thing');
    expect(out.cause).toMatchObject({ $type: 'Error', message: 'root' });
  });

  it('uses a custom node describer', () => {
    const out = safeSerialize({ nodeType: 1, nodeName: 'INPUT' }, { describeNode: () => '[masked]' });
    expect(out).toBe('[masked]');
  });

  it('always produces something JSON.stringify accepts and round-trips', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withMap: true, withSet: true, withDate: true, withTypedArray: true }), (value) => {
        const out = safeSerialize(value);
        const text = JSON.stringify(out);
        expect(JSON.parse(text)).toEqual(out);
      }),
      { numRuns: 300 },
    );
  });
});

describe('truncateString and describeNode', () => {
  it('leaves short strings alone', () => {
    expect(truncateString('abc', 3)).toBe('abc');
    expect(truncateString('abcd', 3)).toBe('abc…[+1 chars]');
  });
  it('describes non-element nodes by name', () => {
    expect(describeNode({ nodeType: 3, nodeName: '#text' })).toBe('#text');
  });
});
