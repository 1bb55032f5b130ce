/**
 * The extension over a page's and a worker's life: a page that fills its article late is
 * annotated when the article arrives (and again when it goes), the worker's cache answers
 * a reload even after the worker was stopped, and the sidebar toggle works.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { extract } from "../../src/extractor";
import { extensionSuite } from "./support/suite";
import { hostState, openPanel, pageTextOf, sidebarItems, waitAnnotated } from "./support/page-probe";
import { startServer } from "./support/server";

// The worker's `chrome` global, used inside worker.evaluate(); its promise API has the
// polyfill's shape.
declare const chrome: import("webextension-polyfill").Browser;

const suite = extensionSuite(startServer);

/** The running worker: after a stop, Chromium starts a new one on the next message. */
function liveWorker() {
  const workers = suite.browser.context.serviceWorkers();
  assert.ok(workers.length > 0, "a running service worker");
  return workers[workers.length - 1];
}

const highlightSize = (page: Page, name: string) =>
  page.evaluate((name) => (CSS.highlights.get(name) as unknown as Set<Range> | undefined)?.size ?? 0, name);

test("a page that fills its article 800 ms after load is annotated when it arrives", { timeout: 30_000 }, async () => {
  const page = await suite.browser.context.newPage();
  // Read at the load event, in the page itself: a check from the test after goto() could come
  // later than the 800 ms on a busy machine.
  await page.addInitScript(() =>
    addEventListener("load", () => {
      const marks = (CSS.highlights.get("govlens-directive") as unknown as Set<Range> | undefined)?.size ?? 0;
      (window as unknown as { __atLoad: object }).__atLoad = { article: document.querySelector("#detail h1") !== null, marks };
    }),
  );
  await page.goto(`${suite.server.origin}/fixtures/seed-002.html`);
  // Before the article: a loading placeholder and a list of other headlines, nothing to mark.
  assert.deepEqual(await page.evaluate(() => (window as unknown as { __atLoad: object }).__atLoad), { article: false, marks: 0 }, "the article is not there yet");

  await page.waitForSelector("#detail h1");
  await page.waitForSelector('#govlens-root[data-state="ready"]', { state: "attached", timeout: 5000 });
  const text = await pageTextOf(page);
  assert.ok(text);
  const expected = extract(text.text);
  assert.ok(expected.directives.length > 0);
  await page.waitForFunction(
    (n) => ((CSS.highlights.get("govlens-directive") as unknown as Set<Range>)?.size ?? 0) === n,
    expected.directives.length,
  );

  // Settled: our own drawing does not set off another pass (the marks stay the same objects).
  await page.evaluate(() => ((window as any).__marks = CSS.highlights.get("govlens-directive")));
  await page.waitForTimeout(1200);
  assert.ok(await page.evaluate(() => CSS.highlights.get("govlens-directive") === (window as any).__marks));

  // The article goes away again (the app navigates): marks and tab go with it.
  await page.evaluate(() => {
    (document.getElementById("detail") as HTMLElement).innerHTML = '<p class="loading">加载中…</p>';
  });
  await page.waitForSelector('#govlens-root[data-state="empty"]', { state: "attached", timeout: 5000 });
  assert.equal(await highlightSize(page, "govlens-directive"), 0);
  assert.equal(await highlightSize(page, "govlens-official"), 0);
  assert.equal(await page.locator('[data-action="open"]').count(), 0);
  await page.close();
});

test("results are cached per tab and text, and the cache outlives a stopped worker", { timeout: 30_000 }, async () => {
  const page = await suite.browser.context.newPage();
  await page.goto(`${suite.server.origin}/fixtures/seed-004.html`);
  assert.equal(await waitAnnotated(page), "ready");
  assert.equal(await page.locator("#govlens-root").getAttribute("data-cached"), "false");

  const worker = liveWorker();
  const keys = await worker.evaluate(async () => Object.keys(await chrome.storage.session.get(null)));
  assert.ok(keys.some((k) => k.startsWith("govlens:tab:")), `cache entry stored: ${keys}`);

  // Stop the worker the way Chromium does when it idles.
  const cdp = await suite.browser.context.newCDPSession(page);
  const stopped = new Promise<void>((resolve) =>
    cdp.on("ServiceWorker.workerVersionUpdated", ({ versions }) => {
      if (versions.some((v) => v.scriptURL.startsWith("chrome-extension://") && v.runningStatus === "stopped")) resolve();
    }),
  );
  await cdp.send("ServiceWorker.enable");
  await cdp.send("ServiceWorker.stopAllWorkers");
  await stopped;

  await page.reload();
  await page.waitForSelector('#govlens-root[data-state="ready"]', { state: "attached" });
  assert.equal(await page.locator("#govlens-root").getAttribute("data-cached"), "true");
  const text = await pageTextOf(page);
  assert.deepEqual((await sidebarItemsAfterOpen(page)).officials, extract(text!.text).officials.map((o) => o.name));
  await page.close();
});

async function sidebarItemsAfterOpen(page: Page) {
  await openPanel(page);
  return sidebarItems(page);
}

test("the toggle message opens and closes the sidebar; the shortcut is registered", { timeout: 30_000 }, async () => {
  const page = await suite.browser.context.newPage();
  await page.goto(`${suite.server.origin}/fixtures/seed-000.html`);
  assert.equal(await hostState(page) ?? (await waitAnnotated(page)), "ready");
  await page.bringToFront();
  const worker = liveWorker();
  const toggle = () =>
    worker.evaluate(async () => {
      // Without the "tabs" permission a tab's URL is hidden; the page is the active tab.
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return chrome.tabs.sendMessage(tab.id as number, { type: "govlens/toggle-sidebar" });
    });
  assert.deepEqual(await toggle(), { ok: true, open: true });
  await page.locator("#govlens-root aside").waitFor();
  assert.deepEqual(await toggle(), { ok: true, open: false });
  await page.locator('[data-action="open"]').waitFor();

  const commands = await worker.evaluate(() => chrome.commands.getAll());
  const command = commands.find((c) => c.name === "toggle-sidebar");
  assert.ok(command, "manifest command registered");
  assert.equal(command.shortcut, "Alt+Shift+G");
  await page.close();
});
