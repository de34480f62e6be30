/**
 * Yielding to the event loop for one task, so long work is split into tasks
 * the page can run between (no main-thread task over about 50 ms).
 */

/**
 * Resolves in a new task (a message to a fresh channel: not clamped or
 * throttled like a timer).
 *
 * @example
 * if (performance.now() - sliceStart > 40) await nextTask();
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(0);
  });
}
