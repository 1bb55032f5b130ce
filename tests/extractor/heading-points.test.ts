/**
 * Numbered points under a lone heading (`会议明确:`, `会议要求:`) are the heading's, each one,
 * even those that hold no marker of their own (`1.市交通运输局牵头,…完成…;`). Numbered lines
 * that no heading hands the floor to stay what they are: an inventory, a heading of a section.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { extract } from "../../src/extractor/index";

const said = (lines: string[]) => extract(lines.join("\n")).directives.map((d) => [d.text.slice(0, 4), d.speaker]);
const OPENING = ["市疫情防控指挥部召开调度会", "4月20日晚,市疫情防控指挥部召开调度会。"];

describe("numbered points under a lone heading", () => {
  for (const heading of ["会议明确:", "会议要求:"]) {
    test(`${heading} 1. 2. (三) points are the meeting's`, () => {
      assert.deepEqual(
        said([...OPENING, heading, "1.市交通运输局牵头,于4月22日前完成全市卡口的人员配备;", "2.市商务局负责生活必需品保供稳价。", "(三)各县区在4月25日前完成方舱医院选址。"]),
        [
          ["1.市交", "会议"],
          ["2.市商", "会议"],
          ["(三)各", "会议"],
        ],
      );
    });
  }

  test("numbered lines with no heading over them order nothing", () => {
    assert.deepEqual(said([...OPENING, "目前全市共设置:", "1.采样点120个;", "2.隔离点8个。"]), []);
  });

  test("points that tell what was done, under 会议指出, are no orders", () => {
    assert.deepEqual(said([...OPENING, "会议指出:", "1.前期全市疫情防控工作取得了明显成效;", "2.各专班已经完成阶段性任务。"]), []);
  });

  test("a decimal number opening a line is no list point", () => {
    assert.deepEqual(said([...OPENING, "会议明确:", "1.5万名医护人员已经到岗。"]), []);
  });
});
