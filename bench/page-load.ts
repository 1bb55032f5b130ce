/**
 * One page load in Chromium, measured from inside: an init script (main world, before the
 * page's own code) registers a `longtask` PerformanceObserver and notes when the sidebar
 * host's `data-state` is set; a CDP CPU profile of the load gives the content script's
 * main-thread time; a trace of the same load its tasks, and so the longest task that ran
 * content-script code (bench/trace-tasks.ts); after a forced GC, the JS heap in use.
 */
import type { BrowserContext, CDPSession, Page } from "playwright-core";
import { contentScriptTime, type ContentScriptTime, type CpuProfile } from "./cpu-profile";
import { cpuTimeOfSamples, longestTaskHolding, TASK_CATEGORIES, type TraceEvent } from "./trace-tasks";

const INIT_SCRIPT = `(() => {
  const bench = (window.__govlensBench = { longtasks: [], ready: null, state: null });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: true });
  } catch {}
  // Attributes only (no childList records): watching costs the page nothing while it parses.
  new MutationObserver(() => {
    if (bench.ready !== null) return;
    const state = document.getElementById("govlens-root")?.getAttribute("data-state");
    if (state === "ready" || state === "empty") {
      bench.ready = performance.now();
      bench.state = state;
    }
  }).observe(document, { attributes: true, attributeFilter: ["data-state"], subtree: true });
})();`;

export interface PageLoad {
  /** From the load event's start to `data-state` being set; null when it never was. */
  readyMs: number | null;
  state: string | null;
  contentScript: ContentScriptTime;
  /** The same samples at the CPU share of their tasks (trace-tasks.ts). */
  contentScriptCpuMs: number;
  /** The longest task the page saw (PerformanceObserver 'longtask', ≥ 50 ms), 0 if none. */
  longestTaskMs: number;
  /** The longest main-thread task that ran content-script code (trace), 0 if none. */
  contentScriptTaskMs: number;
  /** JS heap in use after a forced GC, once the page has settled. */
  heapBytes: number;
  /** Highlighted ranges (CSS Custom Highlight API registry). */
  marks: number;
}

export interface LoadOptions {
  /** Wait for `data-state` (the extension's browser); otherwise for the load event. */
  waitForState: boolean;
  /** Quiet time after ready before the profile stops (late work still counts). */
  settleMs?: number;
  timeoutMs?: number;
}

/** A fresh tab on the server's origin, so the profiled navigation stays in one renderer. */
export async function openBenchPage(context: BrowserContext, blankUrl: string): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await context.newPage();
  await page.addInitScript(INIT_SCRIPT);
  await page.goto(blankUrl);
  const cdp = await context.newCDPSession(page);
  return { page, cdp };
}

export async function measureLoad(page: Page, cdp: CDPSession, url: string, options: LoadOptions): Promise<PageLoad> {
  const trace: TraceEvent[] = [];
  // The protocol types events as string maps; they are trace events.
  const collect = ({ value }: { value: object[] }) => void trace.push(...(value as TraceEvent[]));
  cdp.on("Tracing.dataCollected", collect);
  const traced = new Promise<void>((resolve) => cdp.once("Tracing.tracingComplete", () => resolve()));
  await cdp.send("Tracing.start", {
    traceConfig: { includedCategories: TASK_CATEGORIES, excludedCategories: ["*"] },
    transferMode: "ReportEvents",
  });
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
  await cdp.send("Profiler.start");
  await page.goto(url, { waitUntil: "load", timeout: options.timeoutMs ?? 60_000 });
  if (options.waitForState)
    await page.waitForFunction(() => (window as unknown as { __govlensBench: { ready: number | null } }).__govlensBench.ready !== null, null, {
      timeout: options.timeoutMs ?? 60_000,
      polling: 50,
    });
  await page.waitForTimeout(options.settleMs ?? 700);
  const { profile } = (await cdp.send("Profiler.stop")) as unknown as { profile: CpuProfile };
  await cdp.send("Profiler.disable");
  await cdp.send("Tracing.end");
  await traced;
  cdp.off("Tracing.dataCollected", collect);
  const seen = await page.evaluate(() => {
    const bench = (window as unknown as { __govlensBench: { longtasks: { duration: number }[]; ready: number | null; state: string | null } })
      .__govlensBench;
    const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
    let marks = 0;
    for (const [name, highlight] of CSS.highlights) if (name.startsWith("govlens-")) marks += highlight.size;
    return {
      readyMs: bench.ready === null ? null : bench.ready - (nav?.loadEventStart ?? 0),
      state: bench.state,
      longestTaskMs: Math.max(0, ...bench.longtasks.map((t) => t.duration)),
      marks,
    };
  });
  await cdp.send("HeapProfiler.collectGarbage");
  const heap = (await cdp.send("Runtime.getHeapUsage")) as { usedSize: number };
  const contentScript = contentScriptTime(profile);
  return {
    ...seen,
    contentScript,
    contentScriptCpuMs: cpuTimeOfSamples(trace, contentScript.sampleTimes, contentScript.sampleMs),
    contentScriptTaskMs: longestTaskHolding(trace, contentScript.sampleTimes),
    heapBytes: heap.usedSize,
  };
}
