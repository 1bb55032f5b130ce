/**
 * Copying from the sidebar in Chromium: each whole-summary format reaches the clipboard,
 * parses, and carries what the extractor finds on the page; per-item copy works; every
 * button says on itself that it copied.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { extract, type Extraction } from "../../src/extractor";
import { CSV_COLUMNS, toCsv, toJson, toMarkdown } from "../../src/shared/format";
import { launchWithExtension, type ExtensionBrowser } from "./support/browser";
import { openPanel, pageTextOf, waitAnnotated } from "./support/page-probe";
import { startServer, type PageServer } from "./support/server";
import { parseCsv } from "./support/csv";
import { groupDirectives } from "../../src/sidebar/group-directives";

let browser: ExtensionBrowser;
let server: PageServer;
let page: Page;
let expected: Extraction;
let url: string;

before(async () => {
  [browser, server] = await Promise.all([launchWithExtension(), startServer()]);
  await browser.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.origin });
  page = await browser.context.newPage();
  url = `${server.origin}/fixtures/seed-000.html`;
  await page.goto(url);
  assert.equal(await waitAnnotated(page), "ready");
  const text = await pageTextOf(page);
  assert.ok(text);
  expected = extract(text.text);
  assert.ok(expected.officials.length > 0 && expected.directives.length > 0, "the page has findings to copy");
  await openPanel(page);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

/** Clicks `locator` and returns what it put on the clipboard. */
async function copiedBy(click: () => Promise<void>): Promise<string> {
  await page.evaluate(() => navigator.clipboard.writeText("(nothing yet)"));
  await click();
  await page.waitForFunction(async () => (await navigator.clipboard.readText()) !== "(nothing yet)");
  return clipboard();
}

async function copyWith(action: string): Promise<string> {
  await page.evaluate(() => navigator.clipboard.writeText("(nothing yet)"));
  const button = page.locator(`[data-action="${action}"]`).first();
  await button.click();
  await page.waitForFunction(
    (a) =>
      document
        .getElementById("govlens-root")
        ?.shadowRoot?.querySelector(`[data-action="${a}"]`)
        ?.getAttribute("data-copy-state") === "done",
    action,
  );
  assert.equal(await button.textContent(), "已复制", "the button shows that it copied");
  return clipboard();
}

test("copy JSON: the contract's JSON of the page", async () => {
  const copied = await copyWith("copy-json");
  assert.deepEqual(JSON.parse(copied), JSON.parse(toJson(expected)));
});

test("copy Markdown: the summary with the page's address", async () => {
  const copied = await copyWith("copy-markdown");
  assert.equal(copied, toMarkdown(expected, { url }));
  assert.match(copied, /^# .+\n/);
  for (const o of expected.officials) assert.ok(copied.includes(o.name), `${o.name} is in the summary`);
});

test("copy CSV: one row per official and directive, every row as wide as the header", async () => {
  const copied = await copyWith("copy-csv");
  assert.equal(copied, toCsv(expected));
  const rows = parseCsv(copied);
  assert.deepEqual(rows[0], [...CSV_COLUMNS]);
  assert.equal(rows.length - 1, expected.officials.length + expected.directives.length);
  for (const row of rows) assert.equal(row.length, CSV_COLUMNS.length);
  assert.deepEqual(
    rows.filter((r) => r[0] === "official").map((r) => r[1]),
    expected.officials.map((o) => o.name),
  );
});

test("each item has its own copy control", async () => {
  const official = expected.officials[0];
  const copiedOfficial = await copiedBy(() =>
    page.locator('[data-kind="official"]').first().locator('[data-action="copy-item"]').click(),
  );
  assert.ok(copiedOfficial.startsWith(official.name), copiedOfficial);
  for (const title of official.titles) assert.ok(copiedOfficial.includes(title));

  const copiedDirective = await copiedBy(() =>
    page.locator('[data-kind="directive"]').first().locator('[data-action="copy-item"]').click(),
  );
  assert.equal(copiedDirective, groupDirectives(expected.directives)[0].items[0].directive.text);
});

test("the copy controls are labelled buttons reachable by keyboard", async () => {
  const unlabelled = await page.evaluate(() => {
    const root = document.getElementById("govlens-root")?.shadowRoot;
    return [...(root?.querySelectorAll("button") ?? [])]
      .filter((b) => !(b.getAttribute("aria-label") || b.textContent?.trim()))
      .map((b) => b.outerHTML);
  });
  assert.deepEqual(unlabelled, []);
  // Keyboard: focus the JSON button and press Enter.
  const copied = await copiedBy(async () => {
    await page.locator('[data-action="copy-json"]').focus();
    await page.keyboard.press("Enter");
  });
  assert.deepEqual(JSON.parse(copied), JSON.parse(toJson(expected)));
  // Escape closes the panel and leaves the edge tab to reopen it.
  await page.keyboard.press("Escape");
  await page.locator('[data-action="open"]').waitFor();
  assert.equal(await page.locator("#govlens-root aside").count(), 0);
});
