/**
 * A portal's sub-headline that names the leaders bare (`常书铭提出具体要求 潘海燕王建忠出席`):
 * its names are officials even when the body says only `市领导出席` (src/extractor/sub-headline.ts).
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { extract } from "../../src/extractor/index";

const page = (subHeadline: string, lead = "市委书记程立新主持并讲话,市领导出席。") =>
  [
    "首页 > 新闻中心 > 本地要闻",
    "市委召开第八十六次疫情防控专题会",
    subHeadline,
    "来源:桐川新闻网  发布时间:2022-10-12 09:30",
    `10月11日,市委召开第八十六次疫情防控专题会,听取近期全市疫情防控工作情况汇报。${lead}`,
    "程立新强调,各级各部门要严格落实各项防控措施。",
  ].join("\n");

const officials = (text: string) => Object.fromEntries(extract(text).officials.map((o) => [o.name, { titles: o.titles, roles: o.roles }]));

describe("sub-headline names", () => {
  test("names apart (柏晓岚 蔺涛出席) are attendees with no title", () => {
    const o = officials(page("程立新提出具体要求 柏晓岚 蔺涛出席"));
    assert.deepEqual(o["柏晓岚"], { titles: [], roles: ["attendee"] });
    assert.deepEqual(o["蔺涛"], { titles: [], roles: ["attendee"] });
    assert.deepEqual(o["程立新"].roles, ["chair", "speaker"]);
  });

  test("names run together (潘海燕王建忠出席) are split at their surnames; the leader before 提出具体要求 speaks", () => {
    const o = officials(page("常书铭提出具体要求 潘海燕王建忠出席"));
    assert.deepEqual(Object.keys(o).sort(), ["常书铭", "王建忠", "潘海燕", "程立新"].sort());
    assert.deepEqual(o["常书铭"].roles, ["speaker"]);
    assert.deepEqual(o["潘海燕"].roles, ["attendee"]);
  });

  test("two-character and compound-surname names, and 、 between them", () => {
    const o = officials(page("欧阳晓峰、蔺涛、柏晓岚出席会议"));
    assert.ok(o["欧阳晓峰"] && o["蔺涛"] && o["柏晓岚"], JSON.stringify(Object.keys(o)));
  });

  test("a name also in the body keeps the titles the body gives", () => {
    const o = officials(page("柏晓岚出席", "市委书记程立新主持并讲话,市委副书记、市长柏晓岚出席。"));
    assert.deepEqual(o["柏晓岚"].titles, ["市委副书记", "市长"]);
  });

  test("header lines that are not names read as none: a slogan-like sub-headline, a line with no attending", () => {
    for (const line of ["全力以赴打赢疫情防控攻坚战 各方力量出席", "程立新提出具体要求", "坚决落实防控措施 确保群众安全"]) {
      const names = extract(page(line)).officials.map((o) => o.name);
      assert.deepEqual(names, ["程立新"], line);
    }
  });

  test("a line ending in 出席 inside the body is not read as a sub-headline", () => {
    const text = page("来源:桐川新闻网").replace("程立新强调", "柏晓岚 蔺涛出席\n程立新强调");
    const names = extract(text).officials.map((o) => o.name);
    assert.ok(!names.includes("蔺涛"), JSON.stringify(names));
  });

  test("two-character names run together split as the lead names them (邓鑫|黎卫|方智, not 邓鑫黎|卫方智)", () => {
    const text =
      "市委召开疫情防控专题会\n冼志国提出具体要求 邓鑫黎卫方智出席\n　　9月14日，市委书记欧阳岚主持召开市委疫情防控专题会。市委副书记、市长冼志国提出具体要求。市委常委、秘书长邓鑫，副市长黎卫、方智出席会议。";
    assert.deepEqual(extract(text).officials.map((o) => o.name).sort(), ["冼志国", "方智", "欧阳岚", "邓鑫", "黎卫"].sort());
  });
});
