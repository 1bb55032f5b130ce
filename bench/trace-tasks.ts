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
