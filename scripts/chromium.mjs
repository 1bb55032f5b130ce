// How Govlens starts Debian's Chromium with the built extension: one place for the demo
// and the browser tests. Never a downloaded browser.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Flags for a Chromium that loads only our unpacked extension from `dist`. */
export function extensionArgs(dist) {
  return [
    "--no-sandbox",
    `--disable-extensions-except=${dist}`,
    `--load-extension=${dist}`,
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--disable-gpu",
  ];
}
