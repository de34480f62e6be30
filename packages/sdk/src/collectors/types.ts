/**
 * What every collector looks like, and what the SDK hands them: a clock, the
 * masking rule, the in-app rule for stack frames and the filter that keeps the
 * SDK's own requests out of the network log.
 */
import type { Masker } from '../privacy/mask.js';

/** A diagnostics collector. Installing twice or uninstalling twice is harmless. */
export interface Collector<T> {
  /** Starts listening; patches globals where needed. */
  install(): void;
  /** Stops listening and restores every patched global. */
  uninstall(): void;
  /** The collected data, or `undefined` when there is nothing to say. */
  collect(): T | undefined;
  /** Forgets collected entries. */
  clear(): void;
}

/** What the SDK gives every collector. */
export interface CollectorContext {
  /** Milliseconds since the epoch. */
  now(): number;
  /** The masking rule. */
  masker?: Masker;
  /** True for URLs the network collector must not record (the SDK's own endpoint). */
  ignoreUrl?(url: string): boolean;
  /** Decides whether a stack frame's file is the host app's code. */
  isInApp?(file: string): boolean;
}

/** The default context: real clock, nothing masked or ignored. */
export const defaultContext: CollectorContext = { now: () => Date.now() };

/** ISO time of a context's clock. */
export function isoNow(context: CollectorContext): string {
  return new Date(context.now()).toISOString();
}
