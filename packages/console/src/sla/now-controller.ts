/**
 * A reactive controller that keeps "now" for live countdowns: while
 * `running`, it re-renders its host once a second, and not at all otherwise.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Ticks its host once a second while running.
 *
 * @example
 * private readonly clock = new NowController(this);
 * willUpdate() { this.clock.running = this.hasDeadlines; }
 */
export class NowController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private timer: ReturnType<typeof setInterval> | undefined;
  private connected = false;
  private wanted = false;

  /** The time of the last tick, in ms since the epoch. */
  now = Date.now();

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  /** Whether the host shows something that changes with time. */
  get running(): boolean {
    return this.wanted;
  }

  set running(value: boolean) {
    this.wanted = value;
    this.sync();
  }

  /** Starts ticking if wanted. */
  hostConnected(): void {
    this.connected = true;
    this.sync();
  }

  /** Stops ticking. */
  hostDisconnected(): void {
    this.connected = false;
    this.sync();
  }

  /** Reads the time before each render, so every render is current. */
  hostUpdate(): void {
    this.now = Date.now();
  }

  private sync(): void {
    const shouldRun = this.connected && this.wanted;
    if (shouldRun && this.timer === undefined) {
      this.timer = setInterval(() => this.host.requestUpdate(), 1000);
    } else if (!shouldRun && this.timer !== undefined) {
      clearInterval(this.timer);
      this.timer = undefined;
    }
  }
}
