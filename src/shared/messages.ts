/**
 * Every message that crosses between the content script and the background, in one place.
 * A request names its `type`; `ResponseOf<R>` is what the other side answers to it, so a
 * sender gets the right type back without casts at the call site. No browser API is
 * imported here, so both sides and Node tests can load it.
 */
import type { Extraction } from "../extractor/types";
import type { SentExtraction } from "./sent-extraction";
import type { Settings } from "./settings";

/** Longer article texts are cut to this many characters before they are sent: no report
 * comes near it, and it bounds the work a huge or hostile page can cause. */
export const MAX_TEXT_LENGTH = 400_000;

/** Content → background: extract this article text. */
export interface ExtractRequest {
  type: "govlens/extract";
  text: string;
  /** The page's address, cited in the Markdown summary. */
  url: string;
}

/** The edge tab's words in the browser's language, written by the worker: the page shows the tab before anyone opens the sidebar, and so binds no i18n API for it. */
export interface EdgeTabText {
  /** One character on the tab. */
  logo: string;
  /** Its accessible name, with the numbers of officials and directives. */
  label: string;
}

/** The worker's answer as it is made, with the whole extraction. */
export interface ExtractResult {
  ok: true;
  extraction: Extraction;
  tab: EdgeTabText;
  /** True when the answer came from the cache rather than a fresh run. */
  cached: boolean;
}

/** The answer as the page receives it: directives without their sentences, which the page
 * has (sent-extraction.ts). */
export interface ExtractResponse extends Omit<ExtractResult, "extraction"> {
  extraction: SentExtraction;
}

export interface FailureResponse {
  ok: false;
  error: string;
}

/** Background → content: the toolbar button or the keyboard shortcut was used. */
export interface ToggleSidebarRequest {
  type: "govlens/toggle-sidebar";
}

export interface ToggleSidebarResponse {
  ok: true;
  /** Whether the sidebar is open after the toggle; null when the page has nothing to show. */
  open: boolean | null;
}

/** Sidebar → background: open the history page in a new tab. */
export interface OpenHistoryRequest {
  type: "govlens/open-history";
}

export interface OpenHistoryResponse {
  ok: boolean;
}

/** Sidebar → background: open the options page (content scripts cannot). */
export interface OpenOptionsRequest {
  type: "govlens/open-options";
}

export interface OpenOptionsResponse {
  ok: boolean;
}

/** Sidebar → background: is the history full (pages no longer kept)? */
export interface HistoryStatusRequest {
  type: "govlens/history-status";
}

export interface HistoryStatusResponse {
  ok: true;
  /** ISO time a page was first refused for want of room; null when pages are being kept. */
  fullSince: string | null;
}

/** Content → background: the user's settings. The content script reads them through the
 * worker, never from `storage` itself: binding that API in the page costs every page load. */
export interface SettingsRequest {
  type: "govlens/settings";
}

export interface SettingsResponse {
  ok: true;
  settings: Settings;
}

/** Sidebar → background: never annotate the sender's site ("never on this site"). The site
 * is the sender's own address as the browser reports it, so the message carries nothing. */
export interface BlockSiteRequest {
  type: "govlens/block-site";
}

export interface BlockSiteResponse {
  ok: boolean;
}

/** Background → content: the settings changed (options page, "never on this site" in any
 * tab); every open tab gets the new ones and follows them without a reload. */
export interface SettingsChangedMessage {
  type: "govlens/settings-changed";
  settings: Settings;
}

export type ToBackground =
  | ExtractRequest
  | OpenHistoryRequest
  | HistoryStatusRequest
  | OpenOptionsRequest
  | SettingsRequest
  | BlockSiteRequest;
export type ToContent = ToggleSidebarRequest | SettingsChangedMessage;

export type ResponseOf<R> = R extends ExtractRequest
  ? ExtractResponse | FailureResponse
  : R extends ToggleSidebarRequest
    ? ToggleSidebarResponse
    : R extends OpenHistoryRequest
      ? OpenHistoryResponse
      : R extends HistoryStatusRequest
        ? HistoryStatusResponse
        : R extends OpenOptionsRequest
          ? OpenOptionsResponse
          : R extends SettingsRequest
            ? SettingsResponse
            : R extends BlockSiteRequest
              ? BlockSiteResponse
              : R extends SettingsChangedMessage
                ? void
                : never;

const TYPES: ReadonlySet<string> = new Set([
  "govlens/extract",
  "govlens/toggle-sidebar",
  "govlens/open-history",
  "govlens/history-status",
  "govlens/open-options",
  "govlens/settings",
  "govlens/block-site",
  "govlens/settings-changed",
]);

/** True for a message of ours; the runtime also carries other extensions' and pages' traffic. */
export function isGovlensMessage(message: unknown): message is ToBackground | ToContent {
  return (
    typeof message === "object" &&
    message !== null &&
    TYPES.has((message as { type?: unknown }).type as string)
  );
}

/**
 * A typed sender over a browser's untyped one: `typedSender<ToBackground>((m) =>
 * browser.runtime.sendMessage(m))` gives a function whose answer has the request's type.
 */
export function typedSender<To>(send: (request: To) => Promise<unknown>) {
  return <R extends To>(request: R) => send(request) as Promise<ResponseOf<R>>;
}
