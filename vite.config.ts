import { defineConfig } from "vite";
import { eagerCompileHint } from "./scripts/eager-compile-hint.mjs";
import { crx, type ManifestV3Export } from "@crxjs/vite-plugin";
import preact from "@preact/preset-vite";
import manifest from "./manifest.json" with { type: "json" };

// One manifest, two targets. Chromium (default, dist/): an MV3 service worker. Firefox
// (`npm run build:firefox`, dist-firefox/): MV3 there runs the background as an event page
// from `background.scripts`, and an add-on needs an id of its own.
const firefox = process.env.GOVLENS_BROWSER === "firefox";

// Chromium's opt-in to structured clone for extension messages (Chromium 148+; older
// versions ignore the key and send JSON): the article's text crosses to the worker as a copy
// of its characters instead of a JSON string. Firefox always clones and knows no such key.
const { message_serialization: _chromiumOnly, ...sharedManifest } = manifest;

const firefoxManifest = {
  ...sharedManifest,
  background: { scripts: [manifest.background.service_worker], type: "module" },
  // Firefox asks every new add-on to declare what it collects: nothing leaves the browser.
  browser_specific_settings: {
    gecko: { id: "govlens@govlens.invalid", strict_min_version: "121.0", data_collection_permissions: { required: ["none"] } },
  },
} as unknown as ManifestV3Export;

export default defineConfig({
  plugins: [
    preact(),
    eagerCompileHint(manifest.content_scripts.flatMap((script) => script.js)),
    crx({ manifest: firefox ? firefoxManifest : (manifest as ManifestV3Export), browser: firefox ? "firefox" : "chrome" }),
  ],
  build: {
    outDir: firefox ? "dist-firefox" : "dist",
    emptyOutDir: true,
    target: firefox ? "firefox121" : "chrome120",
    // The content script imports its main part on Chinese pages only (src/content/boot.ts);
    // Vite's preload helper would add <link rel="modulepreload"> tags to the page's <head>.
    modulePreload: false,
    // Extension pages the manifest does not name: crxjs builds every HTML input.
    rollupOptions: { input: { history: "src/history/index.html" } },
  },
});
