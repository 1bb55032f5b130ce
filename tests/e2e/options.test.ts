/**
 * The options page against an open tab: every change is saved to storage.sync, survives a
 * reload of the options page, and reaches the tab without a reload (colours and categories,
 * the user's lexicon, the annotate mode); "never on this site" in the sidebar takes the
 * marks out; j / k walk the directives.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { launchWithExtension, type ExtensionBrowser } from "./support/browser";
import { highlights, sidebarItems, waitAnnotated } from "./support/page-probe";
import { startServer, type PageServer } from "./support/server";

declare const chrome: import("webextension-polyfill").Browser;

let browser: ExtensionBrowser;
let server: PageServer;
let tab: Page;
let options: Page;

before(async () => {
  [browser, server] = await Promise.all([launchWithExtension(), startServer()]);
  tab = await browser.context.newPage();
  await tab.goto(`${server.origin}/samples/portal-meeting.html`);
  assert.equal(await waitAnnotated(tab), "ready");
  await openPanel();
  options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
  await options.waitForSelector("input[name=mode]");
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function openPanel(page: Page = tab) {
  const root = page.locator("#govlens-root");
  if ((await root.locator(".panel").count()) === 0) await root.locator("[data-action=open]").click();
  await root.locator(".panel").waitFor();
}

const storedSettings = () =>
  browser.worker.evaluate(async () => (await chrome.storage.sync.get("settings")).settings as Record<string, any> | undefined);

/** The rules of the style sheet the content script adopted into the page. */
const adoptedCss = (page: Page) =>
  page.evaluate(() =>
    document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join("\n"),
  );

const sizeOf = (page: Page, name: string) =>
  page.evaluate((name) => (CSS.highlights.get(name) as unknown as Set<Range> | undefined)?.size ?? 0, name);

test("the options page speaks the browser's language (zh_CN here)", async () => {
  assert.equal(await options.locator("h1").textContent(), "Govlens 设置");
  assert.equal(await options.title(), "Govlens 设置");
});

test("a colour and a category change reach the open tab without reload, and are stored", { timeout: 20_000 }, async () => {
  assert.ok((await sizeOf(tab, "govlens-directive")) > 0);
  // The default colours come with the script's own style sheet (highlight.css): nothing is
  // adopted into the page until a setting differs.
  assert.equal(await adoptedCss(tab), "");
  const loads = await tab.evaluate(() => performance.getEntriesByType("navigation").length);

  await options.locator("input[name=color-official]").fill("#ff0000");
  await tab.waitForFunction(() =>
    document.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes("rgba(255, 0, 0, 0.42)"))),
  );
  assert.match(await adoptedCss(tab), /::highlight\(govlens-official\)[^}]*rgba\(255, 0, 0, 0\.42\)/);
  // The preview follows at once.
  const previewBg = await options.locator('[data-testid=preview] [data-kind=official]').evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.equal(previewBg, "rgba(255, 0, 0, 0.42)");

  await options.locator("input[name=highlight-directive]").uncheck();
  await tab.waitForFunction(() =>
    document.adoptedStyleSheets.some((s) =>
      [...s.cssRules].some((r) => r.cssText.includes("govlens-directive") && r.cssText.includes("transparent")),
    ),
  );
  // Hidden, not dropped: clicking a directive in the sidebar still finds it in the page.
  assert.ok((await sizeOf(tab, "govlens-directive")) > 0);

  const stored = await storedSettings();
  assert.equal(stored?.colors.official, "#ff0000");
  assert.equal(stored?.highlight.directive, false);
  assert.equal(await tab.evaluate(() => performance.getEntriesByType("navigation").length), loads, "no reload");

  // Round trip: a fresh options page shows what was stored.
  await options.reload();
  await options.waitForSelector("input[name=mode]");
  assert.equal(await options.locator("input[name=color-official]").inputValue(), "#ff0000");
  assert.equal(await options.locator("input[name=highlight-directive]").isChecked(), false);
  await options.locator("input[name=highlight-directive]").check();
  await tab.waitForFunction(() =>
    !document.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes("govlens-directive") && r.cssText.includes("transparent"))),
  );
});

