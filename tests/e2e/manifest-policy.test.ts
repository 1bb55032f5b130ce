/**
 * What the built extension asks for and allows (dist/, built by the e2e runner): the fewest
 * permissions, a strict policy for extension pages, and no code that evaluates strings or
 * comes from the network.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { DIST } from "./support/browser";

const manifest = JSON.parse(readFileSync(join(DIST, "manifest.json"), "utf8"));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

test("permissions: storage only, content scripts on web pages only, nothing optional or external", () => {
  assert.deepEqual(manifest.permissions, ["storage"]);
  for (const key of ["host_permissions", "optional_permissions", "optional_host_permissions", "externally_connectable"]) {
    assert.equal(manifest[key], undefined, `${key} not declared`);
  }
  for (const script of manifest.content_scripts) {
    assert.deepEqual(script.matches, ["http://*/*", "https://*/*"]);
    assert.ok(!script.all_frames, "top frame only");
  }
  // What pages may load from us: the content script's own chunks, nothing else.
  for (const entry of manifest.web_accessible_resources ?? []) {
    for (const r of entry.resources) assert.match(r, /^assets\/.+\.js$/, `web-accessible: ${r}`);
  }
});

test("messages cross as structured clones, not JSON strings (Chromium 148+)", () => {
  assert.equal(manifest.message_serialization, "structured_clone");
});

test("extension pages run under a strict Content-Security-Policy", () => {
  const csp: string = manifest.content_security_policy?.extension_pages ?? "";
  const directives = new Map(
    csp.split(";").map((d) => d.trim()).filter(Boolean).map((d) => {
      const [name, ...values] = d.split(/\s+/);
      return [name, values] as const;
    }),
  );
  assert.deepEqual(directives.get("script-src"), ["'self'"], "scripts from the package only");
  assert.deepEqual(directives.get("object-src"), ["'none'"]);
  assert.deepEqual(directives.get("base-uri"), ["'none'"]);
  assert.ok(!/unsafe-eval|unsafe-inline|https?:|\*|data:|blob:/.test(csp), `nothing loosened: ${csp}`);
  assert.equal(manifest.content_security_policy.sandbox, undefined);
});

test("the built code evaluates no strings and loads no remote code", () => {
  const files = filesUnder(DIST);
  const scripts = files.filter((f) => f.endsWith(".js"));
  assert.ok(scripts.length > 0);
  for (const file of scripts) {
    const code = readFileSync(file, "utf8");
    const rel = file.slice(DIST.length + 1);
    assert.ok(!/(?<![\w$.])eval\s*\(/.test(code), `${rel}: eval(`);
    assert.ok(!/\bnew\s+Function\s*\(|(?<![\w$.])Function\s*\(\s*["'`]/.test(code), `${rel}: Function constructor`);
    assert.ok(!/(?:setTimeout|setInterval)\s*\(\s*["'`]/.test(code), `${rel}: timer with a string`);
    assert.ok(!/(?:import|importScripts)\s*\(\s*["'`](?:https?:)?\/\//.test(code), `${rel}: remote import`);
    assert.ok(!/from\s*["'](?:https?:)?\/\//.test(code), `${rel}: remote module`);
  }
  for (const page of files.filter((f) => f.endsWith(".html"))) {
    const html = readFileSync(page, "utf8");
    assert.ok(!/<script(?![^>]*\bsrc=)[^>]*>\s*\S/i.test(html), `${page}: inline script`);
    assert.ok(!/<(?:script|link)[^>]+(?:src|href)=["'](?:https?:)?\/\//i.test(html), `${page}: remote script or style`);
  }
});
