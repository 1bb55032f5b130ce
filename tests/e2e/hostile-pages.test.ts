/**
 * Pages that fight back, each served from localhost and opened in one shared Chromium with
 * the extension: text that looks like markup, 50,000 elements, frames, the page's own shadow
 * DOM, fields the user edits, a page that never stops changing, a page that overrides the
 * built-ins the content script uses, and a page whose CSS tries to reach into the sidebar.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { launchWithExtension, type ExtensionBrowser } from "./support/browser";
import { reportPage } from "./support/hostile-report";
import { startPageHost, type PageHost } from "./support/page-host";
import { highlights, highlightsInside, openPanel, sidebarItems, waitAnnotated } from "./support/page-probe";

declare const chrome: import("webextension-polyfill").Browser;

let browser: ExtensionBrowser;
let host: PageHost;

before(async () => {
  [browser, host] = await Promise.all([launchWithExtension(), startPageHost()]);
  // Count the extraction requests that reach the worker, per page address.
  await browser.worker.evaluate(() => {
    const seen: Record<string, number> = ((self as any).__govlensRequests = {});
    chrome.runtime.onMessage.addListener((message: any, sender: { url?: string }) => {
      if (message?.type === "govlens/extract") seen[sender.url ?? ""] = (seen[sender.url ?? ""] ?? 0) + 1;
      return undefined;
    });
  });
});
after(async () => {
  await browser?.close();
  await host?.close();
});

function requestsFor(url: string): Promise<number> {
  const worker = browser.context.serviceWorkers().at(-1) ?? browser.worker;
  return worker.evaluate((url) => (self as any).__govlensRequests?.[url] ?? 0, url);
}

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Opens a page and collects its uncaught errors and console errors. */
async function open(url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await page.goto(url);
  return { page, errors };
}

const shadowText = (page: Page) =>
  page.evaluate(() => document.getElementById("govlens-root")?.shadowRoot?.textContent ?? "");

test("text that looks like markup shows as text in the sidebar, and nothing runs", async () => {
  const hostile =
    "林远航要求,要把“<script>window.__pwned=1</script>”和《<img src=x onerror=window.__pwned=2>办法》落到实处," +
    "不得点击javascript:window.__pwned=3链接,&lt;b&gt;&amp;nbsp;也要如实保留。";
  const title = "林远航主持召开市政府专题会议<svg onload=window.__pwned=5>";
  const url = host.put(
    "/markup.html",
    reportPage({
      title: escapeHtml(title),
      paragraphs: [escapeHtml(hostile), '<a href="javascript:window.__pwned=4">要闻</a>链接仅供参考。'],
    }),
  );
  const { page, errors } = await open(url);
  assert.equal(await waitAnnotated(page), "ready");
  await openPanel(page);
  const text = await shadowText(page);
  for (const literal of ["<script>window.__pwned=1</script>", "<img src=x onerror=window.__pwned=2>", "javascript:window.__pwned=3", "&lt;b&gt;&amp;nbsp;"]) {
    assert.ok(text.includes(literal), `the sidebar shows ${literal} as text`);
  }
  // Every item and copy button clicked: still nothing runs.
  const root = page.locator("#govlens-root");
  for (const item of await root.locator('[data-action="locate"]').all()) await item.click();
  await page.waitForTimeout(300);
  const found = await page.evaluate(() => {
    const root = document.getElementById("govlens-root")!.shadowRoot!;
    return {
      pwned: (window as any).__pwned ?? null,
      elements: root.querySelectorAll("script, img, svg, iframe, object, embed, a[href], [onerror], [onload]").length,
      attrs: [...root.querySelectorAll("*")].flatMap((el) => el.getAttributeNames().filter((a) => a.startsWith("on"))),
    };
  });
  assert.deepEqual(found, { pwned: null, elements: 0, attrs: [] });
  // The marks cover the hostile sentence as text.
  const directives = (await highlights(page, "govlens-directive")).map((d) => d.text);
  assert.ok(directives.some((d) => d.includes("<script>window.__pwned=1</script>")), "the sentence is marked as text");
  assert.deepEqual(errors, []);
  await page.close();
});

