/**
 * Which candidate names are met first where they were found, in one pass over the text for
 * all of them together. Asking `s.indexOf(name)` of each would read the text up to the
 * candidate once per candidate: quadratic on a page of many (a digest of a thousand items).
 */
import { inTable } from "./chars";

/**
 * Marks the candidates' first units during a call, cleared before it returns: one table for
 * every call, since zeroing 64 KB per text cost more than the search it serves.
 */
const FIRSTS = new Uint8Array(0x10000);

/**
 * `candidates` holds `[start, end)` spans of names in `s`. Returns, in text order, the earliest
 * span of each name that occurs nowhere in `s` before it. With `placeSuffixes`, a name the
 * text also writes as a place (followed by one of those units, `金华市`, `石桥县委`, but not by
 * a post, `王明市长`) is dropped too.
 */
export function firstMentions<T extends { start: number; end: number }>(
  s: string,
  candidates: readonly T[],
  placeSuffixes?: Uint8Array,
): T[] {
  if (candidates.length === 0) return [];
  const earliest = new Map<string, T>();
  let longest = 0;
  for (const c of candidates) {
    const name = s.slice(c.start, c.end);
    const had = earliest.get(name);
    if (had === undefined || c.start < had.start) earliest.set(name, c);
    FIRSTS[s.charCodeAt(c.start)] = 1;
    if (c.end - c.start > longest) longest = c.end - c.start;
  }
  // Without the place test, nothing after the last candidate can come before one.
  let to = s.length;
  if (!placeSuffixes) {
    to = 0;
    for (const c of earliest.values()) if (c.start > to) to = c.start;
  }
  // Each place is asked about each length a name has (a few): a bucket of names per first
  // unit would be scanned whole at every place, quadratic when many names share a surname.
  const dropped = new Set<string>();
  for (let i = 0; i < to; i++) {
    if (FIRSTS[s.charCodeAt(i)] === 0) continue;
    for (let len = 2; len <= longest && i + len <= s.length; len++) {
      const key = s.slice(i, i + len);
      const c = earliest.get(key);
      if (c === undefined || i === c.start) continue;
      if (i < c.start) dropped.add(key);
      else if (placeSuffixes && inTable(placeSuffixes, s, i + len) && s.charCodeAt(i + len + 1) !== 0x957f) dropped.add(key); // 长
    }
  }
  for (const c of candidates) FIRSTS[s.charCodeAt(c.start)] = 0;
  const out: T[] = [];
  for (const [name, c] of earliest) if (!dropped.has(name)) out.push(c);
  return out.sort((a, b) => a.start - b.start);
}
