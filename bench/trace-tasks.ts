/**
 * The page's tasks from a Chromium trace of the load (category
 * `disabled-by-default-devtools.timeline`: one `RunTask` event per task on each thread), and
 * the longest of the renderer main thread's tasks that ran content-script code, found by the
 * times of the CPU profile's samples with the extension on the stack (the profile and the
 * trace share Chromium's monotonic clock, in microseconds). This is the task that the
 * content script's "no task over 50 ms" budget is about; the page's own longest task (its
 * HTML parsing, say) is measured apart, with and without the extension.
 */

/** The trace categories to record: tasks only, cheap to trace. */
export const TASK_CATEGORIES = ["disabled-by-default-devtools.timeline"];

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

/** Milliseconds of the longest main-thread task holding one of `sampleTimes`; 0 if none. */
export function longestTaskHolding(events: readonly TraceEvent[], sampleTimes: readonly number[]): number {
  const mainThreads = new Set(
    events.filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain").map((e) => `${e.pid}/${e.tid}`),
  );
  const times = [...sampleTimes].sort((a, b) => a - b);
  let longest = 0;
  for (const e of events) {
    if (e.ph !== "X" || e.name !== "RunTask" || e.dur === undefined || !mainThreads.has(`${e.pid}/${e.tid}`)) continue;
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
