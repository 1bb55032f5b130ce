/**
 * History in real Chromium: pages annotated in one browser session are listed by the
 * history page after the browser is closed and started again on the same profile; the
 * sidebar opens that page; search, filters, export, import and deletion work on it.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { CHROMIUM_PATH, extensionArgs } from "../../scripts/chromium.mjs";
import { extract } from "../../src/extractor";
import type { Extraction } from "../../src/extractor/types";
import { parseCsv } from "./support/csv";
import { ARTIFACTS, DIST } from "./support/browser";
import { pageTextOf, waitAnnotated } from "./support/page-probe";
import { startServer, type PageServer } from "./support/server";

const PAGES = ["/samples/portal-meeting.html", "/samples/inspection-news.html", "/fixtures/seed-000.html"];

let server: PageServer;
let profile: string;
let downloads: string;
/** What extract() finds in each page's text, by URL. */
const expected = new Map<string, Extraction>();

/** `language`: the browser's UI language, which Debian's Chromium takes from LANGUAGE. */
/** Browsers still open: a failed assertion must not leave one holding the profile (and the run). */
const openContexts = new Set<BrowserContext>();

async function launch(language = "zh_CN"): Promise<{ context: BrowserContext; extensionId: string }> {
  for (const c of openContexts) await c.close().catch(() => {});
  openContexts.clear();
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1000, height: 760 },
    locale: language.replace("_", "-"),
    args: extensionArgs(DIST),
    env: { ...process.env, LANGUAGE: language },
  });
  openContexts.add(context);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  return { context, extensionId: new URL(worker.url()).host };
}

const historyUrl = (id: string) => `chrome-extension://${id}/src/history/index.html`;

async function listed(page: Page): Promise<{ url: string; title: string }[]> {
  return page.$$eval(".record", (items) =>
    items.map((li) => {
      const a = li.querySelector("h2 a") as HTMLAnchorElement;
      return { url: a.href, title: a.textContent ?? "" };
    }),
  );
}

async function waitCount(page: Page, n: number) {
  await page.waitForFunction((n) => document.querySelectorAll(".record").length === n, n, { timeout: 15_000 });
}

before(async () => {
  server = await startServer();
  profile = mkdtempSync(join(tmpdir(), "govlens-history-profile-"));
  downloads = mkdtempSync(join(tmpdir(), "govlens-history-downloads-"));
});
after(async () => {
  for (const c of openContexts) await c.close().catch(() => {});
  await server?.close();
  rmSync(profile, { recursive: true, force: true });
  rmSync(downloads, { recursive: true, force: true });
});

test("annotated pages are kept across a browser restart; the sidebar opens the history page", { timeout: 90_000 }, async () => {
  // Session 1: read our two sample pages, open the history from the sidebar, then read a
  // third page, twice.
  const first = await launch();
  const page = await first.context.newPage();
  const read = async (path: string) => {
    await page.goto(server.origin + path);
    assert.equal(await waitAnnotated(page), "ready", path);
    const text = await pageTextOf(page);
    assert.ok(text);
    expected.set(server.origin + path, extract(text.text));
  };
  await read(PAGES[0]);
  await read(PAGES[1]);
  await page.locator('#govlens-root [data-action="open"]').click();
  const [historyTab] = await Promise.all([
    first.context.waitForEvent("page"),
    page.locator('#govlens-root [data-action="open-history"]').click(),
  ]);
  await historyTab.waitForLoadState();
  assert.equal(historyTab.url(), historyUrl(first.extensionId));
  await waitCount(historyTab, 2);
  // Only our invented sample pages in the picture that goes into the README.
  await historyTab.screenshot({ path: join(ARTIFACTS, "history.png"), clip: { x: 0, y: 0, width: 1000, height: 630 } });

  await page.bringToFront();
  await read(PAGES[2]);
  await page.reload();
  assert.equal(await waitAnnotated(page), "ready");
  await historyTab.reload();
  await waitCount(historyTab, PAGES.length);
  await first.context.close();

  // Session 2: the same profile, a new browser.
  const second = await launch();
  assert.equal(second.extensionId, first.extensionId);
  const history = await second.context.newPage();
  await history.goto(historyUrl(second.extensionId));
  await waitCount(history, PAGES.length);
  const items = await listed(history);
  // Newest first: the page read (and re-read) last is on top; the reload did not add one.
  assert.deepEqual(
    items.map((i) => i.url),
    [...PAGES].reverse().map((p) => server.origin + p),
  );
  for (const item of items) {
    const x = expected.get(item.url) as Extraction;
    assert.equal(item.title, x.meta.title ?? "(无标题)");
    const names = await history.$$eval(`.record:has(a[href="${item.url}"]) .officials b`, (bs) => bs.map((b) => b.textContent));
    assert.deepEqual(names, x.officials.map((o) => o.name), item.url);
  }
  await second.context.close();
});

