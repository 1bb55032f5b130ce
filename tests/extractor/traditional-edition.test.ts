/**
 * Portals publish a 繁体 edition of every page by running the Simplified one through a
 * phrase converter, which writes some words in ways a character table does not fold back
 * (`著力` for 着力, `指明瞭` for 指明了, `關係著`). Every report with an answer (ours, and the dev
 * corpus when ../shared is beside this clone), converted as such an edition would be (OpenCC,
 * Simplified to Taiwan and to Hong Kong standard), must give what the Simplified page gives:
 * the same people with the same titles and roles, the same directives and speakers, the same
 * meeting facts, all written in the edition's script.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { DEV, HAS_DEV, OURS, reportTexts } from "./report-texts";
import * as OpenCC from "opencc-js";
import { extract } from "../../src/extractor/index";
import { buildView, foldScript } from "../../src/extractor/normalize";



/**
 * What a reader compares, every string put in one form: through the edition's converter
 * (which leaves its own output as it is) and the extractor's fold, whitespace dropped.
 */
function summary(text: string, convert: (s: string) => string) {
  const x = extract(text);
  const f = (s: string | null) => (s === null ? null : foldScript(convert(s)).replace(/\s+/g, ""));
  return {
    meta: { title: f(x.meta.title), eventDate: x.meta.eventDate, publishedDate: x.meta.publishedDate, meeting: f(x.meta.meeting), chair: f(x.meta.chair) },
    officials: x.officials.map((o) => ({ name: f(o.name), titles: o.titles.map(f), roles: o.roles })),
    directives: x.directives.map((d) => ({ text: f(d.text), speaker: f(d.speaker) })),
  };
}

function checkEditions(file: string, text: string, converters: [string, (s: string) => string][]): void {
  for (const [name, convert] of converters) {
    const edition = convert(text);
    assert.equal(edition.length, text.length, `${file}: the ${name} edition keeps the text's length`);
    assert.deepEqual(summary(edition, convert), summary(text, convert), `${file} in the ${name} edition`);
  }
}

const converters: [string, (s: string) => string][] = [
  ["Taiwan", OpenCC.Converter({ from: "cn", to: "tw" })],
  ["Hong Kong", OpenCC.Converter({ from: "cn", to: "hk" })],
];

describe("Traditional editions of Simplified pages", () => {
  test("our reports read the same in a converted edition", () => {
    const ours = reportTexts(OURS);
    assert.ok(ours.length > 0);
    for (const { file, text } of ours) checkEditions(file, text, converters);
  });

  test("the dev corpus reads the same in a converted edition", { skip: !HAS_DEV && "../shared is not beside this clone" }, () => {
    for (const { file, text } of reportTexts(DEV)) checkEditions(file, text, converters);
  });

  test("著 is folded to 着 only where the words around it make it 着", () => {
    assert.equal(buildView("正著力打造、著重抓好、著眼長遠、著手推進、關係著、圍繞著、隨著").norm, "正着力打造、着重抓好、着眼长远、着手推进、关系着、围绕着、随着");
    assert.equal(buildView("著名作家,成效顯著,著作等身,卓著").norm, "著名作家,成效显著,著作等身,卓著");
  });

  test("明瞭 is 明了, and 瞭望 is not a perfective 了", () => {
    assert.equal(buildView("指明瞭方向").norm, "指明了方向");
    // `要加强瞭望` orders: the 了 of 了望 tells nothing done.
    const x = extract("会议强调,各林场要加强森林防火瞭望监测。");
    assert.equal(x.directives.length, 1);
  });
});
