import { describe, expect, it } from 'vitest';
import { DEFAULT_RATE_LIMITS, rateLimitSettings } from './settings.js';

describe('rate-limit settings', () => {
  it('default when unset', () => {
    expect(rateLimitSettings({})).toEqual(DEFAULT_RATE_LIMITS);
  });

  it('read every variable, 0 turning a limit off', () => {
    expect(
      rateLimitSettings({
        AFTERCARE_RATE_LIMIT_REPORTS_PER_IP: '10',
        AFTERCARE_RATE_LIMIT_REPORTS_PER_KEY: '0',
        AFTERCARE_RATE_LIMIT_REQUESTS_PER_IP: ' 20 ',
        AFTERCARE_RATE_LIMIT_REQUESTS_PER_KEY: '30',
        AFTERCARE_TRUST_PROXY: 'true',
      }),
    ).toEqual({ reports: { perIp: 10, perKey: 0 }, requests: { perIp: 20, perKey: 30 }, trustedProxies: 1 });
    expect(rateLimitSettings({ AFTERCARE_TRUST_PROXY: '2' }).trustedProxies).toBe(2);
    expect(rateLimitSettings({ AFTERCARE_TRUST_PROXY: 'false' }).trustedProxies).toBe(0);
  });

  it('refuse malformed values instead of running without limits', () => {
    expect(() => rateLimitSettings({ AFTERCARE_RATE_LIMIT_REPORTS_PER_IP: 'lots' })).toThrow(/AFTERCARE_RATE_LIMIT_REPORTS_PER_IP/);
    expect(() => rateLimitSettings({ AFTERCARE_RATE_LIMIT_REPORTS_PER_IP: '-1' })).toThrow();
    expect(() => rateLimitSettings({ AFTERCARE_TRUST_PROXY: 'yes' })).toThrow(/AFTERCARE_TRUST_PROXY/);
  });
});
