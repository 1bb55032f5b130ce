/**
 * `extract -- <file-or-dir>... --jsonl`: many files through a pool of worker threads, one
 * JSON line per file on stdout as each finishes, one line per unreadable file on stderr
 * (the rest go on), a progress bar on a terminal and a summary at the end.
 * Exit status: 0 when at least one file was read, 1 when none was (see batch-args.ts).
 */
import { Worker } from "node:worker_threads";
import { BATCH_USAGE, parseBatchArgs } from "./batch-args";
import { listFiles } from "./batch-files";
import { Progress, type ProgressCounts } from "./batch-progress";
import type { BatchAnswer, BatchJob } from "./batch-worker";
import { EXIT_INPUT } from "./cli-error";

export { isBatchInvocation } from "./batch-args";

const WORKER_URL = new URL("./batch-worker.ts", import.meta.url).href;
// The worker is TypeScript, and Node 20 does not apply tsx's loader hooks to a worker's entry
// file: a one-line bootstrap loads it through tsx's own import API instead.
const TSX_API = import.meta.resolve("tsx/esm/api");
const WORKER_BOOTSTRAP = `import(${JSON.stringify(TSX_API)}).then((tsx) => tsx.tsImport(${JSON.stringify(WORKER_URL)}, ${JSON.stringify(WORKER_URL)}))`;

export interface BatchSummary {
  files: number;
  ok: number;
  failed: number;
  seconds: number;
}

export function summaryLine(s: BatchSummary): string {
  const rate = s.seconds > 0 ? ` (${(s.ok / s.seconds).toFixed(1)} files/s)` : "";
  return `govlens: ${s.files} files, ${s.ok} ok, ${s.failed} failed, ${s.seconds.toFixed(2)} s${rate}`;
}

export interface BatchIo {
  writeLine(line: string): void;
  stderr: NodeJS.WritableStream;
  stderrIsTty: boolean;
}

const defaultIo = (): BatchIo => ({
  writeLine: (line) => process.stdout.write(`${line}\n`),
  stderr: process.stderr,
  stderrIsTty: Boolean(process.stderr.isTTY),
});

/** Runs `files` through `jobs` workers; `onAnswer` sees every answer as it comes. */
export async function runPool(files: readonly string[], jobs: number, onAnswer: (a: BatchAnswer) => void): Promise<void> {
  if (files.length === 0) return;
  let next = 0;
  const size = Math.max(1, Math.min(jobs, files.length));
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(WORKER_BOOTSTRAP, { eval: true });
      let current: string | null = null;
      let failure = "the worker thread stopped";
      const feed = () => {
        current = next < files.length ? files[next++] : null;
        if (current === null) void worker.terminate();
        else worker.postMessage({ file: current } satisfies BatchJob);
      };
      worker.on("message", (answer: BatchAnswer) => {
        onAnswer(answer);
        feed();
      });
      worker.on("error", (err) => (failure = err.message.split("\n")[0]));
      worker.on("exit", () => {
        if (current === null) return resolve();
        // The thread died on this file (out of memory on a huge page…): report it, go on in a new one.
        onAnswer({ file: current, ok: false, error: `${current}: internal error: ${failure}` });
        current = null;
        runWorker().then(resolve, reject);
      });
      feed();
    });
  await Promise.all(Array.from({ length: size }, runWorker));
}

export async function runBatch(argv: readonly string[], io: BatchIo = defaultIo()): Promise<number> {
  const args = parseBatchArgs(argv, io.stderrIsTty);
  if (args.help) {
    io.writeLine(BATCH_USAGE);
    return 0;
  }
  const startedAt = Date.now();
  const { files, problems } = listFiles(args.inputs);
  for (const p of problems) io.stderr.write(`govlens: ${p}\n`);

  const counts: ProgressCounts = { done: 0, total: files.length, failed: 0, startedAt };
  const progress = new Progress(io.stderr, args.progress);
  progress.update(counts, true);
  await runPool(files, args.jobs, (answer) => {
    counts.done++;
    if (answer.ok) {
      io.writeLine(answer.line);
      progress.update(counts);
    } else {
      counts.failed++;
      progress.line(`govlens: ${answer.error}`, counts);
    }
  });
  progress.finish(counts);

  const summary = { files: files.length, ok: counts.done - counts.failed, failed: counts.failed, seconds: (Date.now() - startedAt) / 1000 };
  io.stderr.write(`${summaryLine(summary)}\n`);
  return summary.ok > 0 ? 0 : EXIT_INPUT;
}
