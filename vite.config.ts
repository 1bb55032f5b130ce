import { defineConfig } from "vite";
import { crx } from "@crxjs/vite-plugin";
import preact from "@preact/preset-vite";
import manifest from "./manifest.json" with { type: "json" };

// One build for Chromium: crxjs reads manifest.json, bundles every entry it names
// (service worker, content script) and writes the final manifest into dist/.
export default defineConfig({
  plugins: [preact(), crx({ manifest })],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "chrome120",
    // Extension code is read by reviewers; keep it readable where it costs nothing.
    sourcemap: false,
  },
});
