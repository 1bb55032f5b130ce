/**
 * Linear time on 1 MB of adversarial text. Each case states its wall-time bound in its
 * name. Alone on 2 cores a case takes 0.03-0.7 s (bare titles 1.7-3.2 s); the bounds are
 * ten times that because CI machines are shared (a load of 15 here stretched them 3-5
 * fold), and a quadratic stage still breaks them (one such took 38 s alone on 1 MB).
 * Each case runs in a worker, stopped 10 s past its bound, and its answer must be sane.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { Worker } from "node:worker_threads";
import { cases, type Verdict } from "./adversarial-cases";

/** Runs case `index` in a worker; stops it once the bound (plus start-up slack) has passed. */
function runInWorker(index: number, seconds: number): Promise<Verdict | "timeout"> {
  return new Promise((resolve, reject) => {
    // The worker registers tsx itself: a worker does not inherit the parent's module hooks.
    const entry = new URL("./adversarial-worker.ts", import.meta.url).href;
    const code = `import("tsx/esm/api").then((t) => { t.register(); return import(${JSON.stringify(entry)}); });`;
    const worker = new Worker(code, { eval: true, workerData: index });
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve("timeout");
    }, (seconds + 10) * 1000);
    worker.once("message", (v: Verdict) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(v);
    });
    worker.once("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}

describe("extract() on 1 MB of adversarial text", { concurrency: 1 }, () => {
  cases.forEach((c, index) => {
    test(`${c.name}: within ${c.seconds} s`, c.todo ? { todo: c.todo } : {}, async () => {
      const v = await runInWorker(index, c.seconds);
      assert.notEqual(v, "timeout", `still running after ${c.seconds + 10} s, stopped`);
      if (v === "timeout") return;
      assert.ok(v.seconds < c.seconds, `took ${v.seconds.toFixed(2)} s, bound ${c.seconds} s`);
      assert.deepEqual(v.problems, []);
    });
  });
});
