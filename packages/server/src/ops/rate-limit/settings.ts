/**
 * Rate-limit settings, read from the environment once when the app is built.
 * Deps carry no rate-limit options, so the operator sets these variables; a
 * limit of 0 turns that limit off.
 */

/** Requests per minute allowed per client IP and per project key, for one group of endpoints. */
export interface ScopeLimits {
  perIp: number;
  perKey: number;
}

/** Every rate-limit setting. */
export interface RateLimitSettings {
  /** `POST /v1/reports`. */
  reports: ScopeLimits;
  /** The other public endpoints: the reporter's ticket actions and the public knowledge base. */
  requests: ScopeLimits;
  /** How many proxies in front append to `X-Forwarded-For`; 0 ignores the header. */
  trustedProxies: number;
}

/** The defaults, per instance and per minute. */
export const DEFAULT_RATE_LIMITS: RateLimitSettings = {
  reports: { perIp: 60, perKey: 600 },
  requests: { perIp: 300, perKey: 3000 },
  trustedProxies: 0,
};

/** The environment variables, documented in docs/operations.md. */
export const RATE_LIMIT_ENV = {
  reportsPerIp: 'AFTERCARE_RATE_LIMIT_REPORTS_PER_IP',
  reportsPerKey: 'AFTERCARE_RATE_LIMIT_REPORTS_PER_KEY',
  requestsPerIp: 'AFTERCARE_RATE_LIMIT_REQUESTS_PER_IP',
  requestsPerKey: 'AFTERCARE_RATE_LIMIT_REQUESTS_PER_KEY',
  trustProxy: 'AFTERCARE_TRUST_PROXY',
} as const;

function count(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number of requests per minute (0 turns it off), not "${raw}"`);
  return value;
}

function proxies(raw: string | undefined): number {
  const value = raw?.trim().toLowerCase();
  if (!value || value === 'false' || value === '0') return 0;
  if (value === 'true') return 1;
  const hops = Number(value);
  if (!Number.isInteger(hops) || hops < 0) throw new Error(`${RATE_LIMIT_ENV.trustProxy} must be true, false or a number of proxies, not "${raw}"`);
  return hops;
}

/**
 * Reads the settings from an environment; throws on a malformed value rather
 * than silently running without limits.
 *
 * @example
 * rateLimitSettings({ AFTERCARE_RATE_LIMIT_REPORTS_PER_IP: '20', AFTERCARE_TRUST_PROXY: '1' });
 */
export function rateLimitSettings(env: Record<string, string | undefined>): RateLimitSettings {
  const d = DEFAULT_RATE_LIMITS;
  return {
    reports: {
      perIp: count(env, RATE_LIMIT_ENV.reportsPerIp, d.reports.perIp),
      perKey: count(env, RATE_LIMIT_ENV.reportsPerKey, d.reports.perKey),
    },
    requests: {
      perIp: count(env, RATE_LIMIT_ENV.requestsPerIp, d.requests.perIp),
      perKey: count(env, RATE_LIMIT_ENV.requestsPerKey, d.requests.perKey),
    },
    trustedProxies: proxies(env[RATE_LIMIT_ENV.trustProxy]),
  };
}
