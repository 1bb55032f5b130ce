/**
 * The worker's gate: what reaches the extractor is a well-formed request from one of this
 * extension's own content scripts, no bigger than the shared limit. Anything else gets a
 * failure answer (or, for traffic that is not ours at all, no answer), never an exception.
 */
import { MAX_TEXT_LENGTH, type ExtractRequest } from "../shared/messages";
import { normalizeHost } from "../shared/settings";

/** The parts of a runtime.MessageSender the gate looks at. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** Longest page address we accept: far beyond any real one, small next to the text cap. */
export const MAX_URL_LENGTH = 8_192;

export type Verdict =
  | { kind: "accept"; request: ExtractRequest; tabId: number }
  /** A message of ours that is malformed or from the wrong place: answer with this error. */
  | { kind: "reject"; error: string }
  /** Not our message type: leave it for other listeners (say nothing). */
  | { kind: "ignore" };

const reject = (error: string): Verdict => ({ kind: "reject", error });

/**
 * `ownId` is this extension's runtime id. Content scripts send from a tab, with the
 * extension's id; extension pages (no tab) and other extensions (another id, possible only
 * via externally_connectable, which we do not declare) are turned away.
 */
export function validateExtractMessage(message: unknown, sender: SenderInfo, ownId: string): Verdict {
  if (typeof message !== "object" || message === null || Array.isArray(message)) return { kind: "ignore" };
  const type = readOwn(message, "type");
  if (type !== "govlens/extract") return { kind: "ignore" };

  if (sender.id !== ownId) return reject("sender is not this extension");
  const tabId = sender.tab?.id;
  if (typeof tabId !== "number" || !Number.isInteger(tabId) || tabId < 0) return reject("sender is not a tab");
  if (typeof sender.url === "string" && !/^https?:/i.test(sender.url)) return reject("sender is not a web page");

  const text = readOwn(message, "text");
  const url = readOwn(message, "url");
  if (typeof text !== "string") return reject("text must be a string");
  if (text.length > MAX_TEXT_LENGTH) return reject(`text longer than ${MAX_TEXT_LENGTH} characters`);
  if (url !== undefined && typeof url !== "string") return reject("url must be a string");
  if (typeof url === "string" && url.length > MAX_URL_LENGTH) return reject("url too long");

  // A fresh object: nothing but the two fields travels on, whatever else the message held.
  return { kind: "accept", request: { type, text, url: url ?? "" }, tabId };
}

export type SettingsVerdict =
  /** Answer with the settings. */
  | { kind: "settings" }
  /** Add `host` to the sites never annotated. */
  | { kind: "block-site"; host: string }
  | { kind: "reject"; error: string }
  | { kind: "ignore" };

/**
 * The gate for the settings messages. Any context of this extension may read the settings;
 * only a content script in a web page may block a site, and only its own: the site is taken
 * from the sender's address as the browser reports it, never from the message.
 */
export function validateSettingsMessage(message: unknown, sender: SenderInfo, ownId: string): SettingsVerdict {
  if (typeof message !== "object" || message === null || Array.isArray(message)) return { kind: "ignore" };
  const type = readOwn(message, "type");
  if (type !== "govlens/settings" && type !== "govlens/block-site") return { kind: "ignore" };
  if (sender.id !== ownId) return { kind: "reject", error: "sender is not this extension" };
  if (type === "govlens/settings") return { kind: "settings" };

  const tabId = sender.tab?.id;
  if (typeof tabId !== "number" || !Number.isInteger(tabId) || tabId < 0) return { kind: "reject", error: "sender is not a tab" };
  if (typeof sender.url !== "string" || !/^https?:/i.test(sender.url)) return { kind: "reject", error: "sender is not a web page" };
  let host: string | null = null;
  try {
    host = normalizeHost(new URL(sender.url).hostname);
  } catch {
    host = null;
  }
  return host === null ? { kind: "reject", error: "sender has no host name" } : { kind: "block-site", host };
}

/** An own data property's value; getters and inherited fields (say, a polluted prototype)
 * are not read. */
function readOwn(o: object, key: string): unknown {
  const d = Object.getOwnPropertyDescriptor(o, key);
  return d && "value" in d ? d.value : undefined;
}
