/**
 * `npm run bench`: the extractor's throughput on 1 MB of report text, next to jieba-wasm's
 * `tag()` (segmentation with part-of-speech tags, what a generic Chinese NLP toolkit offers)
 * on the same text in the same run, and the time for one 10,000-character article.
 * Medians of several runs with their min and max; the table goes to stdout, the figures
 * to bench/results.json. Timing lives here, never in the unit tests.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { tag } from "jieba-wasm";
import { extract } from "../src/extractor/index";
import { runBatchBench } from "./batch";

const CORPUS = new URL("../../shared/corpus/dev/", import.meta.url).pathname;
const SAMPLE = new URL("./sample-report.txt", import.meta.url).pathname;
const RESULTS = new URL("./results.json", import.meta.url).pathname;

/** 1 MB of UTF-8 bytes, as a reader's browser would download it. */
const CORPUS_BYTES = 1024 * 1024;
const ARTICLE_CHARS = 10_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const ARTICLE_CALLS = 200;

function reports(): { texts: string[]; from: string } {
  if (existsSync(CORPUS)) {
    const files = readdirSync(CORPUS).filter((f) => f.endsWith(".txt")).sort();
    if (files.length > 0) return { texts: files.map((f) => readFileSync(join(CORPUS, f), "utf8")), from: CORPUS };
  }
  return { texts: [readFileSync(SAMPLE, "utf8")], from: SAMPLE };
}

/** Whole reports, repeated in turn, until they hold `bytes` bytes of UTF-8. */
function repeatToBytes(texts: string[], bytes: number): string[] {
  const out: string[] = [];
  let total = 0;
  for (let i = 0; total < bytes; i++) {
    const t = texts[i % texts.length];
    out.push(t);
    total += Buffer.byteLength(t, "utf8");
  }
  return out;
}

interface Stats {
  median: number;
  min: number;
  max: number;
}

function stats(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return { median, min: s[0], max: s[s.length - 1] };
}

function timeMs(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/**
 * Milliseconds per pass over all documents, for each contender, after one warm-up pass each.
 * Rounds interleave the contenders so that a busy machine slows them alike.
 */
function timeRounds(contenders: { docs: string[]; fn: (doc: string) => unknown }[], rounds: number): number[][] {
  let sink = 0;
  const pass = (c: (typeof contenders)[number]) => () => {
    for (const d of c.docs) if (c.fn(d)) sink++;
  };
  for (const c of contenders) pass(c)();
  const out: number[][] = contenders.map(() => []);
  for (let r = 0; r < rounds; r++) contenders.forEach((c, i) => out[i].push(timeMs(pass(c))));
  if (sink < 0) console.log(sink); // keeps the calls from being optimised away
  return out;
}

const { texts, from } = reports();
const docs = repeatToBytes(texts, CORPUS_BYTES);
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d, "utf8"), 0);
const chars = docs.reduce((n, d) => n + d.length, 0);
const megabytes = bytes / (1024 * 1024);

// The same megabyte as one string too: a linear extractor takes about as long on it.
const oneString = docs.join("\n\n");
const [extractMs, jiebaMs, extractOneMs] = timeRounds(
  [
    { docs, fn: (d) => extract(d) },
    { docs, fn: (d) => tag(d, true) },
    { docs: [oneString], fn: (d) => extract(d) },
  ],
  RUNS,
).map(stats);

// One 10,000-character article: reports run together and cut at that length.
let article = "";
for (let i = 0; article.length < ARTICLE_CHARS; i++) article += `${texts[i % texts.length]}\n\n`;
article = article.slice(0, ARTICLE_CHARS);
for (let i = 0; i < 20; i++) extract(article);
const perArticle: number[] = [];
for (let i = 0; i < ARTICLE_CALLS; i++) perArticle.push(timeMs(() => extract(article)));
const articleMs = stats(perArticle);

const throughput = (ms: Stats): Stats => ({
  median: megabytes / (ms.median / 1000),
  min: megabytes / (ms.max / 1000),
  max: megabytes / (ms.min / 1000),
});
const ratio = throughput(extractMs).median / throughput(jiebaMs).median;

const results = {
  date: new Date().toISOString(),
  node: process.version,
  cpu: cpus()[0]?.model ?? "unknown",
  corpus: { from, documents: docs.length, bytes, chars },
  runs: RUNS,
  extractPerDocumentMs: extractMs,
  extractOneStringMs: extractOneMs,
  jiebaTagMs: jiebaMs,
  extractMBps: throughput(extractMs),
  jiebaTagMBps: throughput(jiebaMs),
  ratioExtractToJieba: ratio,
  article: { chars: article.length, calls: ARTICLE_CALLS, ms: articleMs },
  targets: { ratioAtLeast: 50, articleMedianMsBelow: 1 },
};
writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);

const f = (n: number, digits = 2) => n.toFixed(digits);
const row = (what: string, ms: Stats, mbps?: Stats) =>
  [what, f(ms.median), f(ms.min), f(ms.max), mbps ? f(mbps.median, 1) : ""];
const table = [
  ["", "median ms", "min ms", "max ms", "MB/s"],
  row(`extract(), ${docs.length} reports, ${f(megabytes)} MB`, extractMs, throughput(extractMs)),
  row("extract(), the same as one string", extractOneMs, throughput(extractOneMs)),
  row("jieba-wasm tag(), the same reports", jiebaMs, throughput(jiebaMs)),
  row(`extract(), one ${ARTICLE_CHARS}-char article`, articleMs),
];
const widths = table[0].map((_, c) => Math.max(...table.map((r) => r[c].length)));
const line = (r: string[]) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  ");
console.log(`Corpus: ${from} (${texts.length} reports repeated), ${bytes} bytes, ${chars} chars; ${RUNS} runs, Node ${process.version}`);
for (const r of table) console.log(line(r));
const verdict = (ok: boolean) => (ok ? "meets" : "MISSES");
console.log(`throughput ratio extract/jieba: ${f(ratio, 1)}x (${verdict(ratio >= 50)} the 50x target)`);
console.log(`10,000-char article median: ${f(articleMs.median, 3)} ms (${verdict(articleMs.median < 1)} the 1 ms target)`);
console.log(`written to ${RESULTS}`);

// The batch command's pages per second, a module of its own (bench/batch.ts).
console.log("");
await runBatchBench();
