#!/usr/bin/env node
// Zips the two builds for store upload: dist/ (Chromium: Chrome Web Store, Edge) and
// dist-firefox/ (addons.mozilla.org), with web-ext's own packer, into artifacts/packages/
// (gitignored). `npm run package` builds both first; this script only packs what is built.
//   node scripts/package.mjs [--out DIR]
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { spawnSync } from "node:child_process";

const root = new URL("..", import.meta.url).pathname;
const outFlag = process.argv.indexOf("--out");
const out = resolve(outFlag > 0 ? process.argv[outFlag + 1] : join(root, "artifacts", "packages"));

const builds = [
  { dir: "dist", name: "chromium" },
  { dir: "dist-firefox", name: "firefox" },
];

for (const { dir, name } of builds) {
  const source = join(root, dir);
  const manifest = join(source, "manifest.json");
  if (!existsSync(manifest)) {
    console.error(`package: no build in ${dir}/ (run npm run package, which builds both)`);
    process.exit(1);
  }
  const { version } = JSON.parse(readFileSync(manifest, "utf8"));
  const filename = `govlens-${name}-${version}.zip`;
  const run = spawnSync(
    "npx",
    ["--no-install", "web-ext", "build", "--source-dir", source, "--artifacts-dir", out, "--filename", filename, "--overwrite-dest"],
    { cwd: root, stdio: ["ignore", "ignore", "inherit"] },
  );
  if (run.status !== 0) {
    console.error(`package: web-ext build failed for ${dir}/`);
    process.exit(run.status ?? 1);
  }
  console.log(join(out, filename));
}
