import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { extract } from "../../src/extractor/index";

const texts = (text: string) => extract(text).directives.map((d) => d.text);

describe("pledges order no one", () => {
  test("将 with an adverb of the future, and 决不 as the speaker's own resolve", () => {
    const text = "主任林知远出席会议。林知远代表新任命人员作表态发言。他表示，将始终牢记职责使命，决不辜负组织信任和人民重托。";
    assert.deepEqual(texts(text), []);
  });

  test("a subject and 将 after a time opening: 下一步,常委会将…", () => {
    const text = "主任林知远讲话。林知远强调，常委会组成人员要加强学习，不断提高履职能力。下一步，常委会将围绕优化营商环境开展执法检查。";
    assert.deepEqual(texts(text), ["林知远强调，常委会组成人员要加强学习，不断提高履职能力。"]);
  });

  test("the disposal 将 and 决不 outside a pledge still order", () => {
    const text = "主任林知远讲话。林知远强调，将安全生产纳入考核，严格兑现奖惩。决不能让隐患变成事故。";
    assert.deepEqual(texts(text), ["林知远强调，将安全生产纳入考核，严格兑现奖惩。", "决不能让隐患变成事故。"]);
  });

  test("after a time ahead a bare 将 pledges; after a link it keeps its disposal reading", () => {
    const pledge = "主任林知远讲话。林知远强调，常委会组成人员要加强学习。下半年，将聚焦民生实事开展专题询问。";
    assert.deepEqual(texts(pledge), ["林知远强调，常委会组成人员要加强学习。"]);
    const order = "主任林知远讲话。林知远强调，常委会组成人员要加强学习。同时，将安全生产纳入考核，严格兑现奖惩。";
    assert.deepEqual(texts(order), ["林知远强调，常委会组成人员要加强学习。", "同时，将安全生产纳入考核，严格兑现奖惩。"]);
  });
});
