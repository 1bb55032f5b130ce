/**
 * The extension going away under a page: the service worker stopped while it works on a
 * request (the content script asks once more and the user gets a result, not a spinner),
 * and the whole extension reloaded (the orphaned content script takes out its marks and
 * sidebar without throwing). One Chromium for the file; the reload test comes last.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { extensionSuite } from "./support/suite";
import { reportPage } from "./support/hostile-report";
import { startPageHost } from "./support/page-host";
import { openPanel, sidebarItems, waitAnnotated } from "./support/page-probe";

declare const chrome: import("webextension-polyfill").Browser;

const suite = extensionSuite(startPageHost);

const liveWorker = () => suite.browser.context.serviceWorkers().at(-1) ?? suite.browser.worker;

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  return errors;
}

async function stopWorkers(page: Page): Promise<void> {
  const cdp = await suite.browser.context.newCDPSession(page);
  const stopped = new Promise<void>((resolve) =>
    cdp.on("ServiceWorker.workerVersionUpdated", ({ versions }) => {
      if (versions.some((v) => v.scriptURL.startsWith("chrome-extension://") && v.runningStatus === "stopped")) resolve();
    }),
  );
  await cdp.send("ServiceWorker.enable");
  await cdp.send("ServiceWorker.stopAllWorkers");
  await stopped;
  await cdp.detach();
}

test("the worker stopped in the middle of a request: the page asks again and shows the result", async () => {
  // The worker's first request stalls inside the text hash (the first await of every
  // request), so the worker is certainly stopped while it holds that request.
  await liveWorker().evaluate(() => {
    const subtle = crypto.subtle;
    const digest = subtle.digest.bind(subtle);
    (self as any).__stalled = false;
    subtle.digest = ((...args: Parameters<SubtleCrypto["digest"]>) => {
      if ((self as any).__stalled) return digest(...args);
      (self as any).__stalled = true;
      return new Promise<ArrayBuffer>(() => {});
    }) as SubtleCrypto["digest"];
  });
  const page = await suite.browser.context.newPage();
  const errors = collectErrors(page);
  await page.goto(suite.server.put("/stall.html", reportPage()));
  const worker = liveWorker();
  for (let i = 0; i < 100 && !(await worker.evaluate(() => (self as any).__stalled)); i++) await page.waitForTimeout(100);
  assert.equal(await worker.evaluate(() => (self as any).__stalled), true, "the first request reached the stalled worker");
  assert.equal(await page.locator("#govlens-root").count(), 0, "no result yet");

  await stopWorkers(page);
  await page.waitForSelector('#govlens-root[data-state="ready"]', { state: "attached", timeout: 10_000 });
  await openPanel(page);
  assert.deepEqual((await sidebarItems(page)).officials, ["林远航", "苏明哲"]);
  assert.deepEqual(errors, []);
  await page.close();
});

test("the worker answers malformed, oversized and foreign-page requests with an error, and keeps working", async () => {
  const page = await suite.browser.context.newPage();
  const errors = collectErrors(page);
  const cdp = await suite.browser.context.newCDPSession(page);
  // The content script's own world (Chromium names it after the extension).
  const worlds: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on("Runtime.executionContextCreated", ({ context }) => worlds.push(context as (typeof worlds)[number]));
  await cdp.send("Runtime.enable");
  await page.goto(suite.server.put("/messages.html", reportPage()));
  assert.equal(await waitAnnotated(page), "ready");
  const world = worlds.find((w) => w.auxData?.type === "isolated" && w.origin.startsWith("chrome-extension://"));
  assert.ok(world, "found the content script's world");
  const send = async (expression: string) => {
    const { result, exceptionDetails } = await cdp.send("Runtime.evaluate", {
      contextId: world.id,
      expression: `chrome.runtime.sendMessage(${expression})`,
      awaitPromise: true,
      returnByValue: true,
    });
    assert.equal(exceptionDetails, undefined, `sending ${expression.slice(0, 60)} threw`);
    return result.value as { ok: boolean; error?: string };
  };
  for (const bad of [
    '{ type: "govlens/extract" }',
    '{ type: "govlens/extract", text: 42 }',
    '{ type: "govlens/extract", text: ["林远航"], url: "x" }',
    '{ type: "govlens/extract", text: "林远航", url: { href: "x" } }',
    '{ type: "govlens/extract", text: "文".repeat(400001) }',
  ]) {
    const answer = await send(bad);
    assert.equal(answer.ok, false, bad.slice(0, 60));
    assert.ok((answer.error ?? "").length > 0);
  }
  // From an extension page (not a web page): turned away too.
  const extensionPage = await suite.browser.context.newPage();
  await extensionPage.goto(`chrome-extension://${suite.browser.extensionId}/manifest.json`);
  const fromExtensionPage = await extensionPage.evaluate(() =>
    chrome.runtime.sendMessage({ type: "govlens/extract", text: "市长林远航主持会议,要求要抓好落实。", url: "" }),
  );
  assert.deepEqual(fromExtensionPage, { ok: false, error: "sender is not a web page" });
  await extensionPage.close();
  // The worker still answers a well-formed request from the page.
  const good = await send('{ type: "govlens/extract", text: "市长林远航主持会议。林远航强调,要抓好落实。", url: location.href }');
  assert.equal(good.ok, true);
  assert.deepEqual(errors, []);
  await cdp.detach();
  await page.close();
});

test("the extension reloaded under an annotated page: its marks and sidebar leave, nothing throws", async () => {
  const page = await suite.browser.context.newPage();
  const errors = collectErrors(page);
  await page.goto(suite.server.put("/reload.html", reportPage()));
  assert.equal(await waitAnnotated(page), "ready");
  await page.locator('#govlens-root [data-action="open"]').click();
  await page.locator('#govlens-root [data-kind="official"] [data-action="locate"]').first().click();
  const drawn = () =>
    page.evaluate(() =>
      ["govlens-official", "govlens-directive", "govlens-focus"].map(
        (n) => (CSS.highlights.get(n) as unknown as Set<Range> | undefined)?.size ?? 0,
      ),
    );
  assert.ok((await drawn()).every((n) => n > 0), "marks drawn before the reload");

  await liveWorker().evaluate(() => chrome.runtime.reload()).catch(() => {
    // The worker evaluating this goes away with the extension.
  });
  await page.waitForSelector("#govlens-root", { state: "detached", timeout: 10_000 });
  assert.deepEqual(await drawn(), [0, 0, 0]);
  // The page keeps working and changing it wakes nothing from the old script.
  await page.evaluate(() => document.querySelector("article")!.append(Object.assign(document.createElement("p"), { textContent: "林远航要求,要再接再厉。" })));
  await page.waitForTimeout(700);
  assert.equal(await page.locator("#govlens-root").count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});
