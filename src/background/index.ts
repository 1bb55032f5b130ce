/**
 * The service worker: runs the extractor for content scripts, keeps their results across
 * worker restarts, and turns the toolbar button and the keyboard shortcut into a sidebar
 * toggle in the active tab. Listeners are registered synchronously at the top level so a
 * restarted worker receives the event that woke it.
 */
import browser, { type Runtime } from "webextension-polyfill";
import type { ResponseOf, ToBackground } from "../shared/messages";
import { lexiconOf } from "../shared/settings";
import { forPage } from "../shared/sent-extraction";
import { loadSettings, updateSettings, watchSettings } from "../shared/settings-store";
import { extractArticle } from "./extract-article";
import { HISTORY_PAGE, historyStatus, recordInHistory } from "./history-recorder";
import { HistoryStore } from "./history-store";
import { ResultCache } from "./result-cache";
import { broadcastSettings } from "./settings-broadcast";
import { toggleSidebar } from "./toggle-sidebar";
import { validateExtractMessage, validateSettingsMessage } from "./validate-message";

const cache = new ResultCache(browser.storage.session);
const history = new HistoryStore();

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  // Only well-formed requests from our own content scripts, within the size cap, reach the
  // extractor; a malformed one of ours is answered with an error, anything else is ignored.
  const verdict = validateExtractMessage(message, sender, browser.runtime.id);
  if (verdict.kind === "ignore") return undefined;
  if (verdict.kind === "reject") {
    return Promise.resolve({ ok: false, error: verdict.error } satisfies ResponseOf<ToBackground>);
  }
  // Answered once the page is kept in the history (a few ms), so the page and its record agree.
  return loadSettings(browser.storage)
    .then((settings) => extractArticle(verdict.request, verdict.tabId, cache, lexiconOf(settings)))
    .then((result) => recordInHistory(history, verdict.request, result))
    .then((result) => (result.ok ? { ...result, extraction: forPage(result.extraction, verdict.request.text) } : result)) satisfies Promise<
    ResponseOf<ToBackground>
  >;
});

// The settings, for content scripts (which never read storage themselves) and "never on this
// site" from the sidebar.
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  const verdict = validateSettingsMessage(message, sender, browser.runtime.id);
  if (verdict.kind === "ignore") return undefined;
  if (verdict.kind === "reject") return Promise.resolve({ ok: false, error: verdict.error });
  if (verdict.kind === "settings") {
    return loadSettings(browser.storage).then((settings) => ({ ok: true, settings }) satisfies ResponseOf<ToBackground>);
  }
  const host = verdict.host;
  return updateSettings(browser.storage, (s) => {
    if (!s.blockedSites.includes(host)) s.blockedSites.push(host);
  }).then(
    () => ({ ok: true }),
    () => ({ ok: false }),
  );
});

// Every change of the settings reaches the open tabs (the options page, another tab's
// "never on this site"); registered at the top level, so the change wakes a stopped worker.
watchSettings(browser.storage, (settings) => void broadcastSettings(browser.tabs, settings));

// The sidebar's history link and its "history is full" notice (any sender of this extension).
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id || typeof message !== "object" || message === null) return undefined;
  const type = (message as { type?: unknown }).type;
  if (type === "govlens/history-status") return historyStatus(history);
  if (type === "govlens/open-options") return browser.runtime.openOptionsPage().then(() => ({ ok: true }), () => ({ ok: false }));
  if (type === "govlens/open-history") {
    return browser.tabs
      .create({ url: browser.runtime.getURL(HISTORY_PAGE), index: sender.tab ? sender.tab.index + 1 : undefined })
      .then(() => ({ ok: true }), () => ({ ok: false }));
  }
  return undefined;
});

browser.action.onClicked.addListener((tab) => void toggleSidebar(tab.id));

browser.commands.onCommand.addListener(async (command) => {
  if (command !== "toggle-sidebar") return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  await toggleSidebar(tab?.id);
});

browser.tabs.onRemoved.addListener((tabId) => void cache.forget(tabId));
