/**
 * The content script's line to the background worker, straight on the browser's own
 * `runtime` (`browser` in Firefox, `chrome` in Chromium; in Manifest V3 both answer
 * `sendMessage` with a promise) rather than through webextension-polyfill: the polyfill
 * wraps the whole extension API when it loads, and that made Chromium build its bindings in
 * every page the script ran in. Only `runtime` is touched here.
 */
import { isGovlensMessage, typedSender, type ToBackground, type ToContent } from "../shared/messages";

type Listener = (message: unknown, sender: unknown, sendResponse: (response: unknown) => void) => boolean | void;

interface Runtime {
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: { addListener(listener: Listener): void; removeListener(listener: Listener): void };
}

function runtime(): Runtime {
  const g = globalThis as { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };
  const found = g.browser?.runtime ?? g.chrome?.runtime;
  if (!found) throw new Error("no extension runtime");
  return found;
}

/** Sends one request; an orphaned script's synchronous throw comes back as a rejection. */
export const askBackground = typedSender<ToBackground>(async (request) => runtime().sendMessage(request));

/**
 * A worker stopped mid-request closes the message port: the browser then rejects, or
 * resolves with nothing. Asked once more, it starts a fresh worker; an orphaned script
 * (extension reloaded) is not retried, it has nobody to ask. For requests that can safely
 * run twice.
 */
export async function askBackgroundWithRetry<R extends ToBackground>(request: R) {
  try {
    const first = await askBackground(request);
    if (first) return first;
  } catch (error) {
    if (String(error).includes("Extension context invalidated")) throw error;
  }
  return askBackground(request);
}

/**
 * Calls `handler` with each of our messages from the worker; a promise it returns is the
 * answer. Returns the function that stops listening.
 */
export function listenToBackground(handler: (message: ToContent) => Promise<unknown> | void): () => void {
  const listener: Listener = (message, _sender, sendResponse) => {
    if (!isGovlensMessage(message)) return false;
    const answer = handler(message as ToContent);
    if (!answer) return false;
    // The callback form: answering with a promise from the listener is not in every browser.
    answer.then(sendResponse, () => sendResponse(undefined));
    return true;
  };
  const api = runtime();
  api.onMessage.addListener(listener);
  return () => api.onMessage.removeListener(listener);
}
