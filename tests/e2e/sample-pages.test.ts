/**
 * The bundled sample pages (samples/*.html, the demo's) in real Chromium: the text the
 * content script sends is the CLI's for the same file, and on the portal whose dateline
 * stands between its headline and its article, that line reaches the extractor from the
 * page's own nodes, so the sidebar dates the meeting.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { inputText } from "../../src/cli/input-text";
import { launchWithExtension, type ExtensionBrowser } from "./support/browser";
import { isMapped, openPanel, pageTextOf, waitAnnotated } from "./support/page-probe";
import { startServer, type PageServer } from "./support/server";

const SAMPLES = new URL("../../samples/", import.meta.url).pathname;
const samples = readdirSync(SAMPLES).filter((f) => f.endsWith(".html")).sort();

let browser: ExtensionBrowser;
let server: PageServer;

before(async () => {
  [browser, server] = await Promise.all([launchWithExtension(), startServer()]);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

describe("the bundled samples", () => {
  for (const file of samples) {
    test(`${file}: the page text sent to the extractor is the CLI's`, async () => {
      const page = await browser.context.newPage();
      try {
        await page.goto(`${server.origin}/samples/${file}`);
        assert.equal(await waitAnnotated(page), "ready");
        const text = await pageTextOf(page);
        assert.ok(text);
        assert.equal(text.text, inputText({ name: file, bytes: readFileSync(join(SAMPLES, file)) }));
      } finally {
        await page.close();
      }
    });
  }

  test("portal-meeting.html: the dateline outside the article is read from its nodes, and the sidebar dates the meeting", async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(`${server.origin}/samples/portal-meeting.html`);
      await waitAnnotated(page);
      const text = await pageTextOf(page);
      assert.ok(text);
      const at = text.text.indexOf("发布时间");
      assert.ok(at > 0 && at < text.text.indexOf("\n", text.text.indexOf("\n") + 1), "the dateline is the second line");
      assert.ok(isMapped(text, at, at + 4), "the dateline's characters have their nodes");
      await openPanel(page);
      const facts = await page.evaluate(() =>
        [...(document.getElementById("govlens-root")?.shadowRoot?.querySelectorAll('[data-section="meeting"] dd') ?? [])].map((d) => d.textContent),
      );
      assert.ok(facts.includes("2025-05-20"), `the meeting's date is shown: ${facts.join(" | ")}`);
    } finally {
      await page.close();
    }
  });
});
