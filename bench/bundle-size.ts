/**
 * Bytes, raw and gzipped, of what each part of the built extension (dist/) loads: the content
 * script (its boot script and every chunk reachable from it), the background worker, and the
 * sidebar (Preact components, part of the content script; also bundled alone with Preact to
 * show its share).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build, type Rolldown } from "vite";
import { DIST } from "./bench-browser";

export interface Size {
  files: number;
  raw: number;
  gzip: number;
}

export interface BundleSizes {
  /** What every page loads: the boot script (the Chinese-page check). */
  contentScriptBoot: Size;
  /** All of it, as a Chinese page loads it. */
  contentScript: Size;
  background: Size;
  sidebarAlone: Size;
}

/** Files reachable from `file` by static imports and, with `dynamic`, by dynamic imports and
 * the built file names it imports through `runtime.getURL` (the boot script's main part). */
function reachable(dist: string, file: string, seen = new Set<string>(), dynamic = true): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(dist, file), "utf8");
  const dir = file.includes("/") ? file.slice(0, file.lastIndexOf("/") + 1) : "";
  if (dynamic) for (const [, path] of code.matchAll(/["'`](assets\/[\w.-]+\.js)["'`]/g)) reachable(dist, path, seen, dynamic);
  const imports = dynamic ? /(?:from|import)\s*\(?\s*["'`]\.\/([^"'`]+)["'`]/g : /(?:from|import)\s*["'`]\.\/([^"'`]+)["'`]/g;
  for (const [, rel] of code.matchAll(imports)) reachable(dist, dir + rel, seen, dynamic);
  return seen;
}

/** One module and what it imports, minified as the extension's build is. */
async function bundleMinified(entry: string): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: "silent",
    build: { write: false, minify: true, lib: { entry, formats: ["es"] } },
    // Sidebar styles arrive as ?inline strings and count; nothing else is left to guess.
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  return outputs[0].output.map((o) => ("code" in o ? o.code : "")).join("\n");
}

function sizeOf(codes: string[]): Size {
  const joined = codes.join("\n");
  return { files: codes.length, raw: Buffer.byteLength(joined), gzip: gzipSync(joined).length };
}

export async function bundleSizes(dist = DIST): Promise<BundleSizes> {
  const manifest = JSON.parse(readFileSync(join(dist, "manifest.json"), "utf8"));
  const files = (entries: string[], dynamic = true) => {
    const all = new Set<string>();
    for (const e of entries) reachable(dist, e, all, dynamic);
    return [...all].map((f) => readFileSync(join(dist, f), "utf8"));
  };
  const contentEntries: string[] = manifest.content_scripts.flatMap((c: { js: string[] }) => c.js);
  const sidebar = await bundleMinified(new URL("./sidebar-entry.ts", import.meta.url).pathname);
  return {
    contentScriptBoot: sizeOf(files(contentEntries, false)),
    contentScript: sizeOf(files(contentEntries)),
    background: sizeOf(files([manifest.background.service_worker])),
    sidebarAlone: sizeOf([sidebar]),
  };
}
