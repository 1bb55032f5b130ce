/**
 * The extension on every shared fixture page, in real Chromium: what it highlights and lists
 * is what the extractor (run here in Node on the same page text) finds, the noise columns
 * stay unmarked, and clicking an item in the sidebar scrolls the page to it.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { extract, type Extraction } from "../../src/extractor";
import { inputText } from "../../src/cli/input-text";
import { ARTIFACTS, launchWithExtension, type ExtensionBrowser } from "./support/browser";
import {
  highlights,
  highlightsInside,
  isMapped,
  pageTextOf,
  sidebarItems,
  waitAnnotated,
  type PageText,
} from "./support/page-probe";
import { FIXTURES_DIR, startServer, type PageServer } from "./support/server";

/** The furniture of the fixture pages: menus, breadcrumbs, side columns of other leaders'
 * headlines, related-news lists, share bars, footers. */
const NOISE =
  "#top, #nav, .position, .share, .related, #footer, header, footer, aside, nav, .recommend, .left-col, .copyright";

const pages = readdirSync(FIXTURES_DIR).filter((f) => f.endsWith(".html")).sort();

const squeeze = (s: string) => s.replace(/\s+/g, "");
const count = <T>(xs: T[]) => xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<T, number>());

let browser: ExtensionBrowser;
let server: PageServer;

