/**
 * Debian's Chromium with the built extension loaded (dist/), one persistent context per test
 * file. Never downloads a browser.
 */
import { chromium, type BrowserContext, type Worker } from "playwright-core";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CHROMIUM_PATH, extensionArgs } from "../../../scripts/chromium.mjs";

export const DIST = new URL("../../../dist", import.meta.url).pathname;
export const ARTIFACTS = new URL("../../../artifacts/e2e", import.meta.url).pathname;

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** The browser's UI language, which picks the extension's locale. Debian's Chromium
   * takes it from LANGUAGE (its --lang switch does not change it); zh_CN unless asked. */
  language?: string;
  colorScheme?: "light" | "dark";
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  if (!existsSync(join(DIST, "manifest.json"))) throw new Error(`no build in ${DIST}: run vite build`);
  const userDataDir = mkdtempSync(join(tmpdir(), "govlens-e2e-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1280, height: 800 },
    locale: "zh-CN",
    colorScheme: options.colorScheme ?? "light",
    env: { ...process.env, LANGUAGE: options.language ?? "zh_CN" },
    args: extensionArgs(DIST),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
