import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { extract } from "../../src/extractor";
import { forPage, withSentences } from "../../src/shared/sent-extraction";
import { sloganSpans } from "../../src/shared/slogan-spans";

const CORPUS = new URL("../../../shared/corpus/dev/", import.meta.url).pathname;
const REPORT = "市长林远航主持召开专题会议。\n林远航强调,要切实做好防汛准备工作。会议要求,各部门要“严格落实”值班制度。";

test("what the page receives carries no sentence text, and with the sent text gives the whole extraction back", () => {
  const texts = [REPORT, ...readdirSync(CORPUS).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(CORPUS + f, "utf8"))];
  for (const text of texts) {
    const whole = extract(text);
    assert.ok(whole.directives.length > 0);
    const sent = forPage(whole, text);
    assert.ok(sent.directives.every((d) => !("text" in d)));
    // The slogans' places come along, so that the page need not look for them.
    assert.deepEqual(sent.sloganSpans, sloganSpans(text, whole.slogans));
    for (const [i, spans] of sent.sloganSpans.entries()) for (const s of spans) assert.equal(text.slice(s.start, s.end), whole.slogans[i]);
    // What crosses is JSON: the round trip through it loses nothing either.
    assert.deepEqual(withSentences(JSON.parse(JSON.stringify(sent)), text), whole);
    assert.ok(JSON.stringify(sent).length < JSON.stringify(whole).length);
  }
});
