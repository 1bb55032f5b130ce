/**
 * The page measurements: pages of 10,000, 100,000 and 1,000,000 characters (bench/long-page.ts)
 * loaded in Chromium with the built extension and in the same Chromium without it, loads
 * interleaved; a non-Chinese page with the extension; and the highlighting comparison with
 * mark.js on the 100,000-character page. Each load is a fresh tab on the bench's server.
 */
import { launchBench } from "./bench-browser";
import { compareHighlighting, drawnRanges, type HighlightComparison } from "./highlight-vs-markjs";
import { longPage, pagesFrom } from "./long-page";
import { measureLoad, openBenchPage, type PageLoad } from "./page-load";
import { startBenchServer } from "./page-server";
import { stats, type Stats } from "./stats";

export const PAGE_SIZES = [10_000, 100_000, 1_000_000] as const;
/** Loads per page and browser (`BENCH_PAGE_RUNS`, default 5). */
const PAGE_RUNS = Number(process.env.BENCH_PAGE_RUNS ?? 5);

export interface PageFigures {
  chars: number;
  htmlBytes: number;
  /** Marks drawn when the page is ready (those around the viewport; the rest on scrolling). */
  marks: number;
  readyMs: Stats;
  contentScriptMs: Stats;
  /** The same at the CPU share of each sample's task: time the main thread spent, not waited. */
  contentScriptCpuMs: Stats;
  /** Longest busy stretch holding content-script work (CPU profile). */
  contentScriptStretchMs: Stats;
  /** Longest main-thread task that ran content-script code (trace): the budget's task. */
  contentScriptTaskMs: Stats;
  longestTaskMs: Stats;
  /** The same page without the extension: what the page costs by itself. */
  longestTaskWithoutMs: Stats;
  /** JS heap after GC, with the extension minus without it. */
  heapGrowthBytes: Stats;
}

export interface PageBench {
  from: string;
  runs: number;
  pages: PageFigures[];
  nonChinese: { htmlBytes: number; contentScriptMs: Stats; contentScriptCpuMs: Stats };
  highlighting: HighlightComparison;
}

function englishPage(chars: number): string {
  const sentence = "The city council met on Tuesday to discuss the new budget for schools and roads. ";
  const paragraphs: string[] = [];
  for (let n = 0; n < chars; n += sentence.length * 5) paragraphs.push(`<p>${sentence.repeat(5)}</p>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council news</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Council meets on the budget</h1>${paragraphs.join("\n")}</article><footer>City of Example</footer></body></html>`;
}

export async function benchPages(log: (line: string) => void = () => undefined): Promise<PageBench> {
  const server = await startBenchServer();
  const blank = server.put("/blank.html", "<!doctype html><title>blank</title>");
  const withExt = await launchBench(true);
  const without = await launchBench(false);
  try {
    const pages: PageFigures[] = [];
    let highlighting: HighlightComparison | null = null;
    for (const size of PAGE_SIZES) {
      const page = longPage(size);
      const url = server.put(`/page-${size}.html`, page.html);
      const loads: PageLoad[] = [];
      const bare: PageLoad[] = [];
      for (let run = 0; run <= PAGE_RUNS; run++) {
        const a = await openBenchPage(withExt.context, blank);
        const loaded = await measureLoad(a.page, a.cdp, url, { waitForState: true });
        if (size === 100_000 && run === 0) {
          const ranges = await drawnRanges(a.page);
          const b = await openBenchPage(without.context, blank);
          await b.page.goto(url);
          highlighting = await compareHighlighting(b.page, ranges, PAGE_RUNS);
          await b.page.close();
        }
        await a.page.close();
        const b = await openBenchPage(without.context, blank);
        const plain = await measureLoad(b.page, b.cdp, url, { waitForState: false });
        await b.page.close();
        // The first load of each page warms caches (the worker, compiled code): not counted.
        if (run === 0) continue;
        loads.push(loaded);
        bare.push(plain);
      }
      if (loads.some((l) => l.state !== "ready")) throw new Error(`page of ${size} characters not annotated`);
      pages.push({
        chars: page.chars,
        htmlBytes: Buffer.byteLength(page.html),
        marks: loads[0].marks,
        readyMs: stats(loads.map((l) => l.readyMs ?? NaN)),
        contentScriptMs: stats(loads.map((l) => l.contentScript.totalMs)),
        contentScriptCpuMs: stats(loads.map((l) => l.contentScriptCpuMs)),
        contentScriptStretchMs: stats(loads.map((l) => l.contentScript.longestStretchMs)),
        contentScriptTaskMs: stats(loads.map((l) => l.contentScriptTaskMs)),
        longestTaskMs: stats(loads.map((l) => l.longestTaskMs)),
        longestTaskWithoutMs: stats(bare.map((l) => l.longestTaskMs)),
        heapGrowthBytes: stats(loads.map((l, i) => l.heapBytes - bare[i].heapBytes)),
      });
      log(`  page of ${page.chars} characters: ${PAGE_RUNS} loads with and without the extension`);
    }

    const english = englishPage(10_000);
    const englishUrl = server.put("/english.html", english);
    const nonChinese: number[] = [];
    const nonChineseCpu: number[] = [];
    for (let run = 0; run <= PAGE_RUNS; run++) {
      const a = await openBenchPage(withExt.context, blank);
      const loaded = await measureLoad(a.page, a.cdp, englishUrl, { waitForState: false, settleMs: 300 });
      await a.page.close();
      if (loaded.state !== null) throw new Error("the extension annotated an English page");
      if (run > 0) nonChinese.push(loaded.contentScript.totalMs);
      if (run > 0) nonChineseCpu.push(loaded.contentScriptCpuMs);
    }
    if (!highlighting) throw new Error("no highlighting comparison");
    return {
      from: pagesFrom(),
      runs: PAGE_RUNS,
      pages,
      nonChinese: { htmlBytes: Buffer.byteLength(english), contentScriptMs: stats(nonChinese), contentScriptCpuMs: stats(nonChineseCpu) },
      highlighting,
    };
  } finally {
    await withExt.close();
    await without.close();
    await server.close();
  }
}
