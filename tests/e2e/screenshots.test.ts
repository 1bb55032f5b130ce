/**
 * The sidebar in the browser's language and colour scheme: Chinese and English browsers
 * (LANGUAGE, which Debian's Chromium reads), light and dark. Checks the words and colours
 * shown and saves a screenshot of each to artifacts/e2e/ (and, with
 * GOVLENS_UPDATE_SCREENSHOTS=1, to docs/screenshots/ for the README).
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { ARTIFACTS, launchWithExtension } from "./support/browser";
import { waitAnnotated } from "./support/page-probe";
import { startServer, type PageServer } from "./support/server";

const DOCS = new URL("../../docs/screenshots", import.meta.url).pathname;
const update = process.env.GOVLENS_UPDATE_SCREENSHOTS === "1";

let server: PageServer;
before(async () => {
  server = await startServer();
  mkdirSync(ARTIFACTS, { recursive: true });
  if (update) mkdirSync(DOCS, { recursive: true });
});
after(async () => server?.close());

const CASES = [
  { language: "zh_CN", heading: "Govlens 政务透镜摘要", never: "此网站不再标注", copy: "复制 Markdown" },
  { language: "en", heading: "GovlensSummary", never: "Never on this site", copy: "Copy Markdown" },
];

for (const c of CASES) {
  test(`sidebar in ${c.language}, light and dark`, { timeout: 40_000 }, async () => {
    const browser = await launchWithExtension({ language: c.language });
    try {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 1000, height: 640 });
      await page.goto(`${server.origin}/samples/portal-meeting.html`);
      assert.equal(await waitAnnotated(page), "ready");
      const root = page.locator("#govlens-root");
      await root.locator("[data-action=open]").click();
      const panel = root.locator(".panel");
      assert.equal((await panel.locator("h2").textContent())?.trim(), c.heading);
      assert.equal(await root.locator("[data-action=never-on-site]").textContent(), c.never);
      assert.equal(await root.locator("[data-action=copy-markdown]").textContent(), c.copy);

      if (c.language === "zh_CN") {
        // The sidebar's settings button opens the options page in a tab (through the worker).
        const [opened] = await Promise.all([
          browser.context.waitForEvent("page"),
          root.locator("[data-action=open-options]").click(),
        ]);
        await opened.waitForSelector("input[name=mode]");
        assert.equal(new URL(opened.url()).pathname, "/src/options/index.html");
        await opened.close();
      }

      for (const scheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        const bg = await panel.evaluate((el) => getComputedStyle(el).backgroundColor);
        const fg = await panel.evaluate((el) => getComputedStyle(el).color);
        const lum = (rgb: string) => {
          const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        if (scheme === "dark") assert.ok(lum(bg) < 60 && lum(fg) > 180, `dark panel: ${bg} on ${fg}`);
        else assert.ok(lum(bg) > 200 && lum(fg) < 80, `light panel: ${bg} on ${fg}`);
        const name = `sidebar-${c.language === "en" ? "en" : "zh"}-${scheme}.png`;
        await page.waitForTimeout(100);
        // The sidebar and the article beside it with its marks; small enough for the README.
        await page.screenshot({ path: join(ARTIFACTS, name), clip: { x: 400, y: 0, width: 600, height: 640 } });
        if (update) copyFileSync(join(ARTIFACTS, name), join(DOCS, name));
      }
    } finally {
      await browser.close();
    }
  });
}
