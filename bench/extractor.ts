/**
 * The extractor in Node: throughput on 1 MB of report text (the corpus repeated; our
 * invented sample when ../shared is missing) next to jieba-wasm's `tag()` (segmentation
 * with part-of-speech tags, what a generic Chinese NLP toolkit offers) on the same text in
 * the same run, the same megabyte as one string (a linearity check), and the time for one
 * 10,000-character article.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { tag } from "jieba-wasm";
import { extract } from "../src/extractor/index";
import { RUNS, stats, timeMs, type Stats } from "./stats";

const CORPUS = new URL("../../shared/corpus/dev/", import.meta.url).pathname;
const SAMPLE = new URL("./sample-report.txt", import.meta.url).pathname;

/** 1 MB of UTF-8 bytes, as a reader's browser would download it. */
const CORPUS_BYTES = 1024 * 1024;
const ARTICLE_CHARS = 10_000;
const ARTICLE_CALLS = 200;
/**
 * Rounds of the throughput comparison: three times the bench's runs. A round costs about a
 * third of a second (jieba's share), and single rounds on these machines swing by half.
 */
const ROUNDS = 3 * RUNS;

export interface ExtractorBench {
  corpus: { from: string; reports: number; documents: number; bytes: number; chars: number };
  runs: number;
  /** Whether the heap was collected before each timed pass (Node run with `--expose-gc`). */
  collectedBetweenPasses: boolean;
  extractPerDocumentMs: Stats;
  extractOneStringMs: Stats;
  jiebaTagMs: Stats;
  extractMBps: Stats;
  jiebaTagMBps: Stats;
  ratioExtractToJieba: number;
  article: { chars: number; calls: number; ms: Stats };
}

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

/** Node's collector, when run with `--expose-gc` (as `npm run bench` runs). */
const collect = (globalThis as { gc?: () => void }).gc;
/** Passes before timing: a contender's code reaches its steady (optimised) tier only after several. */
const WARM_UP_MS = 1000;
const MIN_WARM_UP_PASSES = 2;

/**
 * Milliseconds per pass over all documents, for each contender, after warm-up passes each.
 * Rounds interleave the contenders so that a busy machine slows them alike. Before each
 * timed pass the heap is collected, so that no contender pays for the garbage another left
 * (jieba's `tag()` returns a JS array per word, hundreds of thousands per megabyte).
 */
function timeRounds(contenders: { docs: string[]; fn: (doc: string) => unknown }[], rounds: number): number[][] {
  let sink = 0;
  const pass = (c: (typeof contenders)[number]) => () => {
    for (const d of c.docs) if (c.fn(d)) sink++;
  };
  for (const c of contenders) {
    const until = performance.now() + WARM_UP_MS;
    for (let k = 0; k < MIN_WARM_UP_PASSES || performance.now() < until; k++) pass(c)();
  }
  const out: number[][] = contenders.map(() => []);
  for (let r = 0; r < rounds; r++) {
    contenders.forEach((c, i) => {
      collect?.();
      out[i].push(timeMs(pass(c)));
    });
  }
  if (sink < 0) console.log(sink); // keeps the calls from being optimised away
  return out;
}

export function benchExtractor(): ExtractorBench {
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
    ROUNDS,
  ).map(stats);

  // One 10,000-character article: reports run together and cut at that length.
  let article = "";
  for (let i = 0; article.length < ARTICLE_CHARS; i++) article += `${texts[i % texts.length]}\n\n`;
  article = article.slice(0, ARTICLE_CHARS);
  for (let i = 0; i < 20; i++) extract(article);
  const perArticle: number[] = [];
  for (let i = 0; i < ARTICLE_CALLS; i++) perArticle.push(timeMs(() => extract(article)));

  const throughput = (ms: Stats): Stats => ({
    median: megabytes / (ms.median / 1000),
    min: megabytes / (ms.max / 1000),
    max: megabytes / (ms.min / 1000),
  });
  return {
    corpus: { from, reports: texts.length, documents: docs.length, bytes, chars },
    runs: ROUNDS,
    collectedBetweenPasses: collect !== undefined,
    extractPerDocumentMs: extractMs,
    extractOneStringMs: extractOneMs,
    jiebaTagMs: jiebaMs,
    extractMBps: throughput(extractMs),
    jiebaTagMBps: throughput(jiebaMs),
    ratioExtractToJieba: throughput(extractMs).median / throughput(jiebaMs).median,
    article: { chars: article.length, calls: ARTICLE_CALLS, ms: stats(perArticle) },
  };
}
