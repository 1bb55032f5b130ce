/**
 * The Firefox build and the store packages: `GOVLENS_BROWSER=firefox vite build` gives
 * dist-firefox/ with an add-on id and background scripts, Mozilla's linter (web-ext lint,
 * offline) finds no errors in it, scripts/package.mjs zips both builds with the manifest at
 * the archive's root, and the build works in Debian's Firefox ESR: it marks what the
 * extractor finds, opens its sidebar and leaves other pages alone. dist/ is built by the
 * e2e runner before this file runs.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import type { Page } from "puppeteer-core";
import { extract } from "../../src/extractor";
import { toCsv, toJson, toMarkdown } from "../../src/shared/format";
import { DIST } from "./support/browser";
import { bundleForPage } from "./support/bundle";
import { FIREFOX_DIST, launchFirefoxWithExtension, type FirefoxWithExtension } from "./support/firefox";
import { FIXTURES_DIR, startServer, type PageServer } from "./support/server";
import { zipEntries } from "./support/zip-entries";

const root = new URL("../../", import.meta.url).pathname;

// An extension page's `browser` global, used inside evaluate() on the options page.
declare const browser: import("webextension-polyfill").Browser;

before(() => {
  const build = spawnSync("npx", ["vite", "build", "--logLevel", "warn"], {
    cwd: root,
    env: { ...process.env, GOVLENS_BROWSER: "firefox" },
    encoding: "utf8",
  });
  assert.equal(build.status, 0, `firefox build failed:\n${build.stderr}`);
});

test("the Firefox manifest has an add-on id, background scripts, no service worker and no Chromium-only keys", () => {
  const manifest = JSON.parse(readFileSync(join(FIREFOX_DIST, "manifest.json"), "utf8"));
  assert.equal(manifest.manifest_version, 3);
  assert.match(manifest.browser_specific_settings?.gecko?.id ?? "", /^[\w.-]+@[\w.-]+$/);
  assert.deepEqual(manifest.browser_specific_settings.gecko.data_collection_permissions, { required: ["none"] });
  assert.equal(manifest.background.service_worker, undefined);
  assert.ok(Array.isArray(manifest.background.scripts) && manifest.background.scripts.length > 0);
  for (const script of manifest.background.scripts) assert.ok(existsSync(join(FIREFOX_DIST, script)), `${script} built`);
  assert.deepEqual(manifest.permissions, ["storage"]);
  // Firefox always sends messages as structured clones and knows no key to ask for them.
  assert.equal(manifest.message_serialization, undefined);
  assert.match(manifest.content_security_policy?.extension_pages ?? "", /script-src 'self'/);
});

test("web-ext lint finds no errors in dist-firefox", { timeout: 120_000 }, () => {
  const lint = spawnSync(
    "npx",
    ["--no-install", "web-ext", "lint", "--source-dir", FIREFOX_DIST, "--output", "json", "--no-config-discovery"],
    { cwd: root, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 },
  );
  const report = JSON.parse(lint.stdout.slice(lint.stdout.indexOf("{")));
  const errors = report.errors.map((e: { code: string; message: string; file?: string }) => `${e.code} ${e.file ?? ""}: ${e.message}`);
  assert.deepEqual(errors, [], "no lint errors");
  assert.equal(report.summary.errors, 0);
  assert.equal(lint.status, 0, lint.stderr);
});

function filesUnder(dir: string, top = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p, top) : [relative(top, p)];
  });
}

test("scripts/package.mjs zips each build, manifest at the root, every built file inside", { timeout: 120_000 }, () => {
  const out = mkdtempSync(join(tmpdir(), "govlens-packages-"));
  try {
    const run = spawnSync(process.execPath, [join(root, "scripts", "package.mjs"), "--out", out], { cwd: root, encoding: "utf8" });
    assert.equal(run.status, 0, run.stderr);
    const version = JSON.parse(readFileSync(join(root, "manifest.json"), "utf8")).version;
    for (const [name, dir] of [["chromium", DIST], ["firefox", FIREFOX_DIST]] as const) {
      const zip = join(out, `govlens-${name}-${version}.zip`);
      assert.ok(existsSync(zip), `${zip} written`);
      const entries = new Set(zipEntries(zip).filter((e) => !e.endsWith("/")));
      assert.ok(entries.has("manifest.json"), "manifest at the archive's root");
      assert.deepEqual([...entries].sort(), filesUnder(dir).sort(), `${name}: the archive holds exactly the build`);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

describe("in Firefox", () => {
  let firefox: FirefoxWithExtension;
  let server: PageServer;
  before(async () => {
    [firefox, server] = await Promise.all([launchFirefoxWithExtension(), startServer()]);
  });
  after(async () => {
    await firefox?.close();
    await server?.close();
  });

  /** The page's marks by highlight name, as their texts (the registry is the document's). */
  const marks = (page: Page, name: string): Promise<string[]> =>
    page.evaluate((name) => {
      const out: string[] = [];
      for (const s of (CSS.highlights.get(name) ?? []) as Iterable<AbstractRange>) {
        const r = document.createRange();
        r.setStart(s.startContainer, s.startOffset);
        r.setEnd(s.endContainer, s.endOffset);
        out.push(r.toString().replace(/\s+/g, ""));
      }
      return out.sort();
    }, name);

  /** The text the content script sends, by the same module run in the page. */
  async function pageText(page: Page): Promise<string> {
    const code = await bundleForPage("src/content/page-text.ts", "GovlensPageText");
    return page.evaluate(`(() => { ${code}; return GovlensPageText.pageText(document)?.text ?? ""; })()`) as Promise<string>;
  }

  /** Replaces a field's text as a person would: select what is there, type over it. */
  async function typeInto(page: Page, selector: string, text: string): Promise<void> {
    await page.click(selector);
    await page.keyboard.down("Control");
    await page.keyboard.press("a");
    await page.keyboard.up("Control");
    await page.keyboard.press("Backspace");
    if (text) await page.keyboard.type(text);
  }

  async function open(path: string): Promise<Page> {
    const page = await firefox.browser.newPage();
    await page.goto(`${server.origin}${path}`);
    await page.waitForSelector("#govlens-root[data-state]", { timeout: 15_000 });
    return page;
  }

  // The bundled samples, and a shared page whose every leader's name is a link (names cross
  // element boundaries).
  const pages = ["/samples/portal-meeting.html", "/samples/inspection-news.html"];
  if (existsSync(join(FIXTURES_DIR, "seed-003.html"))) pages.push("/fixtures/seed-003.html");

  for (const path of pages) {
    test(`${path}: marks every mention and directive the extractor finds, and the sidebar lists them`, { timeout: 60_000 }, async () => {
      const page = await open(path);
      try {
        const text = await pageText(page);
        const expected = extract(text);
        assert.ok(expected.officials.length > 0 && expected.directives.length > 0, "the page is a report");
        assert.equal(await page.$eval("#govlens-root", (el) => el.getAttribute("data-state")), "ready");

        const names = expected.officials.flatMap((o) => o.mentions.map((m) => text.slice(m.start, m.end).replace(/\s+/g, "")));
        assert.deepEqual(await marks(page, "govlens-official"), names.sort());
        const directives = expected.directives.map((d) => d.text.replace(/\s+/g, ""));
        assert.deepEqual(await marks(page, "govlens-directive"), directives.sort());

        // The edge tab opens the panel (its code is fetched on the first open).
        await page.click('#govlens-root >>> [data-action="open"]');
        await page.waitForSelector("#govlens-root >>> aside.panel", { timeout: 10_000 });
        const listed = await page.$eval("#govlens-root", (host) => ({
          officials: [...(host.shadowRoot?.querySelectorAll('[data-kind="official"]') ?? [])].map((el) => el.getAttribute("data-name")),
          directives: host.shadowRoot?.querySelectorAll('[data-kind="directive"]').length ?? 0,
        }));
        assert.deepEqual(listed.officials, expected.officials.map((o) => o.name));
        assert.equal(listed.directives, expected.directives.length);
      } finally {
        await page.close();
      }
    });
  }

  test("the options page: a name listed as never an official leaves an open tab; manual mode takes the marks out", { timeout: 60_000 }, async () => {
    const tab = await open("/samples/portal-meeting.html");
    let options: Page | null = null;
    try {
      const officials = () =>
        tab.$eval("#govlens-root", (host) => [...(host.shadowRoot?.querySelectorAll('[data-kind="official"]') ?? [])].map((el) => el.getAttribute("data-name")));
      await tab.click('#govlens-root >>> [data-action="open"]');
      await tab.waitForSelector("#govlens-root >>> aside.panel", { timeout: 10_000 });
      const name = (await officials())[0];
      assert.ok(name, "the sample has officials");
      assert.ok((await marks(tab, "govlens-official")).includes(name));

      options = await firefox.openOptionsPage(tab);
      await typeInto(options, "textarea[name=ignoredNames]", name);
      // Saved to storage.sync, read back by the worker, the tab extracted again.
      await tab.waitForFunction(
        (name) => ![...(document.getElementById("govlens-root")?.shadowRoot?.querySelectorAll('[data-kind="official"]') ?? [])]
          .some((el) => el.getAttribute("data-name") === name),
        { timeout: 10_000 },
        name,
      );
      assert.ok(!(await marks(tab, "govlens-official")).includes(name));
      // Kept: the options page opened again shows it.
      await options.close();
      options = await firefox.openOptionsPage(tab);
      assert.equal(await options.$eval("textarea[name=ignoredNames]", (el) => (el as HTMLTextAreaElement).value), name);

      await options.click("input[name=mode][value=manual]");
      await tab.waitForFunction(() => !document.getElementById("govlens-root") && !CSS.highlights.has("govlens-official"), { timeout: 10_000 });

      // Back as it was, for the tests after this one.
      await typeInto(options, "textarea[name=ignoredNames]", "");
      await options.click("input[name=mode][value=auto]");
      await tab.reload();
      await tab.waitForSelector("#govlens-root[data-state]", { timeout: 15_000 });
      assert.ok((await marks(tab, "govlens-official")).includes(name));
    } finally {
      await options?.close();
      await tab.close();
    }
  });

  test("copying from the sidebar puts the contract's JSON, the Markdown summary and the CSV on the clipboard", { timeout: 60_000 }, async () => {
    const path = "/samples/portal-meeting.html";
    const page = await open(path);
    try {
      const expected = extract(await pageText(page));
      await page.click('#govlens-root >>> [data-action="open"]');
      await page.waitForSelector("#govlens-root >>> aside.panel", { timeout: 10_000 });
      const copied = async (action: string): Promise<string> => {
        await page.evaluate(() => navigator.clipboard.writeText("(nothing yet)"));
        await page.click(`#govlens-root >>> [data-action="${action}"]`);
        await page.waitForFunction(
          (a) => document.getElementById("govlens-root")?.shadowRoot?.querySelector(`[data-action="${a}"]`)?.getAttribute("data-copy-state") === "done",
          { timeout: 10_000 },
          action,
        );
        return page.evaluate(() => navigator.clipboard.readText());
      };
      assert.deepEqual(JSON.parse(await copied("copy-json")), JSON.parse(toJson(expected)));
      assert.equal(await copied("copy-markdown"), toMarkdown(expected, { url: `${server.origin}${path}` }));
      assert.equal(await copied("copy-csv"), toCsv(expected));
    } finally {
      await page.close();
    }
  });

  test("the toggle message (what the toolbar button and Alt+Shift+G send) opens and closes the sidebar; the shortcut is registered", { timeout: 60_000 }, async () => {
    const tab = await open("/samples/portal-meeting.html");
    let options: Page | null = null;
    try {
      // The options page is opened from the sidebar, which stays open in the report's tab.
      await tab.click('#govlens-root >>> [data-action="open"]');
      await tab.waitForSelector("#govlens-root >>> aside.panel", { timeout: 10_000 });
      options = await firefox.openOptionsPage(tab);
      // It sends what the background sends on the command: to every other tab, as it cannot
      // tell them apart without the "tabs" permission; the report's tab answers.
      const toggle = () =>
        options!.evaluate(async () => {
          const own = (await browser.tabs.getCurrent())?.id;
          const tabs = (await browser.tabs.query({})).filter((t) => t.id !== own);
          const answers = await Promise.allSettled(tabs.map((t) => browser.tabs.sendMessage(t.id!, { type: "govlens/toggle-sidebar" })));
          return answers.flatMap((a) => (a.status === "fulfilled" && a.value ? [a.value] : []));
        });
      assert.deepEqual(await toggle(), [{ ok: true, open: false }]);
      await tab.waitForSelector('#govlens-root >>> [data-action="open"]', { timeout: 10_000 });
      assert.equal(await tab.$("#govlens-root >>> aside.panel"), null);
      assert.deepEqual(await toggle(), [{ ok: true, open: true }]);
      await tab.waitForSelector("#govlens-root >>> aside.panel", { timeout: 10_000 });

      const commands = await options.evaluate(() => browser.commands.getAll());
      const command = commands.find((c) => c.name === "toggle-sidebar");
      assert.ok(command, "manifest command registered");
      assert.equal(command.shortcut, "Alt+Shift+G");
    } finally {
      await options?.close();
      await tab.close();
    }
  });

  test("pages read are kept in the history, which the sidebar opens", { timeout: 60_000 }, async () => {
    const paths = ["/samples/portal-meeting.html", "/samples/inspection-news.html"];
    const read: { url: string; title: string | null }[] = [];
    let tab: Page | null = null;
    let history: Page | null = null;
    try {
      for (const path of paths) {
        await tab?.close();
        tab = await open(path);
        read.push({ url: `${server.origin}${path}`, title: extract(await pageText(tab)).meta.title });
      }
      if (!tab) throw new Error("no page read");
      await tab.click('#govlens-root >>> [data-action="open"]');
      await tab.waitForSelector("#govlens-root >>> aside.panel", { timeout: 10_000 });
      history = await firefox.openFromSidebar(tab, "open-history", ".record");
      // Earlier tests read these pages too: each address is listed once, newest first.
      const listed = await history.$$eval(".record h2 a", (links) =>
        links.map((a) => ({ url: (a as HTMLAnchorElement).href, title: a.textContent })),
      );
      const ours = listed.filter((item) => read.some((r) => r.url === item.url));
      assert.deepEqual(ours, [...read].reverse());
      assert.equal(new Set(listed.map((item) => item.url)).size, listed.length, "one record per address");
    } finally {
      await history?.close();
      await tab?.close();
    }
  });

  test("a page in English gets no sidebar and no marks", { timeout: 30_000 }, async () => {
    const page = await firefox.browser.newPage();
    try {
      await page.goto(`${server.origin}/pages/english.html`);
      // Long enough for the content script (document_idle) to have run and given up.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const seen = await page.evaluate(() => ({
        host: document.getElementById("govlens-root") !== null,
        marks: [...CSS.highlights.keys()].filter((k) => k.startsWith("govlens-")).length,
      }));
      assert.deepEqual(seen, { host: false, marks: 0 });
      // The same tab on a report is marked: the add-on was there all along.
      await page.goto(`${server.origin}/samples/portal-meeting.html`);
      await page.waitForSelector("#govlens-root[data-state]", { timeout: 15_000 });
    } finally {
      await page.close();
    }
  });
});
