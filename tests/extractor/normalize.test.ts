import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { buildView, originalSpan } from "../../src/extractor/normalize";

describe("normalised view", () => {
  test("folds Traditional script to Simplified one character for one", () => {
    const v = buildView("會議強調，要堅決落實");
    assert.equal(v.norm, "会议强调,要坚决落实");
    assert.equal(v.kept, "會議強調，要堅決落實");
  });

  test("drops romanisation glosses and maps offsets back to the original", () => {
    const text = "市委秘書長宋樂偉注重(zhù zhòng),要堅(jiān)決";
    const v = buildView(text);
    assert.equal(v.norm.includes("("), false);
    assert.equal(v.kept, "市委秘書長宋樂偉注重,要堅決");
    const i = v.norm.indexOf("坚决");
    const span = originalSpan(v, i, i + 2);
    assert.equal(text.slice(span.start, span.end), "堅(jiān)決");
  });

  test("keeps a bracket that is not a gloss", () => {
    const v = buildView("各县(区、市)要");
    assert.equal(v.norm, "各县(区、市)要");
  });

  test("gives the units of the view's text, lone surrogates replaced as in the text", () => {
    for (const text of [
      "市委书记吴某主持会议。",
      "要坚决，落实１２",
      "會議強調\ud83d要堅決",
      "\ud83d會議",
      "會(huì)議\ude42強調",
      "堅(jiān)決🙂",
    ]) {
      const v = buildView(text);
      const units: number[] = [];
      for (let i = 0; i < v.norm.length; i++) units.push(v.norm.charCodeAt(i));
      assert.deepEqual(Array.from(v.codes), units, text);
    }
  });

  test("returns the text itself when nothing needs folding", () => {
    const text = "市委书记吴某主持会议。";
    const v = buildView(text);
    assert.equal(v.norm, text);
    assert.equal(originalSpan(v, 2, 4).start, 2);
  });
});