test("a page of 50,000 elements is annotated within seconds and stays responsive", async () => {
  const filler = Array.from({ length: 50_000 / 5 }, (_, i) => `<li><a><span><b><i>${i}</i></b></span></a></li>`).join("");
  const url = host.put("/many.html", reportPage({ before: `<nav><ul>${filler}</ul></nav>` }));
  const started = Date.now();
  const { page, errors } = await open(url);
  assert.ok((await page.evaluate(() => document.getElementsByTagName("*").length)) > 50_000);
  assert.equal(await waitAnnotated(page, 20_000), "ready");
  const took = Date.now() - started;
  assert.ok(took < 10_000, `annotated in ${took} ms`);
  // The page's own script still answers promptly.
  const t0 = Date.now();
  await page.evaluate(() => 1);
  assert.ok(Date.now() - t0 < 1000);
  assert.deepEqual((await sidebarItems(page)).officials, [], "the panel is closed until asked");
  assert.ok((await highlights(page, "govlens-official")).length > 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a frame holding other Chinese text is not annotated; the top document is", async () => {
  const frameUrl = host.put(
    "/frame.html",
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head><body><article><h1>贺子谦出席全市文旅产业发展大会</h1>' +
      "<p>市委书记贺子谦出席会议并讲话。贺子谦强调,要扎实推进文旅融合发展,要加强市场监管,确保游客满意。各地要切实抓好落实。</p>".repeat(3) +
      "</article></body></html>",
  );
  const url = host.put("/framed.html", reportPage({ after: `<iframe src="${frameUrl}" width="600" height="300"></iframe>` }));
  const { page, errors } = await open(url);
  assert.equal(await waitAnnotated(page), "ready");
  const frame = page.frames().find((f) => f.url() === frameUrl);
  assert.ok(frame, "the frame loaded");
  await frame.waitForLoadState("load");
  await page.waitForTimeout(1000);
  const inFrame = await frame.evaluate(() => ({
    host: document.getElementById("govlens-root") !== null,
    marks: [...CSS.highlights.keys()].length,
  }));
  assert.deepEqual(inFrame, { host: false, marks: 0 });
  await openPanel(page);
  const officials = (await sidebarItems(page)).officials;
  const names = await page.evaluate(() =>
    [...document.getElementById("govlens-root")!.shadowRoot!.querySelectorAll("[data-name]")].map((e) => e.getAttribute("data-name")),
  );
  assert.ok(!names.includes("贺子谦") && !officials.includes("贺子谦"), "nothing from the frame in the sidebar");
  assert.equal(await requestsFor(frameUrl), 0, "the frame sent nothing");
  assert.deepEqual(errors, []);
  await page.close();
});

test("a page with its own shadow DOM: annotated, and its shadow trees left as they were", async () => {
  const url = host.put(
    "/shadow.html",
    reportPage({
      before: '<site-nav id="nav"></site-nav>',
      after:
        "<script>customElements.define('site-nav', class extends HTMLElement { constructor() { super();" +
        " const r = this.attachShadow({ mode: 'closed' }); r.innerHTML = '<style>p{color:red}</style><p>首页 要闻 贺子谦强调要加强监管</p>';" +
        " window.__navShadow = r; } });</script>",
    }),
  );
  const { page, errors } = await open(url);
  const before = await page.evaluate(() => (window as any).__navShadow.innerHTML);
  assert.equal(await waitAnnotated(page), "ready");
  assert.equal(await page.evaluate(() => (window as any).__navShadow.innerHTML), before);
  await openPanel(page);
  assert.ok((await sidebarItems(page)).officials.length > 0);
  assert.ok(!(await sidebarItems(page)).officials.includes("贺子谦"));
  assert.ok((await highlights(page, "govlens-official")).every((h) => h.text !== "贺子谦"));
  assert.deepEqual(errors, []);
  await page.close();
});

test("what the user edits is never read or marked, and typing there sets off no pass", async () => {
  const editable = "贺子谦强调,要加强市场监管,确保游客满意。";
  const url = host.put(
    "/editing.html",
    reportPage({
      paragraphs: [
        `<textarea id="ta" rows="3" cols="40">${editable}</textarea>`,
        `<div id="ce" contenteditable="true">${editable}</div>`,
        `<input id="in" value="${editable}">`,
      ],
    }),
  );
  const { page, errors } = await open(url);
  assert.equal(await waitAnnotated(page), "ready");
  await openPanel(page);
  assert.ok((await sidebarItems(page)).officials.length > 0);
  assert.ok(!(await sidebarItems(page)).officials.includes("贺子谦"), "edited text not collected");
  const marksInEditables = await highlightsInside(page, "textarea, input, [contenteditable]");
  assert.deepEqual(marksInEditables, []);
  await page.waitForTimeout(500);
  const requests = await requestsFor(url);
  assert.equal(requests, 1);
  for (const selector of ["#ce", "#ta", "#in"]) {
    await page.locator(selector).click();
    await page.keyboard.type("苏明哲要求,要抓好落实。", { delay: 20 });
  }
  await page.waitForTimeout(1500);
  assert.equal(await requestsFor(url), requests, "typing asked for no new extraction");
  assert.deepEqual(errors, []);
  await page.close();
});

test("a page that changes its article text ten times a second, forever: few passes, no loop", async () => {
  const url = host.put(
    "/restless.html",
    reportPage({
      paragraphs: ['阅读量:<span id="tick">0</span>'],
      after: "<script>let n = 0; setInterval(() => { document.getElementById('tick').textContent = String(++n); }, 100);</script>",
    }),
  );
  const { page, errors } = await open(url);
  assert.equal(await waitAnnotated(page), "ready");
  const first = await requestsFor(url);
  await page.waitForTimeout(6000);
  const more = (await requestsFor(url)) - first;
  // 60 changes in 6 s; passes come at growing gaps (2 s, 4 s, …): at most 3 here.
  assert.ok(more >= 1, "a page that never settles still gets a pass");
  assert.ok(more <= 3, `${more} extraction requests in 6 s`);
  assert.equal(await page.evaluate(() => document.getElementById("govlens-root")?.dataset.state), "ready");
  assert.deepEqual(errors, []);
  await page.close();
});

test("a page that overrides Range, Node.prototype, Array.prototype and JSON is still annotated", async () => {
  // The sabotage holds until our sidebar host gets its state, then puts the built-ins back
  // (Playwright's own main-world helpers need them) and records that it was still in force.
  const sabotage = `<script>
    (() => {
      const boom = () => { throw new Error("sabotaged"); };
      const saved = [];
      const swap = (o, k, v) => { saved[saved.length] = [o, k, Object.getOwnPropertyDescriptor(o, k)]; Object.defineProperty(o, k, { value: v, configurable: true, writable: true }); };
      const MO = MutationObserver;
      swap(window, "Range", boom); swap(Document.prototype, "createRange", boom);
      swap(window, "TreeWalker", boom); swap(Document.prototype, "createTreeWalker", boom);
      for (const m of ["appendChild", "insertBefore", "removeChild", "replaceChild", "contains", "cloneNode", "normalize"]) swap(Node.prototype, m, boom);
      saved[saved.length] = [Node.prototype, "textContent", Object.getOwnPropertyDescriptor(Node.prototype, "textContent")];
      Object.defineProperty(Node.prototype, "textContent", { get: boom, set: boom, configurable: true });
      for (const m of ["map", "filter", "forEach", "push", "join", "slice", "some", "every", "sort", "indexOf", "includes"]) swap(Array.prototype, m, boom);
      swap(JSON, "stringify", boom); swap(JSON, "parse", boom);
      swap(window, "MutationObserver", boom); swap(Promise.prototype, "then", boom);
      swap(Element.prototype, "attachShadow", boom); swap(Element.prototype, "querySelectorAll", boom); swap(Document.prototype, "querySelectorAll", boom);
      window.__sabotaged = true;
      new MO(() => {
        const root = document.getElementById("govlens-root");
        if (!root || !root.hasAttribute("data-state") || window.__sabotageLifted) return;
        const held = Array.prototype.map === boom && JSON.stringify === boom && Node.prototype.appendChild === boom;
        for (let i = saved.length - 1; i >= 0; i--) { const [o, k, d] = saved[i]; if (d) Object.defineProperty(o, k, d); else delete o[k]; }
        window.__sabotageLifted = { held, state: root.getAttribute("data-state") };
      }).observe(document.documentElement, { subtree: true, attributes: true, childList: true });
    })();
  </script>`;
  const url = host.put("/sabotage.html", reportPage({ head: sabotage }));
  const { page, errors } = await open(url);
  await page.waitForSelector("#govlens-root[data-state]", { state: "attached", timeout: 15_000 });
  await page.waitForFunction(() => (window as any).__sabotageLifted);
  assert.deepEqual(await page.evaluate(() => (window as any).__sabotageLifted), { held: true, state: "ready" });
  const names = (await highlights(page, "govlens-official")).map((h) => h.text);
  assert.ok(names.includes("林远航") && names.includes("苏明哲"), `marks drawn: ${names}`);
  // The sidebar works: open it, find an official.
  await page.locator('[data-action="open"]').click();
  await page.locator('#govlens-root [data-kind="official"] [data-action="locate"]').first().click();
  await page.waitForFunction(() => (CSS.highlights.get("govlens-focus") as unknown as Set<Range> | undefined)?.size === 1);
  assert.deepEqual(errors, []);
  await page.close();
});

test("page CSS that unsets and !importants everything leaves a usable sidebar, and ours stays inside", async () => {
  const hostileCss =
    "<style>* { all: unset !important; } *, *::before, *::after, :host, ::slotted(*) { all: unset !important; " +
    "font-size: 3px !important; color: transparent !important; pointer-events: none !important; display: inline !important; " +
    "width: 0 !important; height: 0 !important; visibility: hidden !important; opacity: 0 !important; } " +
    "govlens-sidebar, #govlens-root { all: unset !important; display: none !important; } " +
    "aside.panel, .panel, .head, .item, button.close { background: rgb(1, 2, 3) !important; }</style>";
  const decoys =
    '<aside class="panel" id="decoy-aside">页面自己的侧栏</aside><button class="close" id="decoy-button">关闭</button><h2 id="decoy-h2">标题</h2>';
  const url = host.put("/unset.html", reportPage({ head: hostileCss, before: decoys }));
  const { page, errors } = await open(url);
  assert.equal(await waitAnnotated(page), "ready");
  const pageStyles = () =>
    page.evaluate(() =>
      ["decoy-aside", "decoy-button", "decoy-h2"].map((id) => {
        const s = getComputedStyle(document.getElementById(id)!);
        return [s.display, s.position, s.width, s.fontSize, s.color, s.backgroundColor, s.border, s.padding].join("|");
      }),
    );
  const beforeOpen = await pageStyles();

  const tab = page.locator('#govlens-root [data-action="open"]');
  const tabBox = await tab.boundingBox();
  assert.ok(tabBox && tabBox.width >= 20 && tabBox.height >= 20, `the edge tab is visible: ${JSON.stringify(tabBox)}`);
  await openPanel(page);
  const panel = await page.evaluate(() => {
    const aside = document.getElementById("govlens-root")!.shadowRoot!.querySelector("aside") as HTMLElement;
    const s = getComputedStyle(aside);
    const r = aside.getBoundingClientRect();
    const h2 = getComputedStyle(aside.querySelector("h2")!);
    return { width: r.width, height: r.height, right: r.right, visibility: s.visibility, opacity: s.opacity, display: s.display,
      pointer: s.pointerEvents, font: h2.fontSize, colour: h2.color };
  });
  assert.ok(panel.width >= 300 && panel.height >= 400, `panel size ${panel.width}×${panel.height}`);
  assert.equal(panel.right, 1280);
  assert.equal(panel.visibility, "visible");
  assert.equal(panel.opacity, "1");
  assert.notEqual(panel.display, "none");
  assert.notEqual(panel.pointer, "none");
  assert.equal(panel.font, "16px");
  assert.notEqual(panel.colour, "rgba(0, 0, 0, 0)");
  // Buttons take real clicks (not forced): locate an official, then close with the × button.
  await page.locator('#govlens-root [data-kind="official"] [data-action="locate"]').first().click();
  await page.waitForFunction(() => (CSS.highlights.get("govlens-focus") as unknown as Set<Range> | undefined)?.size === 1);
  assert.ok((await page.locator("#govlens-root .status").textContent())?.includes("林远航"));
  // Our styles did not leak into the page's elements of the same tag and class names.
  assert.deepEqual(await pageStyles(), beforeOpen);
  await page.locator('#govlens-root [data-action="close"]').click();
  await page.locator('#govlens-root [data-action="open"]').waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});
