/**
 * Passes a settings change on to every open tab, so that content scripts follow the options
 * page (and "never on this site" in another tab) without reading `storage` in the page.
 * A tab whose page has no listening content script (not Chinese, a browser page, still
 * loading) refuses the message; that refusal is expected and dropped.
 */
import type { SettingsChangedMessage } from "../shared/messages";
import type { Settings } from "../shared/settings";

/** The parts of `browser.tabs` used here (a fake in the unit tests). */
export interface TabsApi {
  query(queryInfo: Record<string, never>): Promise<{ id?: number }[]>;
  sendMessage(tabId: number, message: SettingsChangedMessage): Promise<unknown>;
}

/** Resolves once every tab has been sent the settings (or refused them). */
export async function broadcastSettings(tabs: TabsApi, settings: Settings): Promise<void> {
  let all: { id?: number }[];
  try {
    all = await tabs.query({});
  } catch {
    return;
  }
  const message: SettingsChangedMessage = { type: "govlens/settings-changed", settings };
  await Promise.all(
    all.map(async (tab) => {
      if (typeof tab.id !== "number" || tab.id < 0) return;
      try {
        await tabs.sendMessage(tab.id, message);
      } catch {
        // No content script listens in that tab.
      }
    }),
  );
}
