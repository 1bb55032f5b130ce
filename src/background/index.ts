/**
 * The service worker: runs the extractor for content scripts, keeps their results across
 * worker restarts, and turns the toolbar button and the keyboard shortcut into a sidebar
 * toggle in the active tab. Listeners are registered synchronously at the top level so a
 * restarted worker receives the event that woke it.
 */
import browser, { type Runtime } from "webextension-polyfill";
import { isGovlensMessage, type ResponseOf, type ToBackground } from "../shared/messages";
import { extractArticle } from "./extract-article";
import { ResultCache } from "./result-cache";
import { toggleSidebar } from "./toggle-sidebar";

const cache = new ResultCache(browser.storage.session);

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!isGovlensMessage(message) || message.type !== "govlens/extract") return undefined;
  return extractArticle(message, sender.tab?.id, cache) satisfies Promise<ResponseOf<ToBackground>>;
});

browser.action.onClicked.addListener((tab) => void toggleSidebar(tab.id));

browser.commands.onCommand.addListener(async (command) => {
  if (command !== "toggle-sidebar") return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  await toggleSidebar(tab?.id);
});

browser.tabs.onRemoved.addListener((tabId) => void cache.forget(tabId));