before(async () => {
  [browser, server] = await Promise.all([launchWithExtension(), startServer()]);
  mkdirSync(ARTIFACTS, { recursive: true });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

interface Loaded {
  page: Page;
  /** Console errors while the page was open (a missing favicon aside). */
  errors: string[];
  text: PageText;
  expected: Extraction;
}

/** Opens a fixture and waits until the extension has annotated the article's current text. */
async function load(file: string): Promise<Loaded> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && !m.text().startsWith("Failed to load resource")) errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${server.origin}/fixtures/${file}`);
  if (file === "seed-002.html") await page.waitForSelector("#detail h1", { timeout: 5000 });
  await waitAnnotated(page);
  const text = await pageTextOf(page);
  assert.ok(text, `${file}: the page has an article`);
  const expected = extract(text.text);
  const wantDirectives = expected.directives.filter((d) => isMapped(text, d.start, d.end)).length;
  // The dynamic page is annotated again after its article arrives: wait for that pass.
  await page.waitForFunction(
    (n) => ((CSS.highlights.get("govlens-directive") as unknown as Set<Range>)?.size ?? 0) === n,
    wantDirectives,
    { timeout: 10_000 },
  );
  return { page, text, expected, errors };
}

async function openSidebar(page: Page): Promise<void> {
  const tab = page.locator('[data-action="open"]');
  if ((await tab.count()) === 0) return;
  await tab.click();
  await page.locator("#govlens-root aside").waitFor();
}

/** The page's words that are noise-only officials: named by the extractor in the noise
 * columns' text but nowhere in the article. */
async function noiseOnlyNames(page: Page, articleText: string): Promise<string[]> {
  const noiseText = await page.evaluate(
    (sel) => [...document.querySelectorAll(sel)].map((el) => (el as HTMLElement).innerText).join("\n"),
    NOISE,
  );
  return extract(noiseText).officials.map((o) => o.name).filter((n) => !articleText.includes(n));
}

for (const file of pages) {
  describe(file, () => {
    let loaded: Loaded;
    before(async () => {
      loaded = await load(file);
    });
    after(async () => {
      await loaded?.page.close();
    });

    test("the page text sent to the extractor is the CLI's text for the same page", (t) => {
      if (file === "seed-002.html") return t.skip("filled by script: the CLI cannot see its article");
      const bytes = readFileSync(join(FIXTURES_DIR, file));
      assert.equal(loaded.text.text, inputText({ name: file, bytes }));
    });

    test("highlights cover every mention and directive the extractor finds", async () => {
      const { page, text, expected } = loaded;
      const wantNames = expected.officials.flatMap((o) =>
        o.mentions.filter((m) => isMapped(text, m.start, m.end)).map((m) => text.text.slice(m.start, m.end)),
      );
      const gotNames = (await highlights(page, "govlens-official")).map((r) => r.text);
      assert.deepEqual(count(gotNames), count(wantNames));

      const wantDirectives = expected.directives.filter((d) => isMapped(text, d.start, d.end)).map((d) => squeeze(d.text));
      const gotDirectives = (await highlights(page, "govlens-directive")).map((r) => squeeze(r.text));
      assert.deepEqual(gotDirectives.sort(), wantDirectives.sort());

      const state = await page.evaluate(() => document.getElementById("govlens-root")?.dataset.state);
      const found = expected.officials.length + expected.directives.length > 0;
      assert.equal(state, found ? "ready" : "empty");
    });

    test("the sidebar lists what the extractor finds and nothing from the noise columns", async () => {
      const { page, text, expected } = loaded;
      assert.deepEqual(await highlightsInside(page, NOISE), [], "no mark in menus, side columns, footers");
      await openSidebar(page);
      const items = await sidebarItems(page);
      assert.deepEqual(items.officials, expected.officials.map((o) => o.name));
      assert.equal(items.directives, expected.directives.length);
      for (const name of items.officials) assert.ok(text.text.includes(name), `${name} is in the article`);
      const noise = await noiseOnlyNames(page, text.text);
      for (const name of noise) {
        assert.ok(!items.officials.includes(name), `${name} (side column only) is not listed`);
      }
      const marked = (await highlights(page, "govlens-official")).map((r) => r.text);
      for (const name of noise) assert.ok(!marked.includes(name), `${name} (side column only) is not marked`);
    });

    test("clicking an official or a directive scrolls to it and focuses it", async (t) => {
      const { page, expected } = loaded;
      if (expected.officials.length === 0 && expected.directives.length === 0) {
        assert.equal(await page.locator('[data-action="open"]').count(), 0, "no tab without findings");
        t.skip("the extractor finds nothing on this page");
        return;
      }
      await openSidebar(page);

      const focus = async () => {
        await page.waitForFunction(() => {
          const h = CSS.highlights.get("govlens-focus") as unknown as Set<AbstractRange> | undefined;
          const focused = h && [...h][0];
          if (!focused) return false;
          const r = document.createRange();
          r.setStart(focused.startContainer, focused.startOffset);
          r.setEnd(focused.endContainer, focused.endOffset);
          const rect = r.getBoundingClientRect();
          return rect.top >= 0 && rect.bottom <= window.innerHeight;
        }, undefined, { timeout: 5000 });
        const [range] = await highlights(page, "govlens-focus");
        return range;
      };

      const index = expected.officials.findIndex(
        (o) => o.mentions.filter((m) => isMapped(loaded.text, m.start, m.end)).length > 1,
      );
      if (index >= 0) {
        const official = expected.officials[index];
        const item = page.locator('[data-kind="official"]').nth(index);
        await item.click();
        const first = await focus();
        assert.equal(first.text, official.name);
        await item.click();
        const second = await focus();
        assert.equal(second.text, official.name);
        assert.notDeepEqual([second.top, second.left], [first.top, first.left], "a second click goes to the next mention");
      }
      if (expected.directives.length > 0) {
        const last = expected.directives.length - 1;
        const item = page.locator(`[data-kind="directive"][data-index="${last}"]`);
        await item.scrollIntoViewIfNeeded();
        await page.evaluate(() => window.scrollTo(0, 0));
        const before = await page.evaluate(() => scrollY);
        await item.click();
        const range = await focus();
        assert.equal(squeeze(range.text), squeeze(expected.directives[last].text));
        const tall = await page.evaluate(() => document.documentElement.scrollHeight > innerHeight * 1.5);
        if (tall) assert.notEqual(await page.evaluate(() => scrollY), before, "the page scrolled to the last directive");
      }
      // Let the smooth scroll finish: a screenshot mid-scroll shows fixed elements displaced.
      await page.waitForFunction(
        () => new Promise((resolve) => { const y = scrollY; setTimeout(() => resolve(scrollY === y), 300); }),
      );
      await page.screenshot({ path: join(ARTIFACTS, `${file.replace(/\.html$/, "")}.png`) });
    });

    test("nothing went wrong in the page's console", () => {
      assert.deepEqual(loaded.errors, []);
    });
  });
}
