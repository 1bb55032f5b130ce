/**
 * The bench (`npm run bench`) is never part of the test suite and no test here times
 * anything: timings on shared, noisy machines would make tests that fail at random. These
 * tests only keep the bench's modules loadable and their arithmetic right (tsc type-checks
 * bench/ too), so `npm run bench` still runs when someone needs the figures.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseHTML } from "linkedom";
import { contentScriptTime, type CpuProfile } from "../../bench/cpu-profile";
import { longPage } from "../../bench/long-page";
import { stats } from "../../bench/stats";
import { cpuTimeOfSamples, longestTaskHolding, type TraceEvent } from "../../bench/trace-tasks";
import { formatTable, single } from "../../bench/table";
import { findArticle } from "../../src/shared/article";

test("every bench module imports (run.ts aside: importing it runs the bench)", async () => {
  const modules = ["bundle-size", "extractor", "highlight-vs-markjs", "page-bench", "page-load", "page-server", "bench-browser", "batch"];
  for (const name of modules) {
    const loaded = await import(`../../bench/${name}`);
    assert.ok(Object.keys(loaded).length > 0, name);
  }
});

test("stats gives the median, min and max", () => {
  assert.deepEqual(stats([5, 1, 3]), { median: 3, min: 1, max: 5 });
  assert.deepEqual(stats([4, 1, 2, 10]), { median: 3, min: 1, max: 10 });
});

test("content-script time counts samples with an extension frame anywhere on the stack", () => {
  const ext = "chrome-extension://abc/assets/x.js";
  const profile: CpuProfile = {
    nodes: [
      { id: 1, callFrame: { functionName: "(root)", url: "" }, children: [2, 3, 4, 6] },
      { id: 2, callFrame: { functionName: "(idle)", url: "" } },
      { id: 3, callFrame: { functionName: "run", url: ext }, children: [5] },
      { id: 4, callFrame: { functionName: "pageScript", url: "http://localhost/a.js" } },
      // A DOM call made by our code: native, no URL, still ours.
      { id: 5, callFrame: { functionName: "createRange", url: "" } },
      { id: 6, callFrame: { functionName: "(program)", url: "" } },
    ],
    // Sample i stands for timeDeltas[i + 1] microseconds.
    samples: [3, 5, 4, 2, 4, 2, 3, 3, 6],
    timeDeltas: [0, 1000, 2000, 4000, 1000, 1000, 3000, 1000, 1000],
  };
  const t = contentScriptTime(profile);
  // ours: 1 + 2 (first stretch), 1 + 1 (second stretch)
  assert.equal(t.totalMs, 5);
  // stretches end at idle: [run, createRange, pageScript] = 1 + 2 + 4 = 7; [run, run] = 1 + 1 = 2
  assert.equal(t.longestStretchMs, 7);
  // Sample i was taken at the sum of the deltas up to i: ours are samples 0, 1, 6 and 7.
  assert.deepEqual(t.sampleTimes, [0, 1000, 12000, 13000]);
});

test("the longest main-thread task holding a content-script sample, other threads and tasks aside", () => {
  const task = (tid: number, ts: number, dur: number, name = "ThreadControllerImpl::RunTask"): TraceEvent => ({ name, ph: "X", pid: 1, tid, ts, dur });
  const events: TraceEvent[] = [
    { name: "thread_name", ph: "M", pid: 1, tid: 10, ts: 0, args: { name: "CrRendererMain" } },
    { name: "thread_name", ph: "M", pid: 1, tid: 11, ts: 0, args: { name: "Compositor" } },
    task(10, 0, 120_000), // the page's parsing: long, but none of ours
    task(10, 200_000, 30_000), // holds a sample of ours
    task(10, 205_000, 10_000, "BlinkScheduler_PerformMicrotaskCheckpoint"), // inside it: part of that task
    task(10, 300_000, 8_000), // holds one too
    task(11, 199_000, 90_000), // another thread, same time
  ];
  assert.equal(longestTaskHolding(events, [305_000, 210_000]), 30);
  assert.equal(longestTaskHolding(events, [150_000]), 0, "a sample between tasks");
  assert.equal(longestTaskHolding(events, []), 0);
});

test("the table flags a missed budget and leaves min/max empty for single figures", () => {
  const out = formatTable([
    { what: "a", value: { median: 30, min: 20, max: 40 }, unit: "ms", budget: "< 20 ms", ok: false },
    { what: "b", value: single(2), unit: "x" },
  ]);
  const [, a, b] = out.split("\n");
  assert.match(a, /^a\s+30\.00\s+20\.00\s+40\.00\s+ms\s+< 20 ms\s+MISSED$/);
  assert.match(b, /^b\s+2\.00\s+x$/);
});

test("long pages hold at least the characters asked for, in an article the finder finds", () => {
  const page = longPage(10_000);
  assert.ok(page.chars >= 10_000 && page.chars < 13_000, `${page.chars}`);
  const article = findArticle(parseHTML(page.html).document as unknown as Document);
  assert.ok(article, "the refilled block is still the article");
});

test("content-script CPU time: each sample at its main-thread task's CPU share, in full outside tasks", () => {
  const task = (tid: number, ts: number, dur: number, tdur?: number): TraceEvent => ({ name: "RunTask", ph: "X", pid: 1, tid, ts, dur, tdur });
  const events: TraceEvent[] = [
    { name: "thread_name", ph: "M", pid: 1, tid: 10, ts: 0, args: { name: "CrRendererMain" } },
    { name: "thread_name", ph: "M", pid: 1, tid: 11, ts: 0, args: { name: "Compositor" } },
    task(10, 0, 10_000, 5_000), // the renderer ran half the time: its samples count half
    task(10, 2_000, 1_000, 1_000), // nested: the outer task decides
    task(10, 20_000, 4_000, 4_000), // all CPU
    task(10, 30_000, 4_000), // no thread time measured: in full
    task(11, 0, 50_000, 100), // another thread's task covers every sample: ignored
  ];
  const times = [1_000, 2_500, 21_000, 31_000, 40_000];
  const ms = [1, 1, 2, 0.5, 3];
  // 1·0.5 + 1·0.5 + 2·1 + 0.5 + 3 (outside any task)
  assert.equal(cpuTimeOfSamples(events, times, ms), 6.5);
  // The order samples come in does not matter.
  assert.equal(cpuTimeOfSamples(events, [...times].reverse(), [...ms].reverse()), 6.5);
});
