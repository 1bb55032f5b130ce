/**
 * Shapes met on real pages of inspection tours (flood season, forest fire, gas safety, spring
 * ploughing) and of inspection-feedback and mobilisation meetings, each rewritten here in our
 * own words with invented people and places.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { extract } from "../../src/extractor/index";

const directives = (text: string) => extract(text).directives.map((d) => [d.speaker, d.text]);

describe("a deputy head of government called by the head's post", () => {
  test("郑市长 is the 常务副市长 named in full before, when no 市长 of that surname is", () => {
    const d = directives("6月3日，市委常委、常务副市长苟立平到滨河燃气站检查。\n苟市长强调，要压实企业主体责任。");
    assert.deepEqual(d, [["苟立平", "苟市长强调，要压实企业主体责任。"]]);
  });

  test("the head of that surname still comes first, and two deputies of it leave the title", () => {
    const head = directives("县长苟文斌、副县长苟立平出席。\n苟县长要求，各乡镇要备足防汛物资。");
    assert.deepEqual(head.map((x) => x[0]), ["苟文斌"]);
    const two = directives("副县长苟文斌、副县长苟立平出席。\n苟县长要求，各乡镇要备足防汛物资。");
    assert.deepEqual(two.map((x) => x[0]), ["苟县长"]);
  });
});

describe("a visit's setting with no subject before the verb", () => {
  test("督导中要求, opening its paragraph, is the tour leader's", () => {
    const d = directives(
      "3月2日，省林业局副局长韦建川带队到石门镇督导森林防火工作。\n督导组查看了卡口值守情况。\n督导中要求，要严格管控野外火源，确保不发生森林火灾。",
    );
    assert.deepEqual(d, [["韦建川", "督导中要求，要严格管控野外火源，确保不发生森林火灾。"]]);
  });

  test("a setting holding a person is no bare setting (村民在座谈中说)", () => {
    const d = directives("县长韦建川到石门镇调研。\n村民在座谈中说，要把路修到家门口。");
    assert.deepEqual(d, []);
  });
});

describe("a view that goes on to require", () => {
  test("X表示,拥护…,并要求… orders, as X要求 would", () => {
    const d = directives(
      "镇党委书记蓝海生主持会议。\n蓝海生表示，完全拥护县委部署，全力配合巡察工作，并要求各村党组织切实提高政治站位。",
    );
    assert.deepEqual(d.map((x) => x[0]), ["蓝海生"]);
  });

  test("a pledge with no later order stays a pledge", () => {
    const d = directives("镇党委书记蓝海生主持会议。\n蓝海生表示，完全拥护县委部署，全力配合巡察工作。");
    assert.deepEqual(d, []);
  });
});

describe("an outsider described by titles joined with 、", () => {
  test("the 他 after a state company's secretary and chairman is not the official before", () => {
    const d = directives(
      "县委第三巡察组组长龚德明提出要求：一是要提高政治站位。\n县交投集团党委书记、董事长范春阳代表集团党委作表态发言。他提出，一是坚决扛起配合巡察的政治责任。",
    );
    assert.deepEqual(d.map((x) => x[0]), ["龚德明"]);
  });
});

describe("a meeting named with places listed by 、", () => {
  test("the list stays inside the name read back from its noun", () => {
    const x = extract("7月9日，县委第二巡察组巡察柳河镇东岗村、西岗村、南岗村党组织工作动员会召开。镇党委书记蓝海生主持会议。");
    assert.equal(x.meta.meeting, "县委第二巡察组巡察柳河镇东岗村、西岗村、南岗村党组织工作动员会");
  });

  test("topics listed before the noun too (防汛、安全生产工作会议召开)", () => {
    const x = extract("5月6日，全县防汛、安全生产工作会议召开。县长韦建川出席并讲话。");
    assert.equal(x.meta.meeting, "全县防汛、安全生产工作会议");
  });
});

describe("a photo's caption", () => {
  test("is never the headline", () => {
    const x = extract(
      "6月23日，县长韦建川深入一线检查指导防汛工作。\n图为县长韦建川在石门镇检查防汛工作\n在石门水库，韦建川要求，要加强值守，确保水库安全。",
    );
    assert.equal(x.meta.title, null);
  });
});
