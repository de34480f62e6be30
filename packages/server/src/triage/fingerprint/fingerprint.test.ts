import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FINGERPRINT_VERSION, canonicalFingerprint, fingerprintReport } from './fingerprint.js';

const page = { url: 'https://app.example.com/orders/1234?tab=items' };

function errorReport(message: string, overrides: Record<string, unknown> = {}, url = page.url) {
  return {
    message: 'It broke',
    page: { url },
    diagnostics: {
      errors: [
        {
          type: 'TypeError',
          message,
          handled: false,
          frames: [
            { function: 'saveOrder', file: 'https://cdn.x.io/assets/index-BXk3_9aZ.js:1:200', inApp: true },
            { function: 'dispatch', file: 'https://cdn.x.io/assets/vendor-Aa11Bb22.js', inApp: false },
            { function: 'onClick', file: 'https://cdn.x.io/assets/index-BXk3_9aZ.js:1:999', inApp: true },
          ],
          ...overrides,
        },
      ],
    },
  };
}

describe('fingerprintReport', () => {
  it('returns value, version and basis', () => {
    const fp = fingerprintReport(errorReport("Cannot read properties of undefined (reading 'id')"));
    expect(fp).toEqual({ value: expect.stringMatching(/^[0-9a-f]{32}$/), version: FINGERPRINT_VERSION, basis: 'error' });
  });

  it("groups on the client's own key when it sends one, whatever the text or error", () => {
    const a = fingerprintReport({ ...errorReport('boom'), fingerprint: 'checkout-timeout' });
    const b = fingerprintReport({ message: 'Different words', page: { url: 'https://x.io/other' }, fingerprint: ' checkout-timeout ' });
    expect(a).toEqual(b);
    expect(a.basis).toBe('client');
    expect(fingerprintReport({ message: 'x', page, fingerprint: 'other' }).value).not.toBe(a.value);
    expect(fingerprintReport({ message: 'x', page, fingerprint: '  ' }).basis).toBe('text');
  });

  it('is stable across releases of the same algorithm version', () => {
    expect(
      canonicalFingerprint(errorReport('Order 42 not found')).canonical,
    ).toBe('[1,"error","TypeError","Order <n> not found",["saveOrder@/assets/index.js","onClick@/assets/index.js"],"/orders/:id"]');
    expect(canonicalFingerprint({ message: 'Export does nothing!', page: { url: '/reports/7' } }).canonical).toBe(
      '[1,"text","export does nothing","/reports/:id"]',
    );
  });

  const same: Array<[string, ReturnType<typeof errorReport>, ReturnType<typeof errorReport>]> = [
    ['different ids in the message', errorReport('Order 42 not found'), errorReport('Order 977 not found')],
    ['different user e-mails', errorReport('No access for a@x.io'), errorReport('No access for b@y.org')],
    ['different query strings in URLs', errorReport('GET https://api.x.io/a?x=1 failed'), errorReport('GET https://api.x.io/a?y=2 failed')],
    ['different bundle hashes', errorReport('boom'), errorReport('boom', { frames: [
      { function: 'saveOrder', file: 'https://cdn.x.io/assets/index-Zz99_xYq.js:1:300', inApp: true },
      { function: 'onClick', file: 'https://cdn.x.io/assets/index-Zz99_xYq.js:2:5', inApp: true },
    ] })],
    ['different line numbers', errorReport('boom', { frames: [{ function: 'f', file: '/src/a.ts:1:1', inApp: true }] }),
      errorReport('boom', { frames: [{ function: 'f', file: '/src/a.ts:9:9', inApp: true }] })],
    ['different vendor frames', errorReport('boom'), errorReport('boom', { frames: [
      { function: 'saveOrder', file: '/assets/index.js', inApp: true },
      { function: 'other', file: '/assets/vendor.js', inApp: false },
      { function: 'onClick', file: '/assets/index.js', inApp: true },
    ] })],
    ['different order ids in the route', errorReport('boom', {}, 'https://x.io/orders/1'), errorReport('boom', {}, 'https://x.io/orders/2?x')],
    ['different host', errorReport('boom', {}, 'https://a.x.io/orders/1'), errorReport('boom', {}, 'https://b.x.io/orders/2')],
    ['different handled flag', errorReport('boom', { handled: false }), errorReport('boom', { handled: true })],
  ];
  it.each(same)('groups reports differing only in %s', (_name, a, b) => {
    expect(fingerprintReport(a).value).toBe(fingerprintReport(b).value);
  });

  const different: Array<[string, ReturnType<typeof errorReport>, ReturnType<typeof errorReport>]> = [
    ['error type', errorReport('boom'), errorReport('boom', { type: 'RangeError' })],
    ['message words', errorReport('Order not found'), errorReport('Order not saved')],
    ['top frame', errorReport('boom'), errorReport('boom', { frames: [{ function: 'loadOrder', file: '/assets/index.js', inApp: true }] })],
    ['route', errorReport('boom', {}, 'https://x.io/orders/1'), errorReport('boom', {}, 'https://x.io/invoices/1')],
  ];
  it.each(different)('separates reports differing in %s', (_name, a, b) => {
    expect(fingerprintReport(a).value).not.toBe(fingerprintReport(b).value);
  });

  it('uses only the top N in-app frames', () => {
    const frames = ['a', 'b', 'c', 'd'].map((f) => ({ function: f, file: '/src/x.ts', inApp: true }));
    const other = [...frames.slice(0, 2), { function: 'z', file: '/src/x.ts', inApp: true }];
    expect(fingerprintReport(errorReport('boom', { frames }), { frames: 2 }).value).toBe(
      fingerprintReport(errorReport('boom', { frames: other }), { frames: 2 }).value,
    );
    expect(fingerprintReport(errorReport('boom', { frames })).value).not.toBe(
      fingerprintReport(errorReport('boom', { frames: other })).value,
    );
  });

  it('prefers the first uncaught error', () => {
    const report = {
      message: 'x',
      page,
      diagnostics: { errors: [
        { type: 'Warning', message: 'handled one', handled: true },
        { type: 'TypeError', message: 'real one' },
      ] },
    };
    expect(canonicalFingerprint(report).canonical).toContain('"TypeError","real one"');
  });

  it.each([
    ['no diagnostics', undefined],
    ['diagnostics not an object', 'oops'],
    ['errors not a list', { errors: 'x' }],
    ['empty errors', { errors: [{}, null, 3] }],
    ['network only', { network: [{ status: 500 }] }],
  ])('falls back to the text basis with %s', (_name, diagnostics) => {
    const fp = fingerprintReport({ message: 'Export does nothing', page, diagnostics });
    expect(fp.basis).toBe('text');
    expect(fp.value).toBe(fingerprintReport({ message: 'export  does nothing!!', page }).value);
  });

  it.each([
    ['Export does nothing', 'EXPORT does nothing.', true],
    ['Export does nothing', 'Export does nothing (2)', true],
    ['导出没反应', '导出没反应！！', true],
    ['Export does nothing', 'Import does nothing', false],
  ])('text basis: %j vs %j grouped = %s', (a, b, grouped) => {
    const fa = fingerprintReport({ message: a, page });
    const fb = fingerprintReport({ message: b, page });
    expect(fa.value === fb.value).toBe(grouped);
  });

  it('never throws on arbitrary diagnostics and is deterministic', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string(), (diagnostics, message) => {
        const subject = { message, page, diagnostics };
        const fp = fingerprintReport(subject);
        expect(fp.value).toMatch(/^[0-9a-f]{32}$/);
        expect(fingerprintReport(subject)).toEqual(fp);
      }),
      { numRuns: 200 },
    );
  });
});
