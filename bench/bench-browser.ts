/**
 * Debian's Chromium for the page measurements: with the built extension (dist/), and the same
 * browser without it, so what the page costs by itself can be told from what Govlens adds.
 */
import { chromium, type BrowserContext } from "playwright-core";
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CHROMIUM_PATH, extensionArgs } from "../scripts/chromium.mjs";

/** `BENCH_DIST` points at another build (say, an unminified one for reading a profile). */
export const DIST = process.env.BENCH_DIST ?? new URL("../dist", import.meta.url).pathname;

export interface BenchBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchBench(withExtension: boolean, build = DIST): Promise<BenchBrowser> {
  if (withExtension && !existsSync(join(build, "manifest.json"))) throw new Error(`no build in ${build}: run vite build`);
  const userDataDir = mkdtempSync(join(tmpdir(), "govlens-bench-"));
  // A copy of dist/: a build started meanwhile (say, by the test runner) cannot swap files
  // under the running extension.
  const dist = join(userDataDir, "dist");
  if (withExtension) cpSync(build, dist, { recursive: true });
  // The same flags either way; the extension flags only load the copy.
  const args = extensionArgs(dist).filter((a) => withExtension || !a.includes("extension"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1280, height: 800 },
    locale: "zh-CN",
    env: { ...process.env, LANGUAGE: "zh_CN" },
    args,
  });
  if (withExtension && context.serviceWorkers().length === 0) await context.waitForEvent("serviceworker");
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