test("search, date filter, export JSONL/CSV, delete one, import back without duplicates, delete all", { timeout: 60_000 }, async () => {
  const { context, extensionId } = await launch();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(historyUrl(extensionId));
  await waitCount(page, PAGES.length);

  // Search by an official of one page only.
  const [onlyUrl, onlyX] = [...expected].find(([, x]) =>
    x.officials.some((o) => [...expected.values()].filter((y) => y.officials.some((p) => p.name === o.name)).length === 1),
  ) as [string, Extraction];
  const name = onlyX.officials.find((o) => [...expected.values()].filter((y) => y.officials.some((p) => p.name === o.name)).length === 1)!.name;
  await page.fill('input[name="words"]', name);
  await waitCount(page, 1);
  assert.deepEqual((await listed(page)).map((i) => i.url), [onlyUrl]);
  // Every word must match: a word from nowhere empties the list.
  await page.fill('input[name="words"]', `${name} 不存在的词语`);
  await waitCount(page, 0);
  await page.locator('[data-action="clear-filters"]').click();
  await waitCount(page, PAGES.length);
  // A start date after every page's date and after today: nothing.
  await page.fill('input[name="from"]', "2999-01-01");
  await waitCount(page, 0);
  await page.locator('[data-action="clear-filters"]').click();
  await waitCount(page, PAGES.length);

  // Export everything as JSONL and CSV through the browser's download.
  const save = async (action: string) => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator(`[data-action="${action}"]`).click()]);
    const path = join(downloads, download.suggestedFilename());
    await download.saveAs(path);
    return { path, name: download.suggestedFilename(), text: readFileSync(path, "utf8") };
  };
  const jsonl = await save("export-jsonl");
  assert.match(jsonl.name, /^govlens-history-\d{4}-\d\d-\d\d\.jsonl$/);
  const lines = jsonl.text.trimEnd().split("\n").map((l) => JSON.parse(l));
  assert.equal(lines.length, PAGES.length);
  for (const line of lines) assert.deepEqual(line.extraction, JSON.parse(JSON.stringify(expected.get(line.url))));
  const csv = await save("export-csv");
  const rows = parseCsv(csv.text.replace(/^\uFEFF/, "")).filter((r) => r.length > 1);
  assert.equal(rows[0][0], "savedAt");
  const officialRows = rows.filter((r) => r[6] === "official").length;
  assert.equal(officialRows, [...expected.values()].reduce((n, x) => n + x.officials.length, 0));

  // Delete one (confirmed), then import the export: the one comes back, nothing doubles.
  page.once("dialog", (d) => void d.accept());
  await page.locator(".record").first().locator('[data-action="delete"]').click();
  await waitCount(page, PAGES.length - 1);
  await page.setInputFiles('[data-action="import"]', jsonl.path);
  await waitCount(page, PAGES.length);
  await page.waitForFunction(() => /新增 1 条.*已有 2 条/.test(document.querySelector('[data-notice="status"]')?.textContent ?? ""));
  assert.deepEqual(new Set((await listed(page)).map((i) => i.url)), new Set(expected.keys()));

  // A damaged file: the good line is taken (already there), the bad ones named.
  const damaged = join(downloads, "damaged.jsonl");
  writeFileSync(damaged, `${jsonl.text.split("\n")[0]}\n{oops\n[]\n`);
  await page.setInputFiles('[data-action="import"]', damaged);
  await page.waitForFunction(() => /第 2 行（不是 JSON）、第 3 行/.test(document.querySelector('[data-notice="status"]')?.textContent ?? ""));
  await waitCount(page, PAGES.length);

  // Storage full (as the worker records it when a page could not be kept): the page says so
  // until room is made.
  assert.equal(await page.locator('[data-notice="full"]').count(), 0);
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open("govlens-history");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction("status", "readwrite");
          tx.objectStore("status").put({ fullSince: "2026-03-01T08:00:00.000Z" }, "status");
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await page.reload();
  await page.waitForSelector('[data-notice="full"]');
  assert.match((await page.locator('[data-notice="full"]').textContent()) ?? "", /存储空间已满.*2026/);

  // Delete all: cancelled leaves everything, confirmed empties the history (and makes room).
  page.once("dialog", (d) => void d.dismiss());
  await page.locator('[data-action="delete-all"]').click();
  await page.waitForTimeout(200);
  await waitCount(page, PAGES.length);
  page.once("dialog", (d) => void d.accept());
  await page.locator('[data-action="delete-all"]').click();
  await waitCount(page, 0);
  await page.waitForSelector(".empty");
  assert.equal(await page.locator('[data-notice="full"]').count(), 0);
  assert.deepEqual(errors, [], "no errors on the history page");
  await context.close();
});

test("the history page speaks the browser's language", { timeout: 60_000 }, async () => {
  for (const [language, title, empty, lang] of [
    ["en", "Govlens reading history", "No history yet.", "en"],
    ["zh_TW", "Govlens 閱讀歷史", "還沒有歷史記錄。", "zh-TW"],
  ]) {
    const { context, extensionId } = await launch(language);
    const page = await context.newPage();
    await page.goto(historyUrl(extensionId));
    await page.waitForSelector(".empty");
    assert.equal(await page.title(), title);
    assert.equal(await page.getAttribute("html", "lang"), lang);
    assert.equal(await page.locator("h1").textContent(), title);
    assert.ok(((await page.locator(".empty").textContent()) ?? "").startsWith(empty), language);
    await context.close();
  }
});
