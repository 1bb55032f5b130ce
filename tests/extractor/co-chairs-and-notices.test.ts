/**
 * Rules from the ninth batch of our reports (zzzc- to zzzf-), COVID-19 prevention reports of
 * 2022: a county 专题会 two leaders chair together, an unnamed speech transcript whose last part
 * is `一是…二是…`, and a paper whose footer names its office before `版权所有`.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { extract } from "../../src/extractor/index";

const roles = (text: string) => Object.fromEntries(extract(text).officials.map((o) => [o.name, o.roles]));

describe("co-chairs", () => {
  test("each of a list before 共同主持 chaired; the first named is the meeting's chair", () => {
    const text =
      "9月14日晚，县委书记鲍景川、县长宁雪峰共同主持召开县委疫情防控专题会。县委副书记康志明出席会议。\n宁雪峰在讲话中要求，各乡镇要切实扛起疫情防控政治责任。";
    const x = extract(text);
    assert.equal(x.meta.chair, "鲍景川");
    const r = roles(text);
    assert.deepEqual(r["鲍景川"], ["chair"]);
    assert.deepEqual(r["宁雪峰"], ["chair", "speaker"]);
    assert.deepEqual(r["康志明"], ["attendee"]);
  });

  test("co-chairs with titles of their own are joined by a comma (市委书记A,市委副书记、市长B共同主持)", () => {
    const text = "5月6日,市委书记贺振东,市委副书记、市长庞立言共同主持召开市疫情防控工作领导小组会议。";
    assert.equal(extract(text).meta.chair, "贺振东");
    assert.deepEqual(roles(text)["贺振东"], ["chair"]);
    assert.deepEqual(roles(text)["庞立言"], ["chair"]);
  });

  test("联合主持 too, with bare names; a list that attends is no list of chairs", () => {
    const r = roles("3月2日，市委书记贺振东、市长庞立言联合主持召开市委常委会。副市长宁静、许亮出席会议。");
    assert.deepEqual(r["贺振东"], ["chair"]);
    assert.deepEqual(r["庞立言"], ["chair"]);
    assert.deepEqual(r["宁静"], ["attendee"]);
  });
});

describe("an unnamed transcript's points", () => {
  test("`一是…` with no marker is an order in the voice of a speaker the text does not name", () => {
    const text =
      "在全县疫情防控工作推进会上的讲话\n同志们:\n今天召开全县疫情防控工作推进会。\n最后,我再强调几点。一是严明工作纪律。疫情防控期间,领导干部不得离县。二是严格值班值守。三是严肃追责问责。县纪委监委要严肃问责。";
    const d = extract(text).directives;
    const texts = d.map((x) => x.text);
    for (const t of ["一是严明工作纪律。", "二是严格值班值守。", "三是严肃追责问责。"]) assert.ok(texts.includes(t), t);
    assert.ok(d.every((x) => x.speaker === null));
    assert.ok(!texts.includes("今天召开全县疫情防控工作推进会。"));
  });
});

describe("source from a copyright notice", () => {
  test("a holder before 版权所有 (丰阳日报社版权所有), not the prohibition after it; the paper's office is the paper", () => {
    const x = extract("关长庚主持召开市疫情防控指挥部调度会议\n本报讯 会议召开。\n新闻热线:0395-3216000　　丰阳日报社版权所有　　未经书面授权,不得转载、摘编");
    assert.equal(x.meta.source, "丰阳日报");
  });

  test("an unlabelled dateline that opens with the outlet names it (清江区融媒体中心　2024年11月22日); &nbsp; ends a labelled one", () => {
    assert.equal(extract("区委常委会会议召开\n清江区融媒体中心　2024年11月22日 16:40\n正文。").meta.source, "清江区融媒体中心");
    assert.equal(extract("会议召开\n发布时间:2024-07-06&nbsp;&nbsp;来源:丹霞日报&nbsp;&nbsp;浏览量:1034\n正文。").meta.source, "丹霞日报");
  });

  test("a holder after the colon stays (版权所有:桐溪县人民政府); 本站 names no holder", () => {
    assert.equal(extract("会议召开\n正文。\n版权所有：桐溪县人民政府　未经授权，不得转载").meta.source, "桐溪县人民政府");
    assert.equal(extract("会议召开\n正文。\n本站版权所有 未经许可不得转载").meta.source, null);
  });
});
