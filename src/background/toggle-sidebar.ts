/** Asks the content script in a tab to open or close its sidebar. */
import browser from "webextension-polyfill";
import { typedSender, type ToContent, type ToggleSidebarResponse } from "../shared/messages";

/** Resolves to null where no content script listens (browser pages, non-Chinese pages,
 * which the content script leaves at once): there is nothing to toggle there. */
export async function toggleSidebar(tabId: number | undefined): Promise<ToggleSidebarResponse | null> {
  if (tabId === undefined) return null;
  try {
    const send = typedSender<ToContent>((m) => browser.tabs.sendMessage(tabId, m));
    return await send({ type: "govlens/toggle-sidebar" });
  } catch {
    return null;
  }
}
