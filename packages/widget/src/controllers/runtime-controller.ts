/**
 * A reactive controller that loads the widget's runtime (the SDK and the
 * network code, one lazy chunk) and keeps one instance per endpoint and
 * project key. With `collect="early"` it loads when the browser is first
 * idle, so diagnostics cover what happened before the reporter opened the
 * dialog; otherwise when the dialog opens — or when idle all the same if an
 * earlier page left reports waiting in the outbox, so they get sent.
 * Disconnecting the host closes the instance (collectors uninstalled; queued
 * reports stay stored).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CollectMode, Runtime, RuntimeOptions } from '../runtime/runtime.js';
import { hasWaiting } from '../state/tracking-store.js';

type RuntimeModule = typeof import('../runtime/runtime.js');
let runtimeModule: Promise<RuntimeModule> | undefined;

/** Loads the runtime chunk once; a failed load is forgotten so the next attempt retries. */
function loadModule(): Promise<RuntimeModule> {
  runtimeModule ??= import('../runtime/runtime.js').catch((error: unknown) => {
    runtimeModule = undefined;
    throw error;
  });
  return runtimeModule;
}

/** What the host provides: where to send, and how to collect. */
export interface RuntimeSettings {
  endpoint?: string | undefined;
  projectKey?: string | undefined;
  collect?: string | undefined;
  maskSelectors?: string[] | undefined;
}

/** Thrown by {@link RuntimeController.get} when the widget cannot work; `code` is shown to the reporter. */
export class RuntimeUnavailable extends Error {
  constructor(readonly code: 'not_configured' | 'network_error') {
    super(code);
  }
}

/** Reads the `collect` setting; anything unknown means the default, `early`. */
export function collectMode(value: string | undefined): CollectMode {
  return value === 'on-open' || value === 'none' ? value : 'early';
}

/**
 * Gives the host its runtime.
 *
 * @example
 * private readonly runtime = new RuntimeController(this, () => ({ endpoint: this.endpoint, projectKey: this.projectKey }));
 * const { sdk } = await this.runtime.get();
 */
export class RuntimeController implements ReactiveController {
  private current: { key: string; runtime: Runtime } | undefined;
  private idle: number | undefined;
  private readonly listeners = new Set<(runtime: Runtime) => void>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly settings: () => RuntimeSettings,
  ) {
    host.addController(this);
  }

  /** The runtime if it exists already, without loading anything. */
  get loaded(): Runtime | undefined {
    return this.current?.runtime;
  }

  /** Calls `listener` with each runtime created from now on (and the current one). Returns the unsubscribe. */
  onRuntime(listener: (runtime: Runtime) => void): () => void {
    this.listeners.add(listener);
    if (this.current) listener(this.current.runtime);
    return () => this.listeners.delete(listener);
  }

  /** The runtime for the current settings; rejects with {@link RuntimeUnavailable}. */
  async get(): Promise<Runtime> {
    const options = this.options();
    if (!options) throw new RuntimeUnavailable('not_configured');
    let module: RuntimeModule;
    try {
      module = await loadModule();
    } catch {
      throw new RuntimeUnavailable('network_error');
    }
    const key = JSON.stringify(options);
    if (this.current?.key !== key) {
      void this.current?.runtime.close();
      this.current = { key, runtime: module.createRuntime(options) };
      for (const listener of this.listeners) listener(this.current.runtime);
    }
    return this.current.runtime;
  }

  /** Starts loading ahead of use; failures show later, when the runtime is needed. */
  preload(): void {
    this.get().catch(() => undefined);
  }

  /** With `collect="early"`, or with reports waiting to be sent, loads once the browser is idle. */
  hostConnected(): void {
    const { collect, projectKey } = this.settings();
    if (collectMode(collect) !== 'early' && !(projectKey && hasWaiting(projectKey))) return;
    const win = window as Window & { requestIdleCallback?: (cb: () => void, options?: { timeout: number }) => number };
    this.idle = win.requestIdleCallback
      ? win.requestIdleCallback(() => this.preload(), { timeout: 3000 })
      : window.setTimeout(() => this.preload(), 1000);
  }

  /** Stops collecting: the instance is closed (queued reports stay stored). */
  hostDisconnected(): void {
    if (this.idle !== undefined) {
      (window.cancelIdleCallback ?? window.clearTimeout)(this.idle);
      this.idle = undefined;
    }
    void this.current?.runtime.close();
    this.current = undefined;
  }

  private options(): RuntimeOptions | undefined {
    const { endpoint, projectKey, collect, maskSelectors } = this.settings();
    if (!endpoint || !projectKey) return undefined;
    return { endpoint, projectKey, collect: collectMode(collect), maskSelectors };
  }
}
