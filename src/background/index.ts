/**
 * The service worker: runs the extractor for content scripts, keeps their results across
 * worker restarts, and turns the toolbar button and the keyboard shortcut into a sidebar
 * toggle in the active tab. Listeners are registered synchronously at the top level so a
 * restarted worker receives the event that woke it.
 */
import browser, { type Runtime } from "webextension-polyfill";
import type { ResponseOf, ToBackground } from "../shared/messages";
import { extractArticle } from "./extract-article";
import { ResultCache } from "./result-cache";
import { toggleSidebar } from "./toggle-sidebar";
import { validateExtractMessage } from "./validate-message";

const cache = new ResultCache(browser.storage.session);

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  // Only well-formed requests from our own content scripts, within the size cap, reach the
  // extractor; a malformed one of ours is answered with an error, anything else is ignored.
  const verdict = validateExtractMessage(message, sender, browser.runtime.id);
  if (verdict.kind === "ignore") return undefined;
  if (verdict.kind === "reject") {
    return Promise.resolve({ ok: false, error: verdict.error } satisfies ResponseOf<ToBackground>);
  }
  return extractArticle(verdict.request, verdict.tabId, cache) satisfies Promise<ResponseOf<ToBackground>>;
});

browser.action.onClicked.addListener((tab) => void toggleSidebar(tab.id));

browser.commands.onCommand.addListener(async (command) => {
  if (command !== "toggle-sidebar") return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  await toggleSidebar(tab?.id);
});

browser.tabs.onRemoved.addListener((tabId) => void cache.forget(tabId));
