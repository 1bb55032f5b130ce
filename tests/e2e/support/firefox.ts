/**
 * Debian's Firefox ESR with the Firefox build (dist-firefox/) installed as a temporary
 * add-on, driven over WebDriver BiDi by puppeteer-core (Playwright drives only its own
 * patched Firefox, which cannot be downloaded here). Never downloads a browser.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import puppeteer, { type Browser, type Page } from "puppeteer-core";

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr";
export const FIREFOX_DIST = new URL("../../../dist-firefox", import.meta.url).pathname;

export interface FirefoxWithExtension {
  browser: Browser;
  /** The add-on id Firefox installed it under (the manifest's gecko id). */
  addonId: string;
  /** Opens the options page as a user does from an annotated tab whose sidebar is open
   * (its options button: the worker's `runtime.openOptionsPage()`), and waits for its form. */
  openOptionsPage(fromTab: Page): Promise<Page>;
  /** Clicks a control in the open sidebar of `fromTab` that opens an extension page in a
   * new tab, and returns that tab once `selector` stands in it. */
  openFromSidebar(fromTab: Page, action: string, selector: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefoxWithExtension(dist = FIREFOX_DIST): Promise<FirefoxWithExtension> {
  if (!existsSync(FIREFOX_PATH)) throw new Error(`no Firefox at ${FIREFOX_PATH}: scripts/test-all.sh installs Debian's firefox-esr`);
  if (!existsSync(join(dist, "manifest.json"))) throw new Error(`no Firefox build in ${dist}: run GOVLENS_BROWSER=firefox vite build`);
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: FIREFOX_PATH,
    headless: true,
    defaultViewport: { width: 1280, height: 800 },
    // The network is closed: no update, telemetry or remote-settings traffic to wait on.
    extraPrefsFirefox: {
      "app.update.enabled": false,
      "datareporting.policy.dataSubmissionEnabled": false,
      "toolkit.telemetry.enabled": false,
      "extensions.update.enabled": false,
      "services.settings.server": "http://127.0.0.1:9/",
      // Lets a test read the clipboard (navigator.clipboard.readText) without Firefox's
      // paste prompt, to check what the sidebar's copy buttons put there.
      "dom.events.testing.asyncClipboard": true,
    },
  });
  try {
    const addonId = await browser.installExtension(dist);
    // Firefox 153 no longer lets the driver navigate a tab to a moz-extension:// page
    // ("not allowed in this context"): the page is opened the user's way. Over BiDi its tab
    // still reports about:blank (Firefox tells the driver of no navigation to such a page),
    // so it is known as the tab the click opened, and by its form.
    const openFromSidebar = async (fromTab: Page, action: string, selector: string): Promise<Page> => {
      const before = new Set(browser.targets());
      const opened = browser.waitForTarget((t) => t.type() === "page" && !before.has(t), { timeout: 15_000 });
      await fromTab.click(`#govlens-root >>> [data-action="${action}"]`);
      const page = await (await opened).page();
      if (!page) throw new Error(`the tab ${action} opened has no page`);
      await page.waitForSelector(selector, { timeout: 15_000 });
      return page;
    };
    const openOptionsPage = (fromTab: Page) => openFromSidebar(fromTab, "open-options", "textarea[name=ignoredNames]");
    return { browser, addonId, openOptionsPage, openFromSidebar, close: () => browser.close() };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
