import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { extract } from "../../src/extractor/index";

const speakers = (text: string) => extract(text).directives.map((d) => d.speaker);

describe("a portal's one-line byline under a speech's headline", () => {
  test("title, name and date in brackets name the speaker and date the speech", () => {
    const text = "在县防汛指挥部全体成员会议上的讲话\n(县委书记 钟以宁 2023年6月3日)\n同志们:\n各乡镇要压紧压实防汛责任。";
    const r = extract(text);
    assert.deepEqual(speakers(text), ["钟以宁"]);
    assert.equal(r.meta.eventDate, "2023-06-03");
  });

  test("the date may stand in brackets after the byline, in full-width script", () => {
    const text = "在全区教育工作大会上的讲话\n区长　左明川（2024年9月2日）\n同志们：\n全区上下要坚持教育优先发展。";
    const r = extract(text);
    assert.deepEqual(speakers(text), ["左明川"]);
    assert.equal(r.meta.eventDate, "2024-09-02");
  });

  test("a name alone in brackets with the date is the speaker", () => {
    const text = "在县防汛指挥部全体成员会议上的讲话\n(钟以宁 2023年6月3日)\n同志们:\n各乡镇要压紧压实防汛责任。";
    assert.deepEqual(speakers(text), ["钟以宁"]);
    assert.equal(extract(text).meta.eventDate, "2023-06-03");
  });

  test("a byline below the page's info and share bars, and one with two titles, are read", () => {
    const bars = "在县防汛指挥部全体成员会议上的讲话\n发布时间:2023-06-05 来源:县委办\n【字体:大 中 小】【打印】\n分享到:微信 微博\n";
    assert.deepEqual(speakers(bars + "县委书记 钟以宁\n(2023年6月3日)\n同志们:\n各乡镇要压紧压实防汛责任。"), ["钟以宁"]);
    const two = "在县防汛指挥部全体成员会议上的讲话\n(县委书记、县防汛抗旱指挥部指挥长 钟以宁 2023年6月3日)\n同志们:\n各乡镇要压紧压实防汛责任。";
    assert.deepEqual(speakers(two), ["钟以宁"]);
  });

  test("a bracketed line that is no byline dates nothing", () => {
    const text = "在全市防汛工作会议上的讲话\n(根据录音整理 2025年6月3日)\n同志们:\n要压紧压实防汛责任。";
    const r = extract(text);
    assert.deepEqual(speakers(text), [null]);
    assert.equal(r.meta.eventDate, null);
  });
});

describe("a portal's speech headline", () => {
  test("the speaker set off by a colon, or after the column's label, is named", () => {
    const body = "\n同志们:\n各乡镇要压紧压实防汛责任。";
    assert.deepEqual(speakers("钟以宁:在县防汛指挥部全体成员会议上的讲话" + body), ["钟以宁"]);
    assert.deepEqual(speakers("县委书记钟以宁:在县防汛指挥部全体成员会议上的讲话" + body), ["钟以宁"]);
    assert.deepEqual(speakers("【领导讲话】钟以宁在县防汛指挥部全体成员会议上的讲话" + body), ["钟以宁"]);
    assert.equal(extract("钟以宁:在县防汛指挥部全体成员会议上的讲话" + body).meta.meeting, "县防汛指挥部全体成员会议");
  });
});

describe("a masked speaker's title", () => {
  test("a headline's mask before the title leaves the title as the speaker", () => {
    const text = "**市长在全市防汛调度会上的讲话\n同志们:\n各县区要压紧压实防汛责任。";
    assert.deepEqual(speakers(text), ["市长"]);
  });

  test("so does a masked byline under a headline that names nobody", () => {
    const text = "在全市防汛调度会上的讲话\n**市长\n(2022年*月*日)\n同志们:\n各县区要压紧压实防汛责任。";
    assert.deepEqual(speakers(text), ["市长"]);
  });

  test("and a byline with the mask after the title", () => {
    const text = "在全市防汛调度会上的讲话\n市长 **\n同志们:\n各县区要压紧压实防汛责任。";
    assert.deepEqual(speakers(text), ["市长"]);
  });

  test("a mask alone for the name (`XXX同志`) is still written as the mask is", () => {
    const text = "XXX同志在全市防汛调度会上的讲话\n同志们:\n各县区要压紧压实防汛责任。";
    assert.deepEqual(speakers(text), ["XXX"]);
  });
});

describe("sanctions warned of", () => {
  test("`对…的,依规依纪严肃追责问责` in a speaker's voice orders", () => {
    const text = "县长钟以宁强调,要压实防汛责任。对工作不力、造成严重后果的,依规依纪严肃追责问责。";
    assert.deepEqual(speakers(text), ["钟以宁", "钟以宁"]);
  });

  test("sanctions already imposed are narrative", () => {
    const text = "县长钟以宁强调,要压实防汛责任。上周,县纪委监委已严肃处理3名干部。对2名干部依法依规进行了问责。";
    assert.deepEqual(speakers(text), ["钟以宁"]);
  });
});

describe("work done in a time gone by", () => {
  const lead = "镇党委书记俞海川主持会议。俞海川强调,要压实责任。\n";
  test("a past time frame or a running total makes a speaker's action verbs narrative", () => {
    for (const past of [
      "他指出,前一阶段,各村(社区)干部坚持连续作战、日夜值守,全力做好排查管控工作。",
      "他指出,前段时间,全镇上下认真落实各项防控措施,坚决守住不发生本土疫情的底线。",
      "他指出,上周,全镇组织核酸采样2.1万人次,严格落实居家健康监测措施。",
      "他指出,11月份,全镇累计排查来返人员1236人,及时完善来返人员台账。",
    ]) assert.deepEqual(speakers(lead + past), ["俞海川"], past);
  });

  test("an order about past work still orders", () => {
    assert.deepEqual(speakers(lead + "他指出,对前段时间排查发现的问题,要逐一整改到位。"), ["俞海川", "俞海川"]);
  });
});

describe("a superior cited in a transcript", () => {
  test("is mentioned, no speaker at the meeting; one who spoke just now at it is", () => {
    const text = "县委书记邵文澜在全县工作会议上的讲话\n同志们：\n前不久，市委书记严卫东同志在全市大会上指出，要把营商环境作为“一号工程”来抓。刚才，县长常立新同志强调，要狠抓项目落地。\n各乡镇要抓好落实。\n";
    const roles = Object.fromEntries(extract(text).officials.map((o) => [o.name, o.roles]));
    assert.deepEqual(roles["严卫东"], ["mentioned"]);
    assert.deepEqual(roles["常立新"], ["speaker"]);
    assert.deepEqual(roles["邵文澜"], ["speaker"]);
  });
});
