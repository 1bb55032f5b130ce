/**
 * The extension leaves pages alone where it should: nothing on a page that is not Chinese;
 * on an annotated page the page's own DOM and layout are as without the extension, selection
 * and copy give the page's text, page styles do not reach into the sidebar; and the fallback
 * highlighter (for browsers without the Highlight API) restores the text nodes it split.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { chromium, type Browser, type Page } from "playwright-core";
import { CHROMIUM_PATH } from "../../scripts/chromium.mjs";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { bundleForPage } from "./support/bundle";
import { ARTIFACTS, launchWithExtension, type ExtensionBrowser } from "./support/browser";
import { openPanel, waitAnnotated } from "./support/page-probe";
import { FIXTURES_DIR, startServer, type PageServer } from "./support/server";

let browser: ExtensionBrowser;
let plain: Browser;
let server: PageServer;

before(async () => {
  [browser, server, plain] = await Promise.all([
    launchWithExtension(),
    startServer(),
    chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ["--no-sandbox", "--disable-gpu"] }),
  ]);
  await browser.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.origin });
});
after(async () => {
  await browser?.close();
  await plain?.close();
  await server?.close();
});

const govlensHighlights = (page: Page) =>
  page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith("govlens")));

test("a page that is not Chinese gets nothing", async () => {
  const page = await browser.context.newPage();
  // A Chinese page first, in the same tab: proves the content script runs in this browser.
  await page.goto(`${server.origin}/fixtures/seed-000.html`);
  assert.equal(await waitAnnotated(page), "ready");
  await page.goto(`${server.origin}/pages/english.html`);
  await page.waitForLoadState("load");
  await page.waitForTimeout(1500);
  assert.equal(await page.locator("#govlens-root").count(), 0);
  assert.deepEqual(await govlensHighlights(page), []);
  await page.close();
});

describe("an annotated page is otherwise the page it was", () => {
  const layoutOf = (page: Page) =>
    page.evaluate(() => ({
      html: document.body.innerHTML,
      rects: [...document.body.querySelectorAll("*")].map((el) => {
        const r = el.getBoundingClientRect();
        return [el.tagName, Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)].join(",");
      }),
      extra: [...document.documentElement.children].map((el) => el.tagName.toLowerCase()),
    }));

  for (const file of ["seed-000.html", "seed-003.html"]) {
    test(`${file}: same DOM, same layout, only the sidebar host added`, async () => {
      const url = `${server.origin}/fixtures/${file}`;
      const withExtension = await browser.context.newPage();
      await withExtension.setViewportSize({ width: 1280, height: 800 });
      await withExtension.goto(url);
      assert.equal(await waitAnnotated(withExtension), "ready");
      assert.ok((await govlensHighlights(withExtension)).length > 0);
      // Static ranges only: the document does not keep them up to date, so the page's own
      // DOM changes do not pay for our marks.
      const kinds = await withExtension.evaluate(() =>
        [...new Set([...CSS.highlights].flatMap(([, h]) => [...(h as unknown as Set<AbstractRange>)].map((r) => r.constructor.name)))],
      );
      assert.deepEqual(kinds, ["StaticRange"]);
      await openPanel(withExtension);

      const without = await plain.newPage({ viewport: { width: 1280, height: 800 } });
      await without.goto(url);

      const a = await layoutOf(withExtension);
      const b = await layoutOf(without);
      assert.equal(a.html, b.html, "the page's DOM is untouched (highlights are not elements)");
      assert.deepEqual(a.rects, b.rects, "no element moved or changed size");
      assert.deepEqual(a.extra, [...b.extra, "govlens-sidebar"]);
      await withExtension.close();
      await without.close();
    });
  }
});

test("selecting, copying and clicking marked text behave as on the page without us", async () => {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/fixtures/seed-003.html`);
  assert.equal(await waitAnnotated(page), "ready");
  // The first paragraph holds names inside links, marked by the extension.
  const selected = await page.evaluate(() => {
    const p = document.querySelector(".para p") as HTMLElement;
    const range = document.createRange();
    range.selectNodeContents(p);
    const selection = getSelection() as Selection;
    selection.removeAllRanges();
    selection.addRange(range);
    return { selection: selection.toString(), text: p.textContent };
  });
  assert.equal(selected.selection, selected.text);
  await page.evaluate(() => navigator.clipboard.writeText(""));
  await page.keyboard.press("Control+C");
  await page.waitForFunction(async () => (await navigator.clipboard.readText()) !== "");
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), selected.selection);

  // The page's own handlers still get clicks on marked words (a linked name here).
  await page.evaluate(() => {
    const link = document.querySelector("a.leader") as HTMLElement;
    link.addEventListener("click", (e) => {
      e.preventDefault();
      link.dataset.clicked = "yes";
    });
  });
  await page.locator("a.leader").first().click();
  assert.equal(await page.locator("a.leader").first().getAttribute("data-clicked"), "yes");
  await page.close();
});

test("a dark page is annotated too (screenshot for a look at contrast)", async () => {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/pages/dark.html`);
  assert.equal(await waitAnnotated(page), "ready");
  assert.ok((await govlensHighlights(page)).includes("govlens-official"));
  await page.locator('[data-action="open"]').click();
  await page.locator('[data-kind="official"]').first().click();
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, "dark-page.png") });
  await page.close();
});

test("a 5 MB page: annotated within seconds, the page stays responsive, no errors", { timeout: 60_000 }, async () => {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  const paragraph =
    "<p>市委书记韩启明主持召开专题会议。韩启明强调,要切实做好防汛准备工作,确保群众生命财产安全。会议要求,各部门要严格落实值班制度,坚决防止脱岗漏岗。</p>\n";
  const body = paragraph.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(paragraph)));
  const url = `${server.origin}/generated/huge.html`;
  await page.route(url, (route) =>
    route.fulfill({ contentType: "text/html; charset=utf-8", body: `<!doctype html><html lang="zh-CN"><body><div class="content">${body}</div></body></html>` }),
  );
  const started = Date.now();
  await page.goto(url);
  await page.waitForSelector("#govlens-root[data-state]", { state: "attached", timeout: 45_000 });
  const seconds = (Date.now() - started) / 1000;
  assert.ok(seconds < 30, `annotated after ${seconds} s`);
  assert.equal(await page.evaluate(() => 1 + 1), 2, "the page still answers");
  assert.deepEqual(errors, []);
  await page.close();
});

test("a page with a strict Content-Security-Policy is annotated and the sidebar styled", async () => {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  const url = `${server.origin}/generated/csp.html`;
  const html = readFileSync(join(FIXTURES_DIR, "seed-000.html"), "utf8").replace(/<style>[\s\S]*?<\/style>/, "");
  await page.route(url, (route) =>
    route.fulfill({
      contentType: "text/html; charset=utf-8",
      headers: { "content-security-policy": "default-src 'none'; style-src 'none'; script-src 'none'" },
      body: html,
    }),
  );
  await page.goto(url);
  assert.equal(await waitAnnotated(page), "ready");
  // The panel's code is imported on this first open, under the page's strict policy.
  await openPanel(page);
  const width = await page.evaluate(
    () => document.getElementById("govlens-root")?.shadowRoot?.querySelector("aside")?.getBoundingClientRect().width,
  );
  assert.equal(width, 380, "the shadow root's styles apply");
  assert.deepEqual(errors, [], "no CSP violation from the extension");
  await page.close();
});

test("page styles do not reach into the sidebar", async () => {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/fixtures/seed-000.html`);
  assert.equal(await waitAnnotated(page), "ready");
  await page.addStyleTag({
    content:
      "* { font-size: 40px !important; color: rgb(255, 0, 0) !important; } button { display: none !important; } " +
      "#govlens-root, govlens-sidebar { display: none !important; transform: translateX(500px) !important; }",
  });
  await openPanel(page);
  const styles = await page.evaluate(() => {
    const root = document.getElementById("govlens-root")?.shadowRoot;
    const h2 = root?.querySelector("h2") as HTMLElement;
    const panel = root?.querySelector("aside") as HTMLElement;
    const rect = panel.getBoundingClientRect();
    return { font: getComputedStyle(h2).fontSize, color: getComputedStyle(h2).color, right: rect.right, width: rect.width };
  });
  assert.equal(styles.font, "16px");
  assert.notEqual(styles.color, "rgb(255, 0, 0)");
  assert.equal(styles.right, 1280, "the panel sits at the window's right edge");
  assert.ok(styles.width > 300);
  await page.close();
});

test("fallback highlighter: wraps across elements, focuses, and restores the page's text nodes", async () => {
  const page = await plain.newPage();
  await page.goto(`${server.origin}/fixtures/seed-003.html`);
  const code = await bundleForPage("tests/e2e/support/fallback-entry.ts", "GovlensFallback");
  const result = await page.evaluate(`(() => {
    ${code}
    const { MarkElementHighlighter, TextMap, pageText } = GovlensFallback;
    const before = document.body.innerHTML;
    const textBefore = document.body.textContent;
    const nodes = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);

    const t = pageText(document);
    const map = new TextMap(t.segments);
    const marks = [];
    // Every occurrence of a linked name, and a span that runs across a link's edges.
    for (const name of ["宋樂偉", "王劍鋒"]) {
      for (let i = t.text.indexOf(name); i !== -1; i = t.text.indexOf(name, i + 1)) {
        marks.push({ kind: "official", key: "official:" + name + ":" + i, range: map.rangeOf({ start: i, end: i + name.length }) });
      }
    }
    const across = t.text.indexOf("省長王劍鋒會");
    marks.push({ kind: "directive", key: "directive:0", range: map.rangeOf({ start: across, end: across + 6 }) });

    const h = new MarkElementHighlighter(document);
    h.draw(marks);
    const officialMarks = [...document.querySelectorAll('govlens-mark[data-kind="official"]')].map((m) => m.textContent);
    const textAfterDraw = document.body.textContent;
    const focused = h.focus("directive:0");
    const focusCount = document.querySelectorAll("govlens-mark[data-focus]").length;
    const focusedText = [...document.querySelectorAll("govlens-mark[data-focus]")].map((m) => m.textContent).join("");
    h.clear();
    const after = [];
    const walker2 = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker2.nextNode(); n; n = walker2.nextNode()) after.push(n);
    return {
      marks: marks.length,
      officialMarks,
      textUnchanged: textBefore === textAfterDraw,
      focusCount, focusedText, hasTarget: focused !== null,
      restored: document.body.innerHTML === before,
      sameNodes: after.length === nodes.length && after.every((n, i) => n === nodes[i]),
      left: document.querySelectorAll("govlens-mark").length,
    };
  })()`) as Record<string, unknown>;
  assert.ok((result.marks as number) >= 5, "the page names both several times");
  // Names sit whole inside their links, so each official mark holds one whole name.
  const officialMarks = result.officialMarks as string[];
  assert.ok(officialMarks.length >= 5);
  for (const text of officialMarks) assert.ok(["宋樂偉", "王劍鋒"].includes(text), JSON.stringify(officialMarks));
  assert.equal(result.textUnchanged, true, "wrapping keeps the text");
  assert.equal(result.focusedText, "省長王劍鋒會", "the focused span runs across the link");
  assert.ok((result.focusCount as number) >= 3, "split into pieces at the link's edges");
  assert.equal(result.hasTarget, true);
  assert.equal(result.restored, true, "clear() restores the markup");
  assert.equal(result.sameNodes, true, "and the very same text nodes");
  assert.equal(result.left, 0);
  await page.close();
});
