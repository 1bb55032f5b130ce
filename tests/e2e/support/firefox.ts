/**
 * Debian's Firefox ESR with the Firefox build (dist-firefox/) installed as a temporary
 * add-on, driven over WebDriver BiDi by puppeteer-core (Playwright drives only its own
 * patched Firefox, which cannot be downloaded here). Never downloads a browser.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import puppeteer, { type Browser, type Page } from "puppeteer-core";

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr";
export const FIREFOX_DIST = new URL("../../../dist-firefox", import.meta.url).pathname;

/**
 * Firefox gives each add-on a random internal UUID for its `moz-extension://` pages; the
 * tests fix it through the pref that records them, to open the options page by address.
 */
const ADDON_UUID = "6a1f3c2e-9b7d-4e55-8c1a-2f0d9e4b7a10";

export interface FirefoxWithExtension {
  browser: Browser;
  /** The add-on id Firefox installed it under (the manifest's gecko id). */
  addonId: string;
  /** Opens one of the add-on's own pages (`src/options/index.html`) in a new tab, and
   * waits for `selector` in it. */
  openAddonPage(path: string, selector: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefoxWithExtension(dist = FIREFOX_DIST): Promise<FirefoxWithExtension> {
  if (!existsSync(FIREFOX_PATH)) throw new Error(`no Firefox at ${FIREFOX_PATH}: scripts/test-all.sh installs Debian's firefox-esr`);
  if (!existsSync(join(dist, "manifest.json"))) throw new Error(`no Firefox build in ${dist}: run GOVLENS_BROWSER=firefox vite build`);
  const geckoId: string = JSON.parse(readFileSync(join(dist, "manifest.json"), "utf8")).browser_specific_settings.gecko.id;
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
      "extensions.webextensions.uuids": JSON.stringify({ [geckoId]: ADDON_UUID }),
    },
  });
  try {
    const addonId = await browser.installExtension(dist);
    const openAddonPage = async (path: string, selector: string): Promise<Page> => {
      const page = await browser.newPage();
      // Over BiDi, Firefox reports no navigation of a tab to a moz-extension:// page (the
      // page loads; the navigation never completes for the driver): start it and wait for
      // the page's content instead.
      page.goto(`moz-extension://${ADDON_UUID}/${path}`).catch(() => undefined);
      await page.waitForSelector(selector, { timeout: 15_000 });
      return page;
    };
    return { browser, addonId, openAddonPage, close: () => browser.close() };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
