/**
 * A long page's marks are drawn around the viewport first and the rest as the reader
 * scrolls to them (src/content/lazy-marks.ts), also when the page opens further down; an item
 * clicked in the sidebar is drawn and focused wherever it stands. An ordinary report is drawn whole at once (the other e2e
 * tests check every mark of the fixture pages).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { extract } from "../../src/extractor";
import { MIN_BATCH } from "../../src/content/lazy-marks";
import { extensionSuite } from "./support/suite";
import { reportPage } from "./support/hostile-report";
import { startPageHost } from "./support/page-host";
import { highlights, openPanel, pageTextOf, waitAnnotated } from "./support/page-probe";

const suite = extensionSuite(startPageHost);

/** 400 numbered orders, each naming the mayor: about 800 marks, many screens long. */
const ORDERS = Array.from({ length: 400 }, (_, i) => `林远航强调,第${i + 1}项任务要抓紧推进,确保按期完成。`);
const LAST_ORDER = ORDERS[ORDERS.length - 1];

const drawn = async (page: Page) =>
  (await highlights(page, "govlens-directive")).length +
  (await highlights(page, "govlens-official")).length +
  (await highlights(page, "govlens-slogan")).length;

const directiveDrawn = async (page: Page, sentence: string) =>
  (await highlights(page, "govlens-directive")).some((r) => r.text === sentence);

async function openLongPage(path: string): Promise<{ page: Page; total: number }> {
  const page = await suite.browser.context.newPage();
  await page.goto(suite.server.put(path, reportPage({ paragraphs: ORDERS })));
  assert.equal(await waitAnnotated(page), "ready");
  const text = await pageTextOf(page);
  assert.ok(text);
  const x = extract(text.text);
  const total = x.officials.reduce((n, o) => n + o.mentions.length, 0) + x.directives.length;
  assert.ok(total > 2 * MIN_BATCH, `a long page: ${total} marks`);
  return { page, total };
}

test("a long page draws the marks around the viewport at once and the others as they are scrolled to", async () => {
  const { page, total } = await openLongPage("/long.html");
  const first = await drawn(page);
  assert.ok(first >= MIN_BATCH && first < total, `${first} of ${total} marks drawn at load`);
  assert.ok(await directiveDrawn(page, ORDERS[0]), "the first screen's orders are marked");
  assert.ok(!(await directiveDrawn(page, LAST_ORDER)), "the last order, many screens down, is not yet");

  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForFunction((sentence) => {
    const h = CSS.highlights.get("govlens-directive") as unknown as Set<AbstractRange> | undefined;
    return [...(h ?? [])].some((s) => {
      const r = document.createRange();
      r.setStart(s.startContainer, s.startOffset);
      r.setEnd(s.endContainer, s.endOffset);
      return r.toString() === sentence;
    });
  }, LAST_ORDER);
  const visible = (await highlights(page, "govlens-directive")).filter((r) => r.inViewport).map((r) => r.text);
  assert.ok(visible.includes(LAST_ORDER), "the orders on the screen scrolled to are marked");
  assert.ok((await drawn(page)) > first);
  await page.close();
});

test("a long page opened further down (a link to a place in it) draws the marks where the reader is", async () => {
  const page = await suite.browser.context.newPage();
  // The browser scrolls to #end as the page opens, before the content script runs.
  await page.goto(`${suite.server.put("/long-deep.html", reportPage({ paragraphs: ORDERS, after: '<p id="end">完</p>' }))}#end`);
  assert.equal(await waitAnnotated(page), "ready");
  assert.ok(await page.evaluate(() => window.scrollY > 1000), "opened scrolled down");
  assert.ok(await directiveDrawn(page, LAST_ORDER), "the orders on the screen are marked at once");
  assert.ok(!(await directiveDrawn(page, ORDERS[0])), "the first order, many screens up, is not yet");
  await page.close();
});

test("a directive clicked in the sidebar far below is drawn, focused and scrolled to", async () => {
  const { page } = await openLongPage("/long-click.html");
  assert.ok(!(await directiveDrawn(page, LAST_ORDER)));
  await openPanel(page);
  await page.locator('#govlens-root [data-kind="directive"]').filter({ hasText: "第400项任务" }).locator('[data-action="locate"]').click();
  await page.waitForFunction(() => ((CSS.highlights.get("govlens-focus") as unknown as Set<AbstractRange>)?.size ?? 0) === 1);
  const [focused] = await highlights(page, "govlens-focus");
  assert.equal(focused.text, LAST_ORDER);
  await page.waitForFunction(() => window.scrollY > 1000);
  assert.ok(await directiveDrawn(page, LAST_ORDER), "and it stays marked");
  await page.close();
});

test("a long page about to be printed gets every mark, not only those scrolled to", async () => {
  const { page, total } = await openLongPage("/long-print.html");
  assert.ok((await drawn(page)) < total);
  // What the browser fires before it lays the page out for printing (window.print(), Ctrl+P).
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  await page.waitForFunction((n) => {
    let size = 0;
    for (const name of ["govlens-directive", "govlens-official"])
      size += (CSS.highlights.get(name) as unknown as Set<AbstractRange> | undefined)?.size ?? 0;
    return size === n;
  }, total);
  assert.ok(await directiveDrawn(page, LAST_ORDER), "the last order is marked on paper too");
  await page.close();
});
