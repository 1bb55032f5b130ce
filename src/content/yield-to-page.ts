/**
 * Gives the page's own work (input, rendering) a turn between chunks of ours, so no task of
 * the content script blocks a long page: `scheduler.yield()` where the browser has it (the
 * continuation keeps its place at the front of the queue), else a message-channel task
 * (setTimeout would be clamped to 4 ms once nested).
 */
type WithScheduler = typeof globalThis & { scheduler?: { yield?: () => Promise<void> } };

export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as WithScheduler).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Work at most this long before yielding: well under the 50 ms that makes a long task. */
export const SLICE_MS = 8;
