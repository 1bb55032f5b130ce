import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import type { Span } from "../../src/extractor/types";
import { sloganSpans } from "../../src/shared/slogan-spans";

/** The plain definition: every non-overlapping occurrence of each slogan in each quote style. */
function searchEach(text: string, slogans: readonly string[]): Span[][] {
  return slogans.map((slogan) => {
    const spans: Span[] = [];
    if (slogan.length === 0) return spans;
    for (const [open, close] of [["“", "”"], ["「", "」"], ['"', '"']]) {
      const needle = open + slogan + close;
      for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) {
        spans.push({ start: at + open.length, end: at + open.length + slogan.length });
      }
    }
    return spans.sort((a, b) => a.start - b.start);
  });
}

test("each slogan is found between its quotation marks, every time, words only", () => {
  const text = "要坚持“三个优先”,落实「两个到位」。再次强调“三个优先”。三个优先不在引号里。";
  const [first, second, missing, empty] = sloganSpans(text, ["三个优先", "两个到位", "四个不", ""]);
  assert.deepEqual(first.map((s) => text.slice(s.start, s.end)), ["三个优先", "三个优先"]);
  assert.deepEqual(first.map((s) => text[s.start - 1] + text[s.end]), ["“”", "“”"]);
  assert.deepEqual(second.map((s) => text.slice(s.start, s.end)), ["两个到位"]);
  assert.deepEqual(missing, []);
  assert.deepEqual(empty, []);
});

test("spans come in text order across quote styles", () => {
  const text = '"双碳"目标与“双碳”行动,「双碳」';
  const spans = sloganSpans(text, ["双碳"])[0];
  assert.deepEqual(spans.map((s) => s.start), [1, 8, 15]);
});

test("the one pass over the quotes finds what a search for each slogan finds, quotes inside slogans too", () => {
  // A small alphabet heavy in quotation marks: nested, unbalanced and repeated quotes, and
  // slogans that hold a quotation mark themselves.
  const char = fc.constantFrom("“", "”", "「", "」", '"', "甲", "乙", "丙", "，", "a");
  const words = (max: number) => fc.array(char, { maxLength: max }).map((cs) => cs.join(""));
  fc.assert(
    fc.property(words(40), fc.array(words(4), { maxLength: 4 }), (text, slogans) => {
      assert.deepEqual(sloganSpans(text, slogans), searchEach(text, slogans));
    }),
    { numRuns: 3000, seed: 20261123 },
  );
});

// A quadratic search would not finish this in the runner's time; nothing here is timed finely.
test("a long text with many quotes gives every span", { timeout: 30_000 }, () => {
  const text = "“甲乙”丙".repeat(200_000);
  const [spans] = sloganSpans(text, ["甲乙"]);
  assert.equal(spans.length, 200_000);
  assert.deepEqual(spans[199_999], { start: 5 * 199_999 + 1, end: 5 * 199_999 + 3 });
});
