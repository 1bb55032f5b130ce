/**
 * Television reports print a speaker's own words under a sound-bite label (`【同期声】县委书记
 * 祁少华`): no verb of speech introduces them, the label line hands the floor on.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { extract } from "../../src/extractor/index";

const report = (label: string) =>
  [
    "县委召开安全生产工作会议",
    "9月5日上午，县委召开安全生产工作会议。县委书记邝志远主持会议，县长莫雅琴出席。",
    label,
    "我们要始终绷紧安全生产这根弦，坚决守住不发生重大事故的底线。各乡镇要把责任扛在肩上。",
    "会议还通报了上半年全县安全生产情况。",
  ].join("\n");

const said = (text: string) => extract(text).directives.map((d) => [d.text.slice(0, 6), d.speaker]);

describe("sound bites", () => {
  for (const label of ["【同期声】县委书记 邝志远", "[同期]县委书记 邝志远", "同期声:县委书记邝志远", "（同期）邝志远："]) {
    test(`the words under ${label} are the named official's`, () => {
      assert.deepEqual(said(report(label)), [
        ["我们要始终绷", "邝志远"],
        ["各乡镇要把责", "邝志远"],
      ]);
    });
  }

  test("a label naming nobody in office hands the floor to no one", () => {
    assert.deepEqual(said(report("【同期声】村民 张大爷")), []);
  });

  test("the bite's speaker can be another than the chair", () => {
    assert.deepEqual(said(report("【同期声】县长 莫雅琴")).map(([, who]) => who), ["莫雅琴", "莫雅琴"]);
  });
});
