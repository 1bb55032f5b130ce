/**
 * Many portals typeset every two-character name at the width of three (`张　伟`, or with two
 * `&nbsp;`), in lists and running text alike. Every report with an answer (ours, and the dev
 * corpus when ../shared is beside this clone), with each of its officials' two-character
 * names padded so wherever it stands, must give what the plain page gives: the same people,
 * roles and titles, the same directives and speakers, the same chair and meeting.
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { extract } from "../../src/extractor/index";
import { DEV, HAS_DEV, OURS, reportTexts } from "./report-texts";

const PADDINGS: [string, string][] = [
  ["an ideographic space", "\u3000"],
  ["two no-break spaces", "\u00a0\u00a0"],
];

/** What a reader compares, whitespace dropped from every string. */
function summary(text: string) {
  const x = extract(text);
  const f = (s: string | null) => (s === null ? null : s.replace(/\s+/g, ""));
  return {
    meta: { title: f(x.meta.title), meeting: f(x.meta.meeting), chair: f(x.meta.chair), eventDate: x.meta.eventDate },
    officials: x.officials.map((o) => ({ name: f(o.name), titles: o.titles.map(f), roles: o.roles })),
    directives: x.directives.map((d) => ({ text: f(d.text), speaker: f(d.speaker) })),
  };
}

/** The gold's officials with a plain two-character Han name. */
function twoCharacterNames(dir: string, file: string): string[] {
  const gold = join(dir, file.replace(/\.txt$/, ".gold.json"));
  if (!existsSync(gold)) return [];
  const names = (JSON.parse(readFileSync(gold, "utf8")) as { officials: { name: string }[] }).officials.map((o) => o.name);
  return names.filter((n) => /^[\u4e00-\u9fff]{2}$/.test(n));
}

function checkPadded(dir: string): number {
  let checked = 0;
  for (const { file, text } of reportTexts(dir)) {
    const names = twoCharacterNames(dir, file);
    if (names.length === 0) continue;
    const plain = summary(text);
    for (const [what, pad] of PADDINGS) {
      let padded = text;
      for (const n of names) padded = padded.split(n).join(n[0] + pad + n[1]);
      assert.deepEqual(summary(padded), plain, `${file}, names padded with ${what}`);
    }
    checked++;
  }
  return checked;
}

describe("pages that pad two-character names", () => {
  test("our reports read the same with their names padded", () => {
    assert.ok(checkPadded(OURS) >= 10, "enough of our reports have two-character names");
  });

  test("the dev corpus reads the same with its names padded", { skip: !HAS_DEV && "../shared is not beside this clone" }, () => {
    assert.ok(checkPadded(DEV) > 0);
  });
});
