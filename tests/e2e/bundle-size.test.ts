/**
 * The content script loads on every page the user opens, so its size is a budget: the
 * boot script and every chunk it pulls in stay under 30 KB gzipped. The extractor must not be in
 * it (it runs in the background).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { DIST } from "./support/browser";

const BUDGET = 30 * 1024;

/** Files reachable from `file` by static and dynamic imports, and by the built file names it
 * imports through `runtime.getURL` (the boot script names its main part so). */
function reachable(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(DIST, file), "utf8");
  const dir = file.includes("/") ? file.slice(0, file.lastIndexOf("/") + 1) : "";
  for (const [, path] of code.matchAll(/["'`](assets\/[\w.-]+\.js)["'`]/g)) reachable(path, seen);
  for (const [, rel] of code.matchAll(/from\s*["'`]\.\/([^"'`]+)["'`]/g)) reachable(dir + rel, seen);
  for (const [, rel] of code.matchAll(/import\s*\(?\s*['"`]\.\/([^'"`]+)['"`]/g)) reachable(dir + rel, seen);
  return seen;
}

test("the content script stays under 30 KB gzipped and does not carry the extractor", () => {
  const manifest = JSON.parse(readFileSync(join(DIST, "manifest.json"), "utf8"));
  const entries: string[] = manifest.content_scripts.flatMap((c: { js: string[] }) => c.js);
  const files = new Set<string>();
  for (const entry of entries) reachable(entry, files);
  assert.ok(files.size >= 2, `boot script and its chunks: ${[...files]}`);
  const code = [...files].map((f) => readFileSync(join(DIST, f), "utf8")).join("\n");
  const size = gzipSync(code).length;
  assert.ok(size < BUDGET, `content script is ${size} bytes gzipped`);
  // An office from the extractor's lexicon: in the worker's bundle, not in the page's script.
  const worker = [...reachable(manifest.background.service_worker)]
    .map((f) => readFileSync(join(DIST, f), "utf8"))
    .join("\n");
  assert.ok(worker.includes("秘书长"), "the worker carries the extractor");
  assert.ok(!code.includes("秘书长"), "the content script does not");
});

test("the content script's modules ask V8 to compile them eagerly (kept in the code cache); the classic boot script is left alone", () => {
  const manifest = JSON.parse(readFileSync(join(DIST, "manifest.json"), "utf8"));
  const entries: string[] = manifest.content_scripts.flatMap((c: { js: string[] }) => c.js);
  const files = new Set<string>();
  for (const entry of entries) reachable(entry, files);
  const modules = [...files].filter((f) => !entries.includes(f));
  assert.ok(modules.length >= 1);
  for (const f of modules) assert.ok(readFileSync(join(DIST, f), "utf8").startsWith("//# allFunctionsCalledOnLoad\n"), f);
  for (const f of entries) assert.ok(!readFileSync(join(DIST, f), "utf8").includes("allFunctionsCalledOnLoad"), f);
});
