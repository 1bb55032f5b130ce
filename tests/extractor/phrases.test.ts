import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { extract } from "../../src/extractor/index";

describe("slogans and documents", () => {
  test("distinct quoted phrases in order of first appearance, without quotes", () => {
    const x = extract("坚持“外防输入、内防反弹”和“动态清零”,落实“动态清零”与「三码联查」。");
    assert.deepEqual(x.slogans, ["外防输入、内防反弹", "动态清零", "三码联查"]);
  });

  test("quoted whole sentences are cited speech, not slogans; unclosed quotes swallow nothing", () => {
    const x = extract("针对“网点防护不到位,检查不严。”的问题,要整改。他说“要抓紧\n下一段“一盘棋”。");
    assert.deepEqual(x.slogans, ["一盘棋"]);
  });

  test("document titles without brackets, romanisation dropped", () => {
    const x = extract("印发了《關於加強(qiáng)管理的通知》和《关于做好防汛工作的意见》,重申《關於加強管理的通知》。");
    assert.deepEqual(x.documents, ["關於加強管理的通知", "关于做好防汛工作的意见"]);
  });
});
