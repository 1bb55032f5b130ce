import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { splitSentences } from "../../src/extractor/sentences";

const texts = (s: string) => splitSentences(s).map((x) => s.slice(x.start, x.end));

describe("sentences", () => {
  test("end at 。！？ and line breaks, not at ；", () => {
    assert.deepEqual(texts("要加强管理；要落实责任。好吗？对！\n下一行"), ["要加强管理；要落实责任。", "好吗？", "对！", "下一行"]);
  });

  test("keep the closing quote after the end mark", () => {
    assert.deepEqual(texts("他说：“要抓紧。”随后离开。"), ["他说：“要抓紧。”", "随后离开。"]);
  });

  test("trim whitespace and mark paragraphs", () => {
    const s = "  第一句。 第二句\n\n第三句。";
    const out = splitSentences(s);
    assert.deepEqual(out.map((x) => s.slice(x.start, x.end)), ["第一句。", "第二句", "第三句。"]);
    assert.equal(out[1].terminated, false);
    assert.equal(out[2].opensParagraph, true);
    assert.notEqual(out[0].paragraph, out[2].paragraph);
  });
});
