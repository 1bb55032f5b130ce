/**
 * Rules from the seventh batch of our reports (zzq- to zzt-): a congress's law-enforcement
 * inspection, a warning-education conference, a flood dispatch video meeting, a township
 * cadre meeting copied from a WeChat account.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { extract } from "../../src/extractor/index";

const officials = (text: string) => Object.fromEntries(extract(text).officials.map((o) => [o.name, o]));
const directives = (text: string) => extract(text).directives.map((d) => [d.speaker, d.text]);

describe("congress committees and deputy posts", () => {
  test("与 inside an organ's name keeps the title whole (环境与资源保护委员会主任委员)", () => {
    const o = officials("副组长、省人大环境与资源保护委员会主任委员钟雅琴，省人大环境与资源保护委员会副主任委员覃振宇参加检查。");
    assert.deepEqual(o["钟雅琴"]?.titles, ["副组长", "省人大环境与资源保护委员会主任委员"]);
    assert.deepEqual(o["覃振宇"]?.titles, ["省人大环境与资源保护委员会副主任委员"]);
  });

  test("与 between two people or two organs still ends a title", () => {
    const o = officials("市委书记与市长刘建华出席会议。");
    assert.deepEqual(o["刘建华"]?.titles, ["市长"]);
  });
});

describe("lead-ins", () => {
  test("a name with a deputy post after it speaks (郝建军副镇长要求)", () => {
    const d = directives("镇党委委员、副镇长郝建军出席。郝建军副镇长要求，各村要开展拉网式排查。");
    assert.deepEqual(d, [["郝建军", "郝建军副镇长要求，各村要开展拉网式排查。"]]);
  });

  test("an adverb between the subject and the topic (X还就…提出要求)", () => {
    const d = directives("镇党委书记戚明远主持会议。戚明远还就作风建设提出要求，全体干部要严守工作纪律。镇纪委要加强督导检查。");
    assert.deepEqual(d.map((x) => x[0]), ["戚明远", "戚明远"]);
  });

  test("a topic in a later clause is the sentence subject's, and its points follow (X对…给予肯定，并就…提出要求。一是要…)", () => {
    const d = directives(
      "省人大常委会副主任令狐建平出席。令狐建平对我市工作给予肯定，并就抓好问题整改提出要求。一是要提高政治站位，压实法定责任。二是要严格执法监管。",
    );
    assert.deepEqual(d.slice(-2), [
      ["令狐建平", "一是要提高政治站位，压实法定责任。"],
      ["令狐建平", "二是要严格执法监管。"],
    ]);
  });

  test("a pronoun after the official who opens its own sentence is that official", () => {
    const d = directives(
      "镇党委书记戚明远主持会议。在大王庄村，村党支部书记杜长顺介绍了做法。戚明远对大王庄村的做法给予肯定，他叮嘱，各村要互学互鉴。",
    );
    assert.deepEqual(d, [["戚明远", "戚明远对大王庄村的做法给予肯定，他叮嘱，各村要互学互鉴。"]]);
  });
});
