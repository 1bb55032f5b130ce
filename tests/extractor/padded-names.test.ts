/**
 * Two-character names set to the width of three (`张　伟`, `李&nbsp;&nbsp;强`): how many portals
 * typeset leaders' names, in lists and in running text alike.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { extract } from "../../src/extractor/index";

const report = [
  "市委召开疫情防控工作专题会",
  "来源：临川新闻网　发布时间：2022-09-03",
  "　　9月2日，市委书记张　伟主持召开市委疫情防控工作专题会。市委副书记、市长李  强，市领导王\u00a0\u00a0芳、赵国栋出席。",
  "　　张　伟强调，各县区要严格落实“四早”要求，坚决守住不发生规模性疫情的底线。",
  "　　李  强要求，要加强重点人群排查，确保应检尽检。",
].join("\n");

test("a padded name is one official, named without the padding; its mentions cover the padded text", () => {
  const x = extract(report);
  assert.deepEqual(
    x.officials.map((o) => [o.name, o.titles, o.roles]),
    [
      ["张伟", ["市委书记"], ["chair", "speaker"]],
      ["李强", ["市委副书记", "市长"], ["speaker", "attendee"]],
      ["王芳", [], ["attendee"]],
      ["赵国栋", [], ["attendee"]],
    ],
  );
  const zhang = x.officials[0];
  assert.deepEqual(zhang.mentions.map((m) => report.slice(m.start, m.end)), ["张　伟", "张　伟"]);
  assert.deepEqual(x.officials[2].mentions.map((m) => report.slice(m.start, m.end)), ["王\u00a0\u00a0芳"]);
  assert.equal(x.meta.chair, "张伟");
  assert.deepEqual(x.directives.map((d) => d.speaker), ["张伟", "李强"]);
  // The sentences themselves stay as written.
  assert.ok(x.directives[0].text.startsWith("张　伟强调"));
});

test("in Traditional script and at the head of a line, a padded name reads as the same name unpadded", () => {
  const padded = "縣委常委會召開會議\n　　會議由縣委書記劉　偉主持。縣委副書記陳　紅，縣領導周志剛出席會議。\n劉　偉強調，各鄉鎮要壓實責任。\n陳　紅要求，要加快疫苗接種。";
  const read = (text: string) => {
    const x = extract(text);
    return { officials: x.officials.map((o) => [o.name, o.titles, o.roles]), speakers: x.directives.map((d) => d.speaker), chair: x.meta.chair };
  };
  const expected = read(padded.replace(/　(?=[偉紅])/g, ""));
  assert.deepEqual(expected.officials.map((o) => o[0]), ["劉偉", "陳紅", "周志剛"]);
  assert.deepEqual(read(padded), expected);
});

test("spaces that pad no name are left alone", () => {
  // A credit (`图/文　…`), words a headline spaces apart, a space before a three-character name.
  const credit = extract("　　会议要求，要加强监测预警。\n（图/文　时晓雯　审核　孔令军）");
  assert.ok(!credit.officials.some((o) => o.name.startsWith("文")), JSON.stringify(credit.officials));
  const headline = extract("保持高度警醒 筑牢防控屏障 严防死守\n　　会议要求，要加强监测预警。");
  assert.equal(headline.meta.title, "保持高度警醒 筑牢防控屏障 严防死守");
  const three = extract("　　市委书记 赵国栋主持会议。赵国栋强调，要加强监测预警。");
  assert.deepEqual(three.officials.map((o) => o.name), ["赵国栋"]);
});
