/** Asks the content script in a tab to open or close its sidebar. */
import { sendToTab, type ToggleSidebarResponse } from "../shared/messages";

/** Resolves to null where no content script listens (browser pages, non-Chinese pages,
 * which the content script leaves at once): there is nothing to toggle there. */
export async function toggleSidebar(tabId: number | undefined): Promise<ToggleSidebarResponse | null> {
  if (tabId === undefined) return null;
  try {
    return await sendToTab(tabId, { type: "govlens/toggle-sidebar" });
  } catch {
    return null;
  }
}
