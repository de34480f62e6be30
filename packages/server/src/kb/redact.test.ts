import { describe, expect, it } from 'vitest';
import { redact } from './redact.js';

describe('redact', () => {
  it.each([
    ['write to ada@example.com please', 'write to [email] please'],
    ['邮箱 张三.li@mail.example.cn 谢谢', '邮箱 [email] 谢谢'],
    ['cut off: ada@examp…', 'cut off: [email]…'],
    ['reset: https://app.example.com/reset?token=abc123&u=7', 'reset: https://app.example.com/reset?[redacted]'],
    ['see https://app.example.com/a/b#access_token=xyz.', 'see https://app.example.com/a/b?[redacted].'],
    ['(https://app.example.com/settings)', '(https://app.example.com/settings)'],
    ['https://user:secret@app.example.com/x', 'https://app.example.com/x'],
    ['https://example.com', 'https://example.com'],
    ['card 4111 1111 1111 1111 expired', 'card [number] expired'],
    ['card 4111-1111-1111-1111', 'card [number]'],
    ['card 4111111111111111', 'card [number]'],
    ['call 138 1234 5678 or 13812345678', 'call [number] or [number]'],
    ['order 12345678 on 2026-03-02 10:00', 'order 12345678 on 2026-03-02 10:00'],
    ['account 123456789', 'account [number]'],
    ['https://shop.example.com/orders/1234567890?x=1', 'https://shop.example.com/orders/[number]?[redacted]'],
    ['my token trk_abcdefghijkl leaked', 'my token [token] leaked'],
    ['version 1.2.3 and 404', 'version 1.2.3 and 404'],
  ])('%j → %j', (input, output) => {
    expect(redact(input)).toBe(output);
  });

  it('hides the given names as whole words, any case', () => {
    expect(redact('Hi, I am Ada Lovelace. ada here; Adam stays.', { names: ['Ada Lovelace', 'Ada'] })).toBe(
      'Hi, I am [name]. [name] here; Adam stays.',
    );
    expect(redact('我是张伟，张伟的订单', { names: ['张伟'] })).toBe('我是[name]，[name]的订单');
    expect(redact('a b', { names: ['a', ' '] })).toBe('a b');
  });

  it('is idempotent', () => {
    const once = redact('ada@example.com https://x.io/r?t=1 4111 1111 1111 1111', { names: ['Ada'] });
    expect(redact(once, { names: ['Ada'] })).toBe(once);
  });
});
