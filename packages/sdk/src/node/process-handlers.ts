/**
 * Reports a Node service's uncaught exceptions and unhandled rejections.
 * Listening to these events disables Node's default crash, so by default the
 * handler does what Node would have done once the report is stored or sent
 * (or after a timeout): print the error and exit with code 1.
 */
import type { Aftercare } from '../aftercare.js';
import { errorEntry } from '../collectors/error-entry.js';
import { LIMITS } from '../schemas/index.js';

/** The part of `process` the handlers use. */
export interface ProcessLike {
  on(event: string, listener: (value: unknown) => void): unknown;
  off(event: string, listener: (value: unknown) => void): unknown;
}

/** Options of {@link installProcessHandlers}. */
export interface ProcessHandlerOptions {
  /** The process to listen on. Default `globalThis.process`. */
  process?: ProcessLike;
  /** Exit after reporting, as Node would have. Default true. */
  exit?: boolean;
  /** Called instead of printing and exiting, when `exit` is on. */
  onFatal?: (error: unknown) => void;
  /** Longest wait for the report before exiting, in ms. Default 2000. */
  timeoutMs?: number;
}

type Source = 'uncaughtException' | 'unhandledRejection';

/**
 * Installs the handlers; returns the function that removes them.
 *
 * @example
 * const aftercare = createAftercare({ endpoint, projectKey, storage: 'memory' });
 * const uninstall = installProcessHandlers(aftercare);
 */
export function installProcessHandlers(
  aftercare: Pick<Aftercare, 'report'>,
  options: ProcessHandlerOptions = {},
): () => void {
  const proc = options.process ?? (globalThis as unknown as { process?: ProcessLike }).process;
  if (!proc) return () => {};
  const exit = options.exit ?? true;
  const timeoutMs = options.timeoutMs ?? 2000;
  let handling = false;

  function fatal(error: unknown): void {
    if (options.onFatal) return options.onFatal(error);
    console.error(error);
    (globalThis as unknown as { process?: { exit(code: number): void } }).process?.exit(1);
  }

  async function handle(source: Source, error: unknown): Promise<void> {
    // An error while reporting an error must not start a loop.
    if (handling) {
      if (exit) fatal(error);
      return;
    }
    handling = true;
    const kind = source === 'uncaughtException' ? 'error' : 'unhandledrejection';
    const entry = errorEntry(kind, error, new Date().toISOString());
    const prefix = source === 'uncaughtException' ? 'Uncaught' : 'Unhandled rejection';
    const message = `${prefix} ${entry.type}: ${entry.message}`.slice(0, LIMITS.messageMaxChars);
    const report = aftercare
      .report({ kind: 'bug', message, diagnostics: { errors: [entry] }, metadata: { source } })
      .catch(() => undefined);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, timeoutMs);
    });
    await Promise.race([report, timeout]);
    clearTimeout(timer);
    handling = false;
    if (exit) fatal(error);
  }

  const onException = (error: unknown) => void handle('uncaughtException', error);
  const onRejection = (reason: unknown) => void handle('unhandledRejection', reason);
  proc.on('uncaughtException', onException);
  proc.on('unhandledRejection', onRejection);
  return () => {
    proc.off('uncaughtException', onException);
    proc.off('unhandledRejection', onRejection);
  };
}
