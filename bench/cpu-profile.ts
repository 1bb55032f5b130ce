/**
 * Reads a V8 CPU profile (CDP Profiler.stop) for the content script's share of the page's
 * main thread: a sample counts as the content script's when any frame on its stack comes
 * from the extension (`chrome-extension://`), so DOM calls and style work it forces count too.
 */
export interface CpuProfile {
  nodes: { id: number; parent?: number; children?: number[]; callFrame: { functionName: string; url: string } }[];
  /** Microseconds on the clock trace events use (Chromium's monotonic clock). */
  startTime?: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ContentScriptTime {
  /** Milliseconds of samples with the extension's code on the stack. */
  totalMs: number;
  /** When each of those samples was taken (profile clock, microseconds). */
  sampleTimes: number[];
  /** The milliseconds each of those samples stands for. */
  sampleMs: number[];
  /** The longest run of busy (non-idle) samples that holds some of that code: an upper
   * bound on the longest task the content script is part of. */
  longestStretchMs: number;
}

export function contentScriptTime(profile: CpuProfile, urlPrefix = "chrome-extension://"): ContentScriptTime {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const value = !!node && (node.callFrame.url.startsWith(urlPrefix) || (up !== undefined && isOurs(up)));
    ours.set(id, value);
    return value;
  };
  const idle = (id: number) => {
    const name = byId.get(id)?.callFrame.functionName;
    return name === "(idle)" || name === "(program)";
  };
  let totalMs = 0;
  let longestStretchMs = 0;
  let stretch = 0;
  let stretchHasOurs = false;
  const sampleTimes: number[] = [];
  const sampleMs: number[] = [];
  let at = profile.startTime ?? 0;
  // timeDeltas[i] is the time before sample i; the time a sample stands for is the next delta.
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    at += profile.timeDeltas[i];
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (idle(id)) {
      if (stretchHasOurs) longestStretchMs = Math.max(longestStretchMs, stretch);
      stretch = 0;
      stretchHasOurs = false;
      continue;
    }
    stretch += ms;
    if (isOurs(id)) {
      totalMs += ms;
      stretchHasOurs = true;
      sampleTimes.push(at);
      sampleMs.push(ms);
    }
  }
  if (stretchHasOurs) longestStretchMs = Math.max(longestStretchMs, stretch);
  return { totalMs, sampleTimes, sampleMs, longestStretchMs };
}
