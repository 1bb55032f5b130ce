/**
 * The Firefox build and the store packages: `GOVLENS_BROWSER=firefox vite build` gives
 * dist-firefox/ with an add-on id and background scripts, Mozilla's linter (web-ext lint,
 * offline) finds no errors in it, and scripts/package.mjs zips both builds with the
 * manifest at the archive's root. dist/ is built by the e2e runner before this file runs.
 */
import { before, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { DIST } from "./support/browser";
import { zipEntries } from "./support/zip-entries";

const root = new URL("../../", import.meta.url).pathname;
const FIREFOX_DIST = join(root, "dist-firefox");

before(() => {
  const build = spawnSync("npx", ["vite", "build", "--logLevel", "warn"], {
    cwd: root,
    env: { ...process.env, GOVLENS_BROWSER: "firefox" },
    encoding: "utf8",
  });
  assert.equal(build.status, 0, `firefox build failed:\n${build.stderr}`);
});

test("the Firefox manifest has an add-on id, background scripts and no service worker", () => {
  const manifest = JSON.parse(readFileSync(join(FIREFOX_DIST, "manifest.json"), "utf8"));
  assert.equal(manifest.manifest_version, 3);
  assert.match(manifest.browser_specific_settings?.gecko?.id ?? "", /^[\w.-]+@[\w.-]+$/);
  assert.deepEqual(manifest.browser_specific_settings.gecko.data_collection_permissions, { required: ["none"] });
  assert.equal(manifest.background.service_worker, undefined);
  assert.ok(Array.isArray(manifest.background.scripts) && manifest.background.scripts.length > 0);
  for (const script of manifest.background.scripts) assert.ok(existsSync(join(FIREFOX_DIST, script)), `${script} built`);
  assert.deepEqual(manifest.permissions, ["storage"]);
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
