/**
 * The console collector: records the page's (or process's) console calls,
 * level, time and safely serialised arguments, in a ring buffer, and still
 * calls the original console.
 */
import type { ConsoleEntry, ConsoleLevel } from '../schemas/diagnostics.js';
import { describeNode, safeSerialize, type NodeLike, type SerializeOptions } from '../serialize/safe-serialize.js';
import { patchMethod } from './patch.js';
import { createRingBuffer } from './ring-buffer.js';
import { defaultContext, isoNow, type Collector, type CollectorContext } from './types.js';

/** Options of the console collector. */
export interface ConsoleCollectorOptions {
  /** Entries kept, newest last. Default 100. */
  max?: number;
  /** Levels recorded. Default all: debug, log, info, warn, error. */
  levels?: readonly ConsoleLevel[];
  /** Limits for serialising arguments. */
  serialize?: SerializeOptions;
}

const ALL_LEVELS: readonly ConsoleLevel[] = ['debug', 'log', 'info', 'warn', 'error'];

/**
 * Creates the console collector.
 *
 * @example
 * const collector = createConsoleCollector({ max: 50, levels: ['warn', 'error'] });
 * collector.install();
 * console.error('failed', { id: 1 });
 * collector.collect(); // [{ level: 'error', time: '…', args: ['failed', { id: 1 }] }]
 */
export function createConsoleCollector(
  options: ConsoleCollectorOptions = {},
  context: CollectorContext = defaultContext,
): Collector<ConsoleEntry[]> {
  const buffer = createRingBuffer<ConsoleEntry>(options.max ?? 100);
  const masker = context.masker;
  const describe = (node: NodeLike) =>
    masker && isDomNode(node) && masker.isMasked(node as unknown as Node) ? `${describeNode(node)} [masked]` : describeNode(node);
  const serializeOptions: SerializeOptions = { describeNode: describe, ...options.serialize };
  let unpatches: Array<() => void> = [];
  let busy = false;

  function record(level: ConsoleLevel, args: unknown[]): void {
    // A getter or describer that logs would otherwise recurse forever.
    if (busy) return;
    busy = true;
    try {
      buffer.push({ level, time: isoNow(context), args: args.map((arg) => safeSerialize(arg, serializeOptions)) });
    } catch {
      // Recording must never break the host app's logging.
    } finally {
      busy = false;
    }
  }

  return {
    install() {
      if (unpatches.length > 0) return;
      const target = globalThis.console as unknown as Record<ConsoleLevel, (...args: unknown[]) => void>;
      unpatches = (options.levels ?? ALL_LEVELS).map((level) =>
        patchMethod(target, level, (original) =>
          function (this: unknown, ...args: unknown[]) {
            record(level, args);
            return Reflect.apply(original, this, args);
          },
        ),
      );
    },
    uninstall() {
      for (const unpatch of unpatches) unpatch();
      unpatches = [];
    },
    collect() {
      const entries = buffer.toArray();
      return entries.length > 0 ? entries : undefined;
    },
    clear() {
      buffer.clear();
    },
  };
}

function isDomNode(node: NodeLike): boolean {
  return typeof (node as { closest?: unknown }).closest === 'function' || 'parentElement' in node;
}