test("a name listed as never an official leaves the open tab's sidebar and marks", { timeout: 20_000 }, async () => {
  const before = await sidebarItems(tab);
  const name = before.officials[0];
  assert.ok(name, "the sample has officials");
  const marked = (await highlights(tab, "govlens-official")).filter((r) => r.text === name).length;
  assert.ok(marked > 0);

  await options.locator("textarea[name=ignoredNames]").fill(name);
  await tab.waitForFunction(
    (name) => ![...(document.getElementById("govlens-root")?.shadowRoot?.querySelectorAll('[data-kind="official"]') ?? [])]
      .some((el) => el.getAttribute("data-name") === name),
    name,
  );
  assert.equal((await highlights(tab, "govlens-official")).filter((r) => r.text === name).length, 0);
  assert.deepEqual((await storedSettings())?.ignoredNames, [name]);

  await options.locator("textarea[name=ignoredNames]").fill("");
  await tab.waitForFunction(
    (name) => [...(document.getElementById("govlens-root")?.shadowRoot?.querySelectorAll('[data-kind="official"]') ?? [])]
      .some((el) => el.getAttribute("data-name") === name),
    name,
  );
  assert.deepEqual((await sidebarItems(tab)).officials, before.officials);
});

test("manual mode takes the marks out of open tabs; the toolbar toggle brings them back", { timeout: 20_000 }, async () => {
  await options.locator("input[name=mode][value=manual]").check();
  await tab.waitForFunction(() => !document.getElementById("govlens-root") && !CSS.highlights.has("govlens-official"));

  // Without the "tabs" permission the worker cannot read tab addresses: ask every tab; only
  // the sample's content script answers.
  const open = await browser.worker.evaluate(async () => {
    const tabs = await chrome.tabs.query({});
    const answers = await Promise.allSettled(tabs.map((t) => chrome.tabs.sendMessage(t.id!, { type: "govlens/toggle-sidebar" })));
    return answers.flatMap((a) => (a.status === "fulfilled" && a.value ? [a.value] : []));
  });
  assert.deepEqual(open, [{ ok: true, open: true }], "asked for, the page is annotated and the sidebar opens");
  assert.ok((await sizeOf(tab, "govlens-official")) > 0);

  await options.locator("input[name=mode][value=auto]").check();
  await tab.waitForTimeout(300);
  assert.ok((await sizeOf(tab, "govlens-official")) > 0, "still annotated");
});

test("listed mode annotates only the listed sites", { timeout: 20_000 }, async () => {
  await tab.reload();
  assert.equal(await waitAnnotated(tab), "ready");
  await options.locator("textarea[name=sites]").fill("gov.example.cn\nhttp://news.example.cn/page");
  await options.locator("input[name=mode][value=listed]").check();
  await tab.waitForFunction(() => !document.getElementById("govlens-root") && !CSS.highlights.has("govlens-official"));
  assert.deepEqual((await storedSettings())?.sites, ["gov.example.cn", "news.example.cn"]);
  // Once the field is left, it shows the hosts as stored.
  await options.waitForFunction(
    () => (document.querySelector("textarea[name=sites]") as HTMLTextAreaElement).value === "gov.example.cn\nnews.example.cn",
  );

  await options.locator("textarea[name=sites]").fill("gov.example.cn\nlocalhost");
  assert.equal(await waitAnnotated(tab), "ready");
  assert.ok((await sizeOf(tab, "govlens-official")) > 0);
  if (process.env.GOVLENS_UPDATE_SCREENSHOTS === "1") {
    await options.setViewportSize({ width: 760, height: 900 });
    await options.screenshot({ path: new URL("../../docs/screenshots/options-zh.png", import.meta.url).pathname });
  }
  // Saves while typing (slower than the debounce) do not rewrite the field under the cursor.
  await options.locator("textarea[name=sites]").fill("");
  await options.locator("textarea[name=sites]").pressSequentially("Q.CN/x", { delay: 350 });
  await options.waitForTimeout(400);
  assert.equal(await options.locator("textarea[name=sites]").inputValue(), "Q.CN/x");
  assert.deepEqual((await storedSettings())?.sites, ["q.cn"]);
  await options.locator("input[name=mode][value=auto]").check();
  await options.locator("textarea[name=sites]").fill("");
  await options.waitForTimeout(400);
  assert.equal((await storedSettings())?.mode, "auto");
});

