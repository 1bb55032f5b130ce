import { test } from "node:test";
import assert from "node:assert/strict";
import { groupDirectives } from "../../src/sidebar/group-directives";
import type { Directive } from "../../src/extractor/types";

const d = (speaker: string | null, text: string): Directive => ({ speaker, text, start: 0, end: text.length });

test("groups by speaker in order of first directive, keeping each directive's index", () => {
  const groups = groupDirectives([d("吴俊清", "要一"), d("会议", "要二"), d("吴俊清", "要三"), d(null, "要四")]);
  assert.deepEqual(
    groups.map((g) => [g.speaker, g.items.map((i) => i.index)]),
    [["吴俊清", [0, 2]], ["会议", [1]], [null, [3]]],
  );
  assert.deepEqual(groupDirectives([]), []);
});
