#!/usr/bin/env node
// The main job, end to end: builds the extension, serves the bundled sample pages from
// localhost, opens each in Chromium with the extension loaded (a visible window when
// $DISPLAY is set, headless otherwise), waits until Govlens has annotated it, saves a
// screenshot to artifacts/demo/ and prints what the sidebar shows.
import { spawnSync } from "node:child_process";
import { createServer } from "node:http";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM_PATH, extensionArgs } from "./chromium.mjs";

const root = new URL("..", import.meta.url).pathname;
const dist = join(root, "dist");
const samples = join(root, "samples");
const shots = join(root, "artifacts", "demo");
const executablePath = CHROMIUM_PATH;
const visible = Boolean(process.env.DISPLAY) && !process.env.CI;

function fail(message) {
  console.error(`demo: ${message}`);
  process.exit(1);
}

if (!existsSync(executablePath)) fail(`no Chromium at ${executablePath} (scripts/demo.sh installs Debian's)`);

console.log("Building the extension (vite build → dist/)…");
const build = spawnSync("npx", ["vite", "build", "--logLevel", "warn"], { cwd: root, stdio: "inherit" });
if (build.status !== 0) fail("the build failed");

const server = createServer((req, res) => {
  const name = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname.slice(1));
  const file = join(samples, name);
  if (!/^[\w.-]+\.html$/.test(name) || !existsSync(file)) return res.writeHead(404).end("not found");
  res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const origin = `http://localhost:${server.address().port}`;

const profile = mkdtempSync(join(tmpdir(), "govlens-demo-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: !visible,
  viewport: { width: 1366, height: 860 },
  locale: "zh-CN",
  // Chromium (so the extension's interface) takes its language from LANGUAGE: Chinese, as
  // the lines this demo prints, unless the reader's shell asks for another.
  env: { ...process.env, LANGUAGE: process.env.LANGUAGE ?? "zh_CN" },
  args: extensionArgs(dist),
});

/** What the sidebar shows, read from its shadow root the way a reader sees it. */
function readSidebar() {
  const root = document.getElementById("govlens-root")?.shadowRoot;
  const text = (el) => (el?.textContent ?? "").trim();
  const facts = [...(root?.querySelectorAll(".fact") ?? [])].map((f) => [text(f.querySelector("dt")), text(f.querySelector("dd"))]);
  const officials = [...(root?.querySelectorAll('[data-kind="official"]') ?? [])].map((li) => ({
    name: li.getAttribute("data-name"),
    titles: text(li.querySelector(".titles")),
    roles: [...li.querySelectorAll(".role")].map(text),
    mentions: text(li.querySelector(".badge")),
  }));
  const groups = [...(root?.querySelectorAll(".group") ?? [])].map((g) => ({
    speaker: g.getAttribute("data-speaker"),
    count: g.querySelectorAll('[data-kind="directive"]').length,
  }));
  const slogans = [...(root?.querySelectorAll('[data-kind="slogan"]') ?? [])].map(text);
  const documents = [...(root?.querySelectorAll('[data-kind="document"]') ?? [])].map(text);
  const marks = ["govlens-official", "govlens-directive"].map((n) => CSS.highlights.get(n)?.size ?? 0);
  return { facts, officials, groups, slogans, documents, marks };
}

let failed = false;
try {
  mkdirSync(shots, { recursive: true });
  const pages = readdirSync(samples).filter((f) => f.endsWith(".html")).sort();
  for (const file of pages) {
    const page = await context.newPage();
    await page.goto(`${origin}/${file}`);
    try {
      await page.waitForSelector('#govlens-root[data-state="ready"]', { state: "attached", timeout: 15_000 });
    } catch {
      console.error(`\n${file}: not annotated within 15 s`);
      failed = true;
      continue;
    }
    await page.locator('[data-action="open"]').click();
    await page.locator('[data-kind="official"]').first().click();
    await page.waitForTimeout(700); // the page scrolls smoothly to the first mention
    const shot = join(shots, file.replace(/\.html$/, ".png"));
    await page.screenshot({ path: shot });
    const s = await page.evaluate(readSidebar);

    console.log(`\n■ ${file}  (${origin}/${file})`);
    for (const [label, value] of s.facts) console.log(`  ${label}:${value}`);
    console.log(`  领导 ${s.officials.length} 位:`);
    for (const o of s.officials) {
      console.log(`    - ${o.name}${o.titles ? `(${o.titles})` : ""} ${o.roles.join("、")} · ${o.mentions}`);
    }
    const total = s.groups.reduce((n, g) => n + g.count, 0);
    console.log(`  工作要求 ${total} 条:${s.groups.map((g) => `${g.speaker} ${g.count} 条`).join(",")}`);
    if (s.slogans.length) console.log(`  提法:${s.slogans.join(" ")}`);
    if (s.documents.length) console.log(`  文件:${s.documents.join(" ")}`);
    console.log(`  页面标注:${s.marks[0]} 处人名,${s.marks[1]} 条要求`);
    console.log(`  截图:${shot}`);
  }
  if (visible) {
    console.log("\nChromium stays open with the extension: close its window to finish.");
    await new Promise((resolve) => context.on("close", resolve));
  }
} finally {
  await context.close().catch(() => {});
  server.close();
  rmSync(profile, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
