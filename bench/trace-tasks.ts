/**
 * The page's tasks from a Chromium trace of the load (category `toplevel`: the scheduler's
 * tasks, mojo messages and microtask checkpoints as complete events on each thread, cheap to
 * record; the DevTools timeline categories count the DOM as they go and slowed the 100k page
 * by half), and the longest of the renderer main thread's tasks that ran content-script code,
 * found by the times of the CPU profile's samples with the extension on the stack (the profile
 * and the trace share Chromium's monotonic clock, in microseconds). An event nested in another
 * is part of it: the outermost event holding a sample is the task. This is the task the
 * content script's "no task over 50 ms" budget is about; the page's own longest task (its
 * HTML parsing, say) is measured apart, with and without the extension.
 */

/** The trace categories to record. */
export const TASK_CATEGORIES = ["toplevel"];

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** The thread's CPU time in the event, where the platform measures it (microseconds). */
  tdur?: number;
  args?: { name?: string };
}

/** Milliseconds of the longest main-thread task holding one of `sampleTimes`; 0 if none
 * (the longest event holding a sample is the outermost one, the task itself). */
export function longestTaskHolding(events: readonly TraceEvent[], sampleTimes: readonly number[]): number {
  const mainThreads = new Set(
    events.filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain").map((e) => `${e.pid}/${e.tid}`),
  );
  const times = [...sampleTimes].sort((a, b) => a - b);
  let longest = 0;
  for (const e of events) {
    if (e.ph !== "X" || e.dur === undefined || !mainThreads.has(`${e.pid}/${e.tid}`)) continue;
    const first = lowerBound(times, e.ts);
    if (first < times.length && times[first] <= e.ts + e.dur) longest = Math.max(longest, e.dur / 1000);
  }
  return longest;
}

/** Index of the first time at or after `t`. */
function lowerBound(sorted: readonly number[], t: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The content script's main-thread CPU time: each of its profile samples (times in
 * `sampleTimes`, `sampleMs` each) counted at the CPU share of the task it fell in (the task's
 * thread time over its wall time). A sampling profiler charges wall time: while the renderer
 * waits for a core (two cores here, shared with the browser's other processes and the
 * extractor's worker), the function on its stack keeps collecting samples. Samples outside
 * any task, or in tasks without thread time, count in full.
 */
export function cpuTimeOfSamples(events: readonly TraceEvent[], sampleTimes: readonly number[], sampleMs: readonly number[]): number {
  const main = mainThreadTasks(events);
  let total = 0;
  let k = 0;
  const order = sampleTimes.map((t, i) => i).sort((a, b) => sampleTimes[a] - sampleTimes[b]);
  for (const i of order) {
    const t = sampleTimes[i];
    while (k < main.length && main[k].ts + (main[k].dur ?? 0) < t) k++;
    const task = k < main.length && main[k].ts <= t ? main[k] : undefined;
    const share = task && task.dur && task.tdur !== undefined ? Math.min(1, task.tdur / task.dur) : 1;
    total += sampleMs[i] * share;
  }
  return total;
}

/** The renderer main threads' outermost tasks, in time order. */
function mainThreadTasks(events: readonly TraceEvent[]): TraceEvent[] {
  const threads = new Set(
    events.filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain").map((e) => `${e.pid}/${e.tid}`),
  );
  const all = events
    .filter((e) => e.ph === "X" && e.dur !== undefined && threads.has(`${e.pid}/${e.tid}`))
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const outer: TraceEvent[] = [];
  let end = -Infinity;
  for (const e of all) {
    if (e.ts < end) continue;
    outer.push(e);
    end = e.ts + (e.dur ?? 0);
  }
  return outer;
}
