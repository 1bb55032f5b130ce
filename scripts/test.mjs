#!/usr/bin/env node
// Runs the test files under tests/ with Node's own test runner (TypeScript through tsx).
// `unit` runs everything but tests/e2e; `e2e` builds the extension and runs tests/e2e;
// no argument runs both. Node 20's --test takes no globs, so the files are listed here.
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { spawnSync } from "node:child_process";

const root = new URL("..", import.meta.url).pathname;
const which = process.argv[2] ?? "all";

function testFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...testFiles(p));
    else if (name.endsWith(".test.ts")) out.push(p);
  }
  return out;
}

const all = testFiles(join(root, "tests")).map((p) => relative(root, p));
const isE2e = (p) => p.startsWith("tests/e2e/");
const files = all.filter((p) => (which === "unit" ? !isE2e(p) : which === "e2e" ? isE2e(p) : true));
if (files.length === 0) {
  console.error(`no test files for "${which}"`);
  process.exit(1);
}

if (files.some(isE2e)) {
  const build = spawnSync("npx", ["vite", "build", "--logLevel", "warn"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// One process per file keeps a browser test from sharing state with a unit test; the
// concurrency of 2 matches the machines this runs on.
const run = spawnSync(
  process.execPath,
  ["--import", "tsx", "--test", "--test-concurrency=2", "--test-reporter=spec", ...files],
  // The browser's UI language picks the extension's locale; Chromium on Linux reads it from
  // LANGUAGE. Chinese is the product's default, so the browser tests run in it unless told.
  { cwd: root, stdio: "inherit", env: { ...process.env, LANGUAGE: process.env.LANGUAGE ?? "zh_CN" } },
);
process.exit(run.status ?? 1);
