/**
 * Where the slogans stand in the text. The extractor names slogans (the words inside
 * quotation marks), not their places; here each one is looked up between its quotation
 * marks, “…”, 「…」 or "…". One pass per quote style over the text's opening marks, each
 * followed to the next closing mark and the words between looked up among the slogans:
 * linear in the text, whatever the number of slogans (a slogan that holds its own closing
 * mark is searched for on its own).
 */
import type { Span } from "../extractor/types";

const QUOTES: ReadonlyArray<readonly [string, string]> = [
  ["“", "”"],
  ["「", "」"],
  ['"', '"'],
];

/** The spans of every quoted occurrence of each slogan (the words only, quotes left out). */
export function sloganSpans(text: string, slogans: readonly string[]): Span[][] {
  const found: Span[][] = slogans.map(() => []);
  for (const [open, close] of QUOTES) {
    const byWords = new Map<string, number[]>();
    slogans.forEach((slogan, i) => {
      if (slogan.length === 0) return;
      if (slogan.includes(close)) {
        found[i].push(...searchOne(text, open + slogan + close, open.length, slogan.length));
        return;
      }
      const same = byWords.get(slogan);
      if (same) same.push(i);
      else byWords.set(slogan, [i]);
    });
    if (byWords.size > 0) scanQuotes(text, open, close, byWords, found);
  }
  return found.map((spans) => spans.sort((a, b) => a.start - b.start));
}

/** Follows each opening mark to the next closing mark and records the words between when
 * they are a slogan's. */
function scanQuotes(text: string, open: string, close: string, byWords: Map<string, number[]>, found: Span[][]): void {
  // Per slogan, where its next occurrence may start: occurrences do not overlap (the
  // next one begins after the last one's closing mark).
  const nextFrom = new Map<number, number>();
  for (let at = text.indexOf(open); at !== -1; at = text.indexOf(open, at + 1)) {
    const start = at + open.length;
    const end = text.indexOf(close, start);
    if (end === -1) return;
    const which = byWords.get(text.slice(start, end));
    if (!which) continue;
    for (const i of which) {
      if (at < (nextFrom.get(i) ?? 0)) continue;
      found[i].push({ start, end });
      nextFrom.set(i, end + close.length);
    }
  }
}

function searchOne(text: string, needle: string, lead: number, length: number): Span[] {
  const spans: Span[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) {
    spans.push({ start: at + lead, end: at + lead + length });
  }
  return spans;
}
