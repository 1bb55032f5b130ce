import { test } from "node:test";
import assert from "node:assert/strict";
import { groupDirectives } from "../../src/sidebar/group-directives";
import type { Directive } from "../../src/extractor/types";

const d = (speaker: string | null, text: string): Directive => ({ speaker, text, start: 0, end: text.length });

test("groups by speaker as they first speak, unattributed last, keeping each directive's index", () => {
  const groups = groupDirectives([d(null, "要零"), d("吴俊清", "要一"), d("会议", "要二"), d("吴俊清", "要三")]);
  assert.deepEqual(
    groups.map((g) => [g.speaker, g.items.map((i) => i.index)]),
    [["吴俊清", [1, 3]], ["会议", [2]], [null, [0]]],
  );
  assert.deepEqual(groupDirectives([]), []);
});

test("two directives with the same text keep their own indices", () => {
  const groups = groupDirectives([d("会议", "要落实。"), d("会议", "要落实。")]);
  assert.deepEqual(groups[0].items.map((i) => i.index), [0, 1]);
});
