/**
 * Batch throughput: the `extract -- <dir> --jsonl` pool (src/cli/batch.ts) on the fixture
 * pages copied over and over into 2,000 files in a temporary directory, pages per second
 * with one worker per core and with a single worker, worker start-up included.
 * `npm run bench` runs it after the extractor's figures; `tsx bench/batch.ts` runs it alone.
 * Figures go to stdout and bench/results-batch.json.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { runPool } from "../src/cli/batch";
import { listFiles } from "../src/cli/batch-files";

const FIXTURES = new URL("../../shared/fixtures/pages/", import.meta.url).pathname;
const SAMPLES = new URL("../samples/", import.meta.url).pathname;
const RESULTS = new URL("./results-batch.json", import.meta.url).pathname;
const FILES = Number(process.env.BENCH_BATCH_FILES ?? 2000);

export interface BatchBenchRun {
  jobs: number;
  seconds: number;
  pagesPerSecond: number;
  ok: number;
  failed: number;
}

export interface BatchBenchResult {
  from: string;
  files: number;
  bytes: number;
  runs: BatchBenchRun[];
}

function sourcePages(): { dir: string; pages: string[] } {
  for (const dir of [FIXTURES, SAMPLES]) {
    if (!existsSync(dir)) continue;
    const pages = readdirSync(dir).filter((f) => f.endsWith(".html")).sort();
    if (pages.length > 0) return { dir, pages };
  }
  throw new Error("no pages to copy: neither ../shared/fixtures/pages nor samples/");
}

async function timeRun(files: string[], jobs: number): Promise<BatchBenchRun> {
  let ok = 0;
  let failed = 0;
  const t0 = process.hrtime.bigint();
  await runPool(files, jobs, (a) => (a.ok ? ok++ : failed++));
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { jobs, seconds, pagesPerSecond: files.length / seconds, ok, failed };
}

export async function benchBatch(): Promise<BatchBenchResult> {
  const { dir, pages } = sourcePages();
  const work = mkdtempSync(join(tmpdir(), "govlens-bench-batch-"));
  try {
    let bytes = 0;
    for (let i = 0; i < FILES; i++) {
      const page = pages[i % pages.length];
      // Spread over subdirectories, as an archive would be.
      const sub = join(work, String(Math.floor(i / 500)));
      if (i % 500 === 0) mkdirSync(sub, { recursive: true });
      const to = join(sub, `${String(i).padStart(5, "0")}-${page}`);
      copyFileSync(join(dir, page), to);
      bytes += statSync(to).size;
    }
    const { files } = listFiles([work]);
    const cores = availableParallelism();
    // A short warm-up (transpile cache, disk cache) so neither measured run pays for it.
    await runPool(files.slice(0, 20), cores, () => undefined);
    const runs = [await timeRun(files, cores)];
    if (cores > 1) runs.push(await timeRun(files, 1));
    return { from: dir, files: files.length, bytes, runs };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export function printBatch(r: BatchBenchResult): void {
  console.log(`Batch (--jsonl): ${r.files} pages copied from ${r.from} (${(r.bytes / 1024 / 1024).toFixed(1)} MB), worker start-up included`);
  for (const run of r.runs) {
    const failed = run.failed > 0 ? `, ${run.failed} without an article (e.g. the script-filled page)` : "";
    console.log(
      `  ${run.jobs} worker${run.jobs > 1 ? "s" : " "}: ${run.seconds.toFixed(2)} s, ${run.pagesPerSecond.toFixed(0)} pages/s (${run.ok} ok${failed})`,
    );
  }
}

export async function runBatchBench(): Promise<BatchBenchResult> {
  const result = await benchBatch();
  printBatch(result);
  writeFileSync(RESULTS, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, ...result }, null, 2)}\n`);
  console.log(`written to ${RESULTS}`);
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await runBatchBench();
