import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRedactor } from './redact.js';
import { isCardNumber, luhn } from './redaction-rules.js';

const JWT_TOKEN =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4ifQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';

describe('redactor.text', () => {
  const redactor = createRedactor({ allowEmails: ['Me@Example.com'] });
  const cases: Array<[string, string, string]> = [
    ['bearer token', 'Authorization: Bearer abc123.def-456', 'Authorization: [redacted]'],
    ['bearer in prose stays', 'the bearer of bad news', 'the bearer of bad news'],
    ['bearer alone', 'sent Bearer 9f8e7d6c5b4a3210 upstream', 'sent Bearer [redacted] upstream'],
    ['jwt', `got ${JWT_TOKEN} back`, 'got [redacted:jwt] back'],
    ['stripe secret key', 'key sk_live_4eC39HqLyjWDarjtT1zdp7dc', 'key [redacted:key]'],
    ['short publishable key stays', 'pk_live_4eC39HqLyjWD', 'pk_live_4eC39HqLyjWD'],
    ['github token', 'ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789', '[redacted:key]'],
    ['aws access key id', 'AKIAIOSFODNN7EXAMPLE', '[redacted:key]'],
    ['random mixed secret', 'x=Zq8mN3pL7vR2tY6wK9sD4fG1hJ5kX0cB end', 'x=[redacted:key] end'],
    ['commit hash stays', 'release 3f786850e387550fdab836ed7e6dc881de23001b', 'release 3f786850e387550fdab836ed7e6dc881de23001b'],
    ['uuid stays', 'report 0f8fad5b-d9cb-469f-a165-70867728950e', 'report 0f8fad5b-d9cb-469f-a165-70867728950e'],
    ['visa card', 'card 4111 1111 1111 1111 ok', 'card [redacted:card] ok'],
    ['card with dashes', '5500-0000-0000-0004', '[redacted:card]'],
    ['amex', '378282246310005', '[redacted:card]'],
    ['failed luhn stays', '4111 1111 1111 1112', '4111 1111 1111 1112'],
    ['ms timestamp stays', 'at 1700000000000', 'at 1700000000000'],
    ['short number stays', 'order 123456', 'order 123456'],
    ['password param', '/login?user=ann&password=hunter2&next=%2F', '/login?user=ann&password=[redacted]&next=%2F'],
    ['access_token param', 'https://a.example/cb#access_token=xyz&state=1', 'https://a.example/cb#access_token=[redacted]&state=1'],
    ['client secret param', 'client_secret=s3cr3t', 'client_secret=[redacted]'],
    ['api key header', 'X-Api-Key: 12345', 'X-Api-Key: [redacted]'],
    ['json password', '{"user":"ann","password":"hunter2"}', '{"user":"ann","password":"[redacted]"}'],
    ['author is not auth', '?author=ann', '?author=ann'],
    ['empty value stays', '?token=&a=1', '?token=&a=1'],
    ['other email', 'contact bob@corp.example.org now', 'contact [redacted:email] now'],
    ['own email stays, any case', 'I am me@example.com', 'I am me@example.com'],
    ['url userinfo', 'https://ann:pa55@db.example.com/x', 'https://ann:[redacted:email]/x'],
    ['firefox frame is not an email', 'save@https://app.example.com/a.js:1:2', 'save@https://app.example.com/a.js:1:2'],
    ['plain text stays', 'Save button does nothing', 'Save button does nothing'],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(redactor.text(input)).toBe(expected);
  });

  it('honours extra keys, extra patterns and turned-off rules', () => {
    const custom = createRedactor({
      sensitiveKeys: ['pin'],
      patterns: [/ORD-\d+/],
      rules: { emails: false },
    });
    expect(custom.text('pin=1234 order ORD-991 ORD-992 bob@x.example')).toBe('pin=[redacted] order [redacted] [redacted] bob@x.example');
    const replaced = createRedactor({ sensitiveKeys: ['pin'], replaceDefaultKeys: true });
    expect(replaced.text('password=a pin=b')).toBe('password=a pin=[redacted]');
  });
});

describe('redactor.value', () => {
  const redactor = createRedactor();
  it('redacts strings deep inside and whole values under sensitive keys', () => {
    const input = {
      message: 'mail bob@example.com',
      nested: [{ apiKey: 'abc', note: 'ok' }, { session: { id: 7 } }],
      count: 3,
      card: 4111111111111111,
      headers: { Authorization: 'Basic dXNlcjpwYXNz' },
    };
    expect(redactor.value(input)).toEqual({
      message: 'mail [redacted:email]',
      nested: [{ apiKey: '[redacted]', note: 'ok' }, { session: '[redacted]' }],
      count: 3,
      card: '[redacted:card]',
      headers: { Authorization: '[redacted]' },
    });
  });

  it('does not change the input', () => {
    const input = { password: 'x' };
    redactor.value(input);
    expect(input.password).toBe('x');
  });

  it('is idempotent: redacting twice equals redacting once', () => {
    const secretish = fc.constantFrom(
      'Bearer abc123.def-456',
      JWT_TOKEN,
      'sk_live_4eC39HqLyjWDarjtT1zdp7dc',
      '4111 1111 1111 1111',
      'bob@example.com',
      'password=hunter2',
      '"token": "t0k"',
      'Authorization: Bearer x1y2z3w4v5',
      'Zq8mN3pL7vR2tY6wK9sD4fG1hJ5kX0cB',
    );
    const text = fc.array(fc.oneof(secretish, fc.string()), { maxLength: 6 }).map((parts) => parts.join(' '));
    fc.assert(
      fc.property(fc.oneof(text, fc.jsonValue()), (value) => {
        const once = redactor.value(value);
        expect(redactor.value(once)).toEqual(once);
      }),
      { numRuns: 500 },
    );
  });
});

describe('luhn and isCardNumber', () => {
  it.each([
    ['79927398713', true],
    ['79927398710', false],
    ['4242424242424242', true],
    ['', false],
  ])('luhn(%s) = %s', (digits, expected) => {
    expect(luhn(digits)).toBe(expected);
  });
  it('requires a card network first digit and 13-19 digits', () => {
    expect(isCardNumber('4242 4242 4242 4242')).toBe(true);
    expect(isCardNumber('1234567812345670')).toBe(false);
    expect(isCardNumber('424242424242')).toBe(false);
  });
});
