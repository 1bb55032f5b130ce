/**
 * Notices when this content script has been orphaned: the extension was reloaded, updated
 * or removed while the page stayed open. The browser leaves the old script's DOM changes
 * (our highlights, the sidebar) in the page and sends it no event, only `runtime.id`
 * disappears, so a cheap timer looks for that. It never wakes the worker.
 */

type RuntimeHolder = { runtime?: { id?: string } };

/** True once this script's extension context is gone (reading it may itself throw then). */
export function isOrphaned(): boolean {
  try {
    const g = globalThis as { chrome?: RuntimeHolder; browser?: RuntimeHolder };
    const runtime = g.chrome?.runtime ?? g.browser?.runtime;
    return !runtime?.id;
  } catch {
    return true;
  }
}

/** True for the error an API call raises in an orphaned script. */
export function isInvalidatedError(error: unknown): boolean {
  return String(error).includes("Extension context invalidated") || isOrphaned();
}

/** Calls `onGone` once, when the context is found gone; returns a stop function. */
export function watchOrphaned(onGone: () => void, intervalMs = 1000): () => void {
  const timer = setInterval(() => {
    if (!isOrphaned()) return;
    clearInterval(timer);
    onGone();
  }, intervalMs);
  return () => clearInterval(timer);
}
