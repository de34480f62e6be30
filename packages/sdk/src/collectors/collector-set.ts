/**
 * The collectors a host app turned on, handled as one: install, uninstall,
 * and collect every section into the diagnostics shape. Each collector is
 * opt-in; errors handed to `capture()` are kept even when the error collector
 * is off.
 */
import type { SdkDiagnostics } from '../schemas/diagnostics.js';
import { createBreadcrumbCollector, type BreadcrumbCollectorOptions } from './breadcrumbs.js';
import { createConsoleCollector, type ConsoleCollectorOptions } from './console.js';
import { createEnvironmentCollector } from './environment.js';
import { createErrorCollector, type ErrorCollectorOptions } from './errors.js';
import { createNetworkCollector, type NetworkCollectorOptions } from './network.js';
import type { Collector, CollectorContext } from './types.js';

/** Which collectors to run, each `true` for defaults or an options object. All off by default. */
export interface CollectorsOptions {
  console?: boolean | ConsoleCollectorOptions;
  errors?: boolean | ErrorCollectorOptions;
  network?: boolean | NetworkCollectorOptions;
  breadcrumbs?: boolean | BreadcrumbCollectorOptions;
  environment?: boolean;
}

/** The running collectors. */
export interface CollectorSet {
  install(): void;
  uninstall(): void;
  /** The collected sections: `environment`, `console`, `errors`, `network`, `breadcrumbs`. */
  collect(): Pick<SdkDiagnostics, 'environment' | 'console' | 'errors' | 'network' | 'breadcrumbs'>;
  /** Records an error the host app caught. */
  capture(error: unknown): void;
  /** Forgets every collected entry. */
  clear(): void;
}

function settings<T extends object>(value: boolean | T | undefined): T | undefined {
  if (!value) return undefined;
  return value === true ? ({} as T) : value;
}

/**
 * Creates the collectors named in `options`.
 *
 * @example
 * const set = createCollectorSet({ console: { max: 50 }, errors: true }, context);
 * set.install();
 */
export function createCollectorSet(options: CollectorsOptions, context: CollectorContext): CollectorSet {
  const errorSettings = settings(options.errors);
  const errors = createErrorCollector(errorSettings ?? {}, context);
  const sections: Array<[keyof ReturnType<CollectorSet['collect']>, Collector<unknown>]> = [];
  const consoleSettings = settings(options.console);
  if (consoleSettings) sections.push(['console', createConsoleCollector(consoleSettings, context)]);
  const networkSettings = settings(options.network);
  if (networkSettings) sections.push(['network', createNetworkCollector(networkSettings, context)]);
  const crumbSettings = settings(options.breadcrumbs);
  if (crumbSettings) sections.push(['breadcrumbs', createBreadcrumbCollector(crumbSettings, context)]);
  if (options.environment) sections.push(['environment', createEnvironmentCollector()]);

  return {
    install() {
      if (errorSettings) errors.install();
      for (const [, collector] of sections) collector.install();
    },
    uninstall() {
      errors.uninstall();
      for (const [, collector] of sections) collector.uninstall();
    },
    collect() {
      const out: Record<string, unknown> = {};
      for (const [name, collector] of sections) {
        const value = collector.collect();
        if (value !== undefined) out[name] = value;
      }
      const errorEntries = errors.collect();
      if (errorEntries) out.errors = errorEntries;
      return out as ReturnType<CollectorSet['collect']>;
    },
    capture(error) {
      errors.capture(error);
    },
    clear() {
      errors.clear();
      for (const [, collector] of sections) collector.clear();
    },
  };
}
