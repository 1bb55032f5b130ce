/**
 * What of the content script a page compiles, seen through the debugger (every world's
 * scripts): a page that is not Chinese gets the boot script alone; a Chinese page the main
 * part too, but not the panel's code (Preact, the sidebar) until the sidebar is opened; and
 * no page ever gets webextension-polyfill.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { CDPSession, Page } from "playwright-core";
import { extensionSuite } from "./support/suite";
import { openPanel, waitAnnotated } from "./support/page-probe";
import { startServer } from "./support/server";

const suite = extensionSuite(startServer);

/** The extension's scripts the page has parsed so far, with their source. */
async function watchScripts(page: Page): Promise<() => Promise<{ url: string; source: string }[]>> {
  const cdp: CDPSession = await suite.browser.context.newCDPSession(page);
  const parsed: { id: string; url: string }[] = [];
  cdp.on("Debugger.scriptParsed", (e) => {
    if (e.url.startsWith("chrome-extension://")) parsed.push({ id: e.scriptId, url: e.url });
  });
  await cdp.send("Debugger.enable");
  return () =>
    Promise.all(
      parsed.map(async ({ id, url }) => ({
        url,
        source: ((await cdp.send("Debugger.getScriptSource", { scriptId: id })) as { scriptSource: string }).scriptSource,
      })),
    );
}

const POLYFILL = "This script should only be loaded in a browser extension";
const PREACT_RENDER = "__k";

test("a page that is not Chinese compiles the boot script alone", async () => {
  const page = await suite.browser.context.newPage();
  const scripts = await watchScripts(page);
  await page.goto(`${suite.server.origin}/pages/english.html`);
  await page.waitForTimeout(1000);
  const seen = await scripts();
  assert.equal(seen.length, 1, seen.map((s) => s.url).join(", "));
  assert.match(seen[0].url, /boot/);
  await page.close();
});

test("a Chinese page gets the main part, the panel's code only once the sidebar opens, never the polyfill", async () => {
  const page = await suite.browser.context.newPage();
  const scripts = await watchScripts(page);
  await page.goto(`${suite.server.origin}/samples/portal-meeting.html`);
  assert.equal(await waitAnnotated(page), "ready");
  await page.waitForTimeout(300);
  const atLoad = await scripts();
  assert.ok(atLoad.length >= 2, atLoad.map((s) => s.url).join(", "));
  assert.ok(!atLoad.some((s) => s.source.includes(PREACT_RENDER)), "no Preact before the sidebar opens");

  await openPanel(page);
  const opened = await scripts();
  assert.ok(opened.some((s) => s.source.includes(PREACT_RENDER)), "Preact arrives with the panel");
  assert.ok(!opened.some((s) => s.source.includes(POLYFILL)), "webextension-polyfill stays out of the page");
  await page.close();
});
