/**
 * The one-pass landmark scan must note exactly what each stage would find on its own:
 * the posts of `findPosts`, and the places of each stage's characters, on random text made
 * of the genre's pieces (posts that overlap, marks, brackets, masks, cues) and stray units.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import fc from "fast-check";
import { MASK_CHARS, positionsOf } from "../../src/extractor/chars";
import { findLandmarks } from "../../src/extractor/landmarks";
import { CUE_CHARS } from "../../src/extractor/meta";
import { findPosts } from "../../src/extractor/offices";
import { OPENING_CHARS } from "../../src/extractor/phrases";
import { BREAK_CHARS } from "../../src/extractor/sentences";

const piece = fc.oneof(
  fc.constantFrom(
    "市委书记", "党委书记", "副书记", "主任委员", "副主任委员", "委员长", "市长", "副市长", "会长", "主持召开", "举行",
    "出席", "参加", "会议", "在", "日", "领导", "市领导", "“", "「", "《", "》", "」", "”", "**", "×", "某", "○", "〇",
    "X", "。", "!", "?", "！", "？", "\n", ",", "王", "李", "常务", "第一", "总", "长",
  ),
  fc.string({ unit: "binary", maxLength: 3 }),
);
const text = fc.array(piece, { maxLength: 60 }).map((p) => p.join(""));
const units = (s: string) => Uint16Array.from({ length: s.length }, (_, i) => s.charCodeAt(i));

describe("landmarks", () => {
  test("agree with each stage's own search", () => {
    fc.assert(
      fc.property(text, (s) => {
        const found = findLandmarks(s, units(s));
        assert.deepEqual(found.posts, findPosts(s));
        assert.deepEqual(found.marks, positionsOf(s, BREAK_CHARS));
        assert.deepEqual(found.openings, positionsOf(s, OPENING_CHARS));
        assert.deepEqual(found.masks, positionsOf(s, MASK_CHARS));
        assert.deepEqual(found.cues, positionsOf(s, CUE_CHARS));
        assert.deepEqual(found.labels, positionsOf(s, "领"));
      }),
      { numRuns: 2000, seed: 20261123 },
    );
  });

  test("note a post once, the longest at its place", () => {
    const s = "副主任委员王某出席。";
    assert.deepEqual(
      findLandmarks(s, units(s)).posts.map((p) => s.slice(p.start, p.end)),
      // 副主任委员 is a post of its own (a congress committee's deputy head), not 副主任 then 委员.
      ["副主任委员"],
    );
  });
});
