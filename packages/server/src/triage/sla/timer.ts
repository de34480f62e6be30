/**
 * One SLA timer: the spans during which it ran, each on the clock that
 * applied then, and when it stopped. Time consumed is measured span by span
 * on each span's clock; the deadline is the instant at which the consumed
 * time reaches the current target. Pauses are gaps between spans, which is
 * why a pause can only move a deadline later.
 */
import { addWorkingMs, workingMsBetween } from './working-time.js';
import type { WorkingClock } from './working-time.js';

/** A stretch during which a timer ran; `to` is null while it still runs. */
export interface TimerSpan {
  from: number;
  to: number | null;
  clock: WorkingClock;
}

/** An SLA timer. Instants are epoch milliseconds. */
export interface Timer {
  startedAt: number;
  spans: TimerSpan[];
  stoppedAt: number | null;
}

/** A timer started at `at`, running on `clock`. */
export function startTimer(at: number, clock: WorkingClock): Timer {
  return { startedAt: at, spans: [{ from: at, to: null, clock }], stoppedAt: null };
}

/** Whether the timer has an open span. */
export function isRunning(timer: Timer): boolean {
  return timer.spans.at(-1)?.to === null;
}

/** Ends the open span, if any, at `at`. */
export function suspend(timer: Timer, at: number): void {
  const last = timer.spans.at(-1);
  if (last && last.to === null) last.to = Math.max(at, last.from);
}

/** Opens a span at `at` on `clock`, unless one is open. */
export function proceed(timer: Timer, at: number, clock: WorkingClock): void {
  if (!isRunning(timer)) timer.spans.push({ from: at, to: null, clock });
}

/** Stops the timer for good at `at` (until `restart`). */
export function stop(timer: Timer, at: number): void {
  suspend(timer, at);
  timer.stoppedAt = at;
}

/** Undoes `stop` and opens a span at `at`. */
export function restart(timer: Timer, at: number, clock: WorkingClock): void {
  timer.stoppedAt = null;
  proceed(timer, at, clock);
}

/** Time consumed up to `untilMs`, each span measured on its own clock. */
export function consumedMs(timer: Timer, untilMs: number): number {
  let total = 0;
  for (const span of timer.spans) {
    total += workingMsBetween(span.clock, span.from, Math.min(span.to ?? untilMs, untilMs));
  }
  return total;
}

/**
 * The instant at which the consumed time reaches `amountMs`: inside a past
 * span, or ahead on the open span. A stopped timer that never reached it is
 * extrapolated from its stop on `clock` (the deadline it had when it
 * stopped). A paused timer that has not reached it yet has no such instant.
 */
export function instantAtConsumed(timer: Timer, amountMs: number, clock: WorkingClock): number | null {
  let consumed = 0;
  for (const span of timer.spans) {
    if (span.to === null) return addWorkingMs(span.clock, span.from, amountMs - consumed);
    const inSpan = workingMsBetween(span.clock, span.from, span.to);
    if (consumed + inSpan >= amountMs) return addWorkingMs(span.clock, span.from, amountMs - consumed);
    consumed += inSpan;
  }
  if (timer.stoppedAt !== null) return addWorkingMs(clock, timer.stoppedAt, amountMs - consumed);
  return null;
}
