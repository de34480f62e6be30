import { describe, expect, it } from 'vitest';
import { urlMatches } from './url-match.js';

describe('urlMatches', () => {
  it.each([
    // path globs
    ['https://app.example.com/billing/invoices/7?x=1', '/billing/**', 'glob', true],
    ['https://app.example.com/billing', '/billing/**', 'glob', false],
    ['https://app.example.com/billing/', '/billing/**', 'glob', true],
    ['https://app.example.com/billing/invoices/7', '/billing/*', 'glob', false],
    ['https://app.example.com/billing/invoices', '/billing/*', 'glob', true],
    ['https://app.example.com/orders/12/pay', '/orders/*/pay', 'glob', true],
    ['https://app.example.com/Orders/12/PAY', '/orders/*/pay', 'glob', true],
    ['https://app.example.com/orders/12/pay/confirm', '/orders/*/pay', 'glob', false],
    ['https://app.example.com/a.b', '/a.b', 'glob', true],
    ['https://app.example.com/axb', '/a.b', 'glob', false],
    // full-URL globs
    ['https://app.example.com/billing/x', 'https://app.example.com/billing/**', 'glob', true],
    ['https://admin.example.com/billing/x', 'https://*.example.com/**', 'glob', true],
    ['https://evil.com/x.example.com/a', 'https://*.example.com/**', 'glob', false],
    ['http://app.example.com/billing/x', 'https://app.example.com/**', 'glob', false],
    // query and fragment only when the pattern asks
    ['https://app.example.com/search?q=crash', '/search?q=*', 'glob', true],
    ['https://app.example.com/search?q=crash', '/search', 'glob', true],
    ['https://app.example.com/app#/settings', '/app#/settings', 'glob', true],
    // prefixes
    ['https://app.example.com/billing/invoices', '/billing', 'prefix', true],
    ['https://app.example.com/billings', '/billing/', 'prefix', false],
    ['https://app.example.com/billing/invoices', 'https://app.example.com/billing', 'prefix', true],
    ['https://APP.example.com/Billing', 'https://app.example.com/billing', 'prefix', true],
    ['https://app.example.com/settings', '/billing', 'prefix', false],
    // relative URLs
    ['/billing/7', '/billing/*', 'glob', true],
  ] as const)('%s ~ %s (%s) → %s', (url, pattern, mode, expected) => {
    expect(urlMatches(url, pattern, mode)).toBe(expected);
  });
});
