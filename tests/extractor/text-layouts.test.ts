/**
 * The same report reaches the extractor laid out in many ways: saved on Windows (\r\n), by
 * an old converter (\r alone), with a byte order mark, indented with tabs, ideographic or
 * no-break spaces, with or without blank lines between paragraphs, with a space typed after
 * every comma. Every report with an
 * answer (ours, and the dev corpus when ../shared is beside this clone), laid out each way,
 * must give what it gives as written: the same people, titles, roles, directives, speakers,
 * meeting facts, slogans and documents (strings compared without their whitespace).
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { DEV, HAS_DEV, OURS, reportTexts } from "./report-texts";
import { extract } from "../../src/extractor/index";
import { buildView } from "../../src/extractor/normalize";



const indented = (indent: string) => (t: string) =>
  t
    .split("\n")
    .map((line) => (line.trim() ? indent + line.trim() : line))
    .join("\n");

const LAYOUTS: [string, (t: string) => string][] = [
  ["Windows line ends", (t) => t.replace(/\r?\n/g, "\r\n")],
  ["carriage returns alone", (t) => t.replace(/\r?\n/g, "\r")],
  ["a byte order mark", (t) => `\ufeff${t}`],
  ["no blank lines", (t) => t.replace(/\n[ \t\u3000]*\n+/g, "\n")],
  ["a blank line after every line", (t) => t.replace(/\n/g, "\n\n")],
  ["tab indents", indented("\t")],
  ["ideographic-space indents", indented("\u3000\u3000")],
  ["no-break-space indents", indented("\u00a0\u00a0\u00a0\u00a0")],
  ["spaces ending lines", (t) => t.replace(/\n/g, "  \n")],
  ["a space after every comma and full stop", (t) => t.replace(/([，,。])(?=\S)/g, "$1 ")],
];

const squeeze = (s: string | null) => (s === null ? null : s.replace(/\s+/g, ""));

function summary(text: string) {
  const x = extract(text);
  return {
    meta: { ...x.meta, title: squeeze(x.meta.title), meeting: squeeze(x.meta.meeting), source: squeeze(x.meta.source) },
    officials: x.officials.map((o) => ({ name: o.name, titles: o.titles.map(squeeze), roles: o.roles, masked: o.masked, mentions: o.mentions.length })),
    directives: x.directives.map((d) => ({ text: squeeze(d.text), speaker: d.speaker })),
    slogans: x.slogans.map(squeeze),
    documents: x.documents.map(squeeze),
  };
}

function checkLayouts(file: string, text: string): void {
  const original = summary(text);
  for (const [name, layout] of LAYOUTS) {
    const laidOut = layout(text);
    assert.deepEqual(summary(laidOut), original, `${file} with ${name}`);
    // Offsets are the laid-out text's own: every directive is found where it stands.
    for (const d of extract(laidOut).directives) assert.equal(laidOut.slice(d.start, d.end), d.text, `${file} with ${name}: offsets`);
  }
}

describe("reports laid out in other ways", () => {
  test("our reports read the same in every layout", () => {
    const ours = reportTexts(OURS);
    assert.ok(ours.length > 0);
    for (const { file, text } of ours) checkLayouts(file, text);
  });

  test("the dev corpus reads the same in every layout", { skip: !HAS_DEV && "../shared is not beside this clone" }, () => {
    for (const { file, text } of reportTexts(DEV)) checkLayouts(file, text);
  });

  test("a byte order mark stays in the view, so nothing after it moves", () => {
    const v = buildView("\ufeff縣府召開會議");
    assert.equal(v.norm, "\ufeff县府召开会议");
    assert.equal(v.norm.length, v.original.length);
  });

  test("spaces typed after clause marks are out of the view, their text still in the original", () => {
    const text = "会上， 张德明通报了情况。　各乡镇要压实责任， 强化措施,  \n落实到位。";
    const v = buildView(text);
    assert.equal(v.norm, "会上,张德明通报了情况。各乡镇要压实责任,强化措施,  \n落实到位。");
    const at = v.norm.indexOf("张德明");
    assert.equal(text.slice(v.map![at], v.map![at + 3]), "张德明");
    // One stray space is left as written: a text typed with spaces after its marks has many.
    assert.equal(buildView("会上， 张德明通报了情况。").norm, "会上, 张德明通报了情况。");
    // A space after a word, not a mark, stays: it may part two names.
    assert.equal(buildView("市领导 张德明 李春华出席").norm, "市领导 张德明 李春华出席");
  });

  test("tabs are spaces and a lone \\r is a line break in the view; the text keeps them", () => {
    const text = "\t会议强调,要加强值守。\r\t各乡镇要压实责任。";
    const v = buildView(text);
    assert.equal(v.norm, " 会议强调,要加强值守。\n 各乡镇要压实责任。");
    assert.equal(v.kept, text);
  });
});