test("j / k walk the directives with the page following; typing in the page is left alone", { timeout: 20_000 }, async () => {
  await openPanel();
  await tab.locator("body").click({ position: { x: 5, y: 5 } });
  const directives = await tab.evaluate(() =>
    [...document.getElementById("govlens-root")!.shadowRoot!.querySelectorAll('li[data-kind="directive"] .text')].map((e) => e.textContent),
  );
  assert.ok(directives.length >= 2, "the sample has two directives or more");
  const focused = async () => (await highlights(tab, "govlens-focus")).map((r) => r.text).join("");
  const current = () =>
    tab.evaluate(() => document.getElementById("govlens-root")!.shadowRoot!.querySelector('li[aria-current="true"] .text')?.textContent ?? null);

  await tab.keyboard.press("j");
  assert.equal(await current(), directives[0]);
  assert.equal(await focused(), directives[0]);
  await tab.keyboard.press("j");
  assert.equal(await current(), directives[1]);
  assert.equal(await focused(), directives[1]);
  const focus = (await highlights(tab, "govlens-focus"))[0];
  await tab.waitForFunction((top) => Math.abs(window.scrollY + window.innerHeight / 3 - top) < window.innerHeight, focus.top);
  await tab.keyboard.press("k");
  assert.equal(await current(), directives[0]);

  // A field of the page's own: j is typed, not taken.
  await tab.evaluate(() => {
    const input = document.createElement("input");
    input.id = "typing";
    document.body.prepend(input);
  });
  await tab.locator("#typing").focus();
  await tab.keyboard.type("jjk");
  assert.equal(await tab.locator("#typing").inputValue(), "jjk");
  assert.equal(await current(), directives[0]);
});

test("never on this site, from the sidebar, removes the marks; the options page shows the site", { timeout: 30_000 }, async () => {
  // The same server under another host name: another site, which keeps its marks.
  const elsewhere = await browser.context.newPage();
  await elsewhere.goto(`${server.origin.replace("localhost", "127.0.0.1")}/samples/portal-meeting.html`);
  assert.equal(await waitAnnotated(elsewhere), "ready");

  await openPanel();
  const root = tab.locator("#govlens-root");
  const button = root.locator("[data-action=never-on-site]");
  assert.equal(await button.textContent(), "此网站不再标注");
  await button.click();
  await tab.waitForFunction(() => !document.getElementById("govlens-root") && !CSS.highlights.has("govlens-directive"));
  assert.deepEqual((await storedSettings())?.blockedSites, ["localhost"]);
  // The worker passed the change on to every tab; the other site's page is left as it was.
  assert.ok((await sizeOf(elsewhere, "govlens-official")) > 0);
  assert.equal(await elsewhere.evaluate(() => document.getElementById("govlens-root")?.dataset.state), "ready");
  await elsewhere.close();
  assert.equal(await adoptedCss(tab), "", "the colour sheet leaves with the marks");
  await options.waitForFunction(() => (document.querySelector("textarea[name=blockedSites]") as HTMLTextAreaElement).value === "localhost");

  // A new page on the site stays untouched; taking the site off the list brings the marks back.
  const other = await browser.context.newPage();
  await other.goto(`${server.origin}/samples/inspection-news.html`);
  await other.waitForTimeout(1000);
  assert.equal(await other.evaluate(() => document.getElementById("govlens-root")), null);
  assert.equal(await adoptedCss(other), "");
  await options.locator("textarea[name=blockedSites]").fill("");
  assert.equal(await waitAnnotated(tab), "ready");
  assert.equal(await waitAnnotated(other), "ready");
  await other.close();
});
