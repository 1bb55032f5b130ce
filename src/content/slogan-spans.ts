/**
 * Where the slogans stand in the text. The extractor names slogans (the words inside
 * quotation marks), not their places; here each one is looked up between its quotation
 * marks, “…”, 「…」 or "…", with one indexOf pass per slogan: linear in the text.
 */
import type { Span } from "../extractor/types";

const QUOTES: ReadonlyArray<readonly [string, string]> = [
  ["“", "”"],
  ["「", "」"],
  ['"', '"'],
];

/** The spans of every quoted occurrence of each slogan (the words only, quotes left out). */
export function sloganSpans(text: string, slogans: readonly string[]): Span[][] {
  return slogans.map((slogan) => {
    const spans: Span[] = [];
    if (slogan.length === 0) return spans;
    for (const [open, close] of QUOTES) {
      const needle = open + slogan + close;
      for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) {
        spans.push({ start: at + open.length, end: at + open.length + slogan.length });
      }
    }
    return spans.sort((a, b) => a.start - b.start);
  });
}
