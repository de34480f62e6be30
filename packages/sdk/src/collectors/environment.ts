/**
 * The environment collector: a snapshot, taken when a report is built, of
 * where the report comes from. In a browser: user agent and client hints,
 * language, time zone, screen, viewport, pixel ratio, URL, referrer and online
 * state. In Node: the Node version, platform and architecture.
 */
import type { ClientHints, Environment } from '../schemas/diagnostics.js';
import type { Collector } from './types.js';

/** `navigator.userAgentData`, which TypeScript's DOM library does not describe. */
interface UserAgentData {
  brands?: Array<{ brand: string; version: string }>;
  mobile?: boolean;
  platform?: string;
  getHighEntropyValues?(hints: string[]): Promise<Record<string, unknown>>;
}

const HIGH_ENTROPY_HINTS = ['architecture', 'bitness', 'model', 'platformVersion', 'fullVersionList'];

/**
 * Creates the environment collector. Installing asks the browser once for
 * high-entropy client hints; they are included when the answer has arrived.
 *
 * @example
 * const env = createEnvironmentCollector();
 * env.install();
 * env.collect(); // { runtime: 'browser', language: 'en-GB', timeZone: 'Europe/Paris', … }
 */
export function createEnvironmentCollector(): Collector<Environment> {
  let highEntropy: Partial<ClientHints> = {};

  return {
    install() {
      const data = userAgentData();
      data
        ?.getHighEntropyValues?.(HIGH_ENTROPY_HINTS)
        .then((values) => {
          highEntropy = pickHints(values);
        })
        .catch(() => {
          // Hints are a bonus: a browser may refuse them.
        });
    },
    uninstall() {},
    collect() {
      return snapshot(highEntropy);
    },
    clear() {},
  };
}

function userAgentData(): UserAgentData | undefined {
  const nav = (globalThis as { navigator?: Navigator & { userAgentData?: UserAgentData } }).navigator;
  return nav?.userAgentData;
}

function pickHints(values: Record<string, unknown>): Partial<ClientHints> {
  const out: Record<string, unknown> = {};
  for (const key of HIGH_ENTROPY_HINTS) if (values[key] !== undefined && values[key] !== '') out[key] = values[key];
  return out as Partial<ClientHints>;
}

function snapshot(highEntropy: Partial<ClientHints>): Environment {
  const g = globalThis as {
    window?: Window;
    navigator?: Navigator;
    document?: Document;
    process?: { version?: string; platform?: string; arch?: string; versions?: { node?: string } };
  };
  const timeZone = safely(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  if (g.window && g.document) {
    const { window: win, document: doc } = g;
    const nav = win.navigator;
    const data = userAgentData();
    const hints: ClientHints | undefined = data
      ? { brands: data.brands, mobile: data.mobile, platform: data.platform, ...highEntropy }
      : undefined;
    return {
      runtime: 'browser',
      userAgent: nav.userAgent,
      ...(hints ? { clientHints: hints } : {}),
      language: nav.language,
      languages: [...(nav.languages ?? [])],
      ...(timeZone ? { timeZone } : {}),
      screen: { width: win.screen.width, height: win.screen.height, colorDepth: win.screen.colorDepth },
      viewport: { width: win.innerWidth, height: win.innerHeight },
      devicePixelRatio: win.devicePixelRatio,
      url: win.location.href,
      ...(doc.referrer ? { referrer: doc.referrer } : {}),
      online: nav.onLine,
    };
  }
  if (g.process?.versions?.node) {
    const { process: proc } = g;
    const language = safely(() => Intl.DateTimeFormat().resolvedOptions().locale);
    return {
      runtime: 'node',
      ...(language ? { language } : {}),
      ...(timeZone ? { timeZone } : {}),
      node: { version: proc.version ?? '', platform: proc.platform ?? '', arch: proc.arch ?? '' },
    };
  }
  return { runtime: 'other', ...(timeZone ? { timeZone } : {}) };
}

function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
