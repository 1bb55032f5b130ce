/**
 * `npm run bench`: every measurement of Govlens's speed budgets in one go (see the modules
 * for what each measures and how), one table on stdout (median of several runs, min and max),
 * the same figures in bench/results.json. Comparisons are taken side by side in the same run
 * and given as ratios, since the machines are noisy. Timing lives here, never in the tests.
 *
 *   BENCH_RUNS=n        repetitions of the Node timings (default 7)
 *   BENCH_PAGE_RUNS=n   page loads per page and browser, highlighting passes (default 5)
 *   BENCH_DIST=dir      another build than dist/ (e.g. an unminified one, to read profiles)
 *   BENCH_ONLY=extractor,page,bundle,batch   a subset
 */
import { writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { runBatchBench } from "./batch";
import { bundleSizes, type BundleSizes } from "./bundle-size";
import { benchExtractor, type ExtractorBench } from "./extractor";
import { benchPages, type PageBench } from "./page-bench";
import { formatTable, single, type Row } from "./table";

const RESULTS = new URL("./results.json", import.meta.url).pathname;
const only = new Set((process.env.BENCH_ONLY ?? "extractor,page,bundle,batch").split(","));
const KB = 1024;
const MB = 1024 * 1024;
const started = loadavg()[0];

function extractorRows(x: ExtractorBench): Row[] {
  return [
    { what: `extract(), ${x.corpus.documents} reports, ${(x.corpus.bytes / MB).toFixed(2)} MB`, value: x.extractPerDocumentMs, unit: "ms" },
    { what: "extract(), the same as one string", value: x.extractOneStringMs, unit: "ms" },
    { what: "jieba-wasm tag(), the same reports", value: x.jiebaTagMs, unit: "ms" },
    { what: "throughput extract / jieba tag()", value: single(x.ratioExtractToJieba), unit: "x", budget: ">= 50x", ok: x.ratioExtractToJieba >= 50, digits: 1 },
    { what: `extract(), one ${x.article.chars}-char article`, value: x.article.ms, unit: "ms", budget: "< 1 ms", ok: x.article.ms.median < 1, digits: 3 },
  ];
}

function pageRows(p: PageBench): Row[] {
  const rows: Row[] = [];
  for (const page of p.pages) {
    const size = `${Math.round(page.chars / 1000)}k-char page`;
    const is100k = page.chars >= 100_000 && page.chars < 1_000_000;
    const is1m = page.chars >= 1_000_000;
    const taskBudget = is100k ? 50 : is1m ? 200 : undefined;
    rows.push(
      { what: `${size} (${page.marks} marks drawn at load): load -> ready`, value: page.readyMs, unit: "ms", digits: 0 },
      // Both readings of the budget: profile samples charge wall time (a renderer waiting for
      // a core keeps its stack), the CPU reading counts each at its task's CPU share.
      {
        what: `${size}: content-script main thread (samples, wall)`,
        value: page.contentScriptMs,
        unit: "ms",
        ...(is100k ? { budget: "< 20 ms", ok: page.contentScriptMs.median < 20 } : {}),
        digits: 1,
      },
      {
        what: `${size}: content-script main thread (CPU)`,
        value: page.contentScriptCpuMs,
        unit: "ms",
        ...(is100k ? { budget: "< 20 ms", ok: page.contentScriptCpuMs.median < 20 } : {}),
        digits: 1,
      },
      { what: `${size}: longest stretch with content script`, value: page.contentScriptStretchMs, unit: "ms", digits: 1 },
      // The budget's task: the longest one that ran content-script code (trace). The page's
      // own longest task (its HTML parsing) follows, with and without the extension.
      {
        what: `${size}: longest task running content script`,
        value: page.contentScriptTaskMs,
        unit: "ms",
        ...(taskBudget ? { budget: `<= ${taskBudget} ms`, ok: page.contentScriptTaskMs.median <= taskBudget } : {}),
        digits: 1,
      },
      { what: `${size}: longest task of all, with Govlens`, value: page.longestTaskMs, unit: "ms", digits: 0 },
      { what: `${size}: longest task of all, same page without`, value: page.longestTaskWithoutMs, unit: "ms", digits: 0 },
    );
    if (is100k) {
      const heap = { median: page.heapGrowthBytes.median / MB, min: page.heapGrowthBytes.min / MB, max: page.heapGrowthBytes.max / MB };
      rows.push({ what: `${size}: JS heap growth after GC`, value: heap, unit: "MB", budget: "< 5 MB", ok: heap.median < 5 });
    }
  }
  const h = p.highlighting;
  rows.push(
    { what: `highlight ${h.ranges} ranges, 100k page: Govlens`, value: h.govlensMs, unit: "ms", digits: 1 },
    { what: `highlight the same ranges: mark.js`, value: h.markjsMs, unit: "ms", digits: 1 },
    { what: "highlighting mark.js / Govlens", value: single(h.ratio), unit: "x", digits: 1 },
    {
      what: "non-Chinese page: content-script main thread (samples, wall)",
      value: p.nonChinese.contentScriptMs,
      unit: "ms",
      budget: "< 2 ms",
      ok: p.nonChinese.contentScriptMs.median < 2,
      digits: 2,
    },
    {
      what: "non-Chinese page: content-script main thread (CPU)",
      value: p.nonChinese.contentScriptCpuMs,
      unit: "ms",
      budget: "< 2 ms",
      ok: p.nonChinese.contentScriptCpuMs.median < 2,
      digits: 2,
    },
  );
  return rows;
}

function bundleRows(b: BundleSizes): Row[] {
  const kb = (n: number) => single(n / KB);
  return [
    { what: `content script on every page (boot), ${b.contentScriptBoot.files} files, gzip`, value: kb(b.contentScriptBoot.gzip), unit: "KB", digits: 1 },
    { what: `content script, ${b.contentScript.files} files, raw`, value: kb(b.contentScript.raw), unit: "KB", digits: 1 },
    { what: "content script, gzip", value: kb(b.contentScript.gzip), unit: "KB", budget: "< 30 KB", ok: b.contentScript.gzip < 30 * KB, digits: 1 },
    { what: `background, ${b.background.files} files, raw`, value: kb(b.background.raw), unit: "KB", digits: 1 },
    { what: "background, gzip", value: kb(b.background.gzip), unit: "KB", digits: 1 },
    { what: "sidebar alone (in the content script), raw", value: kb(b.sidebarAlone.raw), unit: "KB", digits: 1 },
    { what: "sidebar alone, gzip", value: kb(b.sidebarAlone.gzip), unit: "KB", digits: 1 },
  ];
}

const log = (line: string) => console.error(line);
const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  node: process.version,
  cpu: `${cpus().length} x ${cpus()[0]?.model ?? "unknown"}`,
  loadAverageAtStart: started,
};
const rows: Row[] = [];
if (only.has("extractor")) {
  log("extractor…");
  const x = benchExtractor();
  results.extractor = x;
  rows.push(...extractorRows(x));
}
if (only.has("page")) {
  log("pages in Chromium…");
  const p = await benchPages(log);
  results.page = p;
  rows.push(...pageRows(p));
}
if (only.has("bundle")) {
  const b = await bundleSizes();
  results.bundle = b;
  rows.push(...bundleRows(b));
}
results.loadAverageAtEnd = loadavg()[0];
results.rows = rows;
writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);

console.log(`${results.cpu}, Node ${process.version}, load average ${started.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end`);
console.log(formatTable(rows));
console.log(`written to ${RESULTS}`);

// The batch command's pages per second, a module of its own with its own file (bench/batch.ts).
if (only.has("batch")) {
  console.log("");
  await runBatchBench();
}
