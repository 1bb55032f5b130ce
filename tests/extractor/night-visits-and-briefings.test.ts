// Rules found by the eleventh batch's reports (zzzz7–zzzzz): a TV station's night inspection,
// a provincial press conference, an aggregator's joint meeting, a Traditional 督导 visit.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { extract } from "../../src/extractor/index";

describe("a visit's page names no meeting from its link lists", () => {
  const visit =
    "卓宏远深夜暗访检查疫情防控工作\n11月8日晚，市委书记卓宏远深夜暗访检查我市高速公路出口查验点疫情防控工作。他要求，要严格落实“落地检”要求。\n";
  for (const list of ["上一条：市疫情防控指挥部召开视频调度会", "下一则：市疫情防控指挥部召开视频调度会", "本版其他稿件：\n· 我市召开冬季安全生产工作会议", "热门视频\n· 我市召开冬季安全生产工作会议"]) {
    test(list.split("\n")[0], () => {
      const x = extract(visit + list + "\n");
      assert.equal(x.meta.meeting, null);
      assert.deepEqual(x.directives.map((d) => d.speaker), ["卓宏远"]);
    });
  }
});

describe("the headline's chair", () => {
  test("`A讲话 B主持`: the name before another verb and a space does not chair", () => {
    const text =
      "市疫情防控指挥部会议召开 郁文涛讲话 屈振邦主持\n市疫情防控指挥部会议召开 郁文涛讲话 屈振邦主持_朔川市人民政府\n10月13日晚，市疫情防控指挥部会议召开。市长屈振邦主持会议。市委书记郁文涛出席会议并讲话。\n";
    assert.equal(extract(text).meta.chair, "屈振邦");
  });

  test("a word of time between the name and 主持 still chairs", () => {
    const text = "市政府常务会议召开\n市长屈振邦于13日主持召开市政府常务会议。会议强调，要切实做好安全生产工作。\n";
    assert.equal(extract(text).meta.chair, "屈振邦");
  });
});

describe("已 before a preposition tells work done", () => {
  const lead = "新闻发布会召开\n12月1日，省卫生健康委员会副主任蓝正阳出席发布会。\n";
  test("`各地已为…建立…` is narrative, the order after it is not", () => {
    const x = extract(lead + "蓝正阳强调，社区要在30分钟内作出响应。各地已为居家隔离人员建立健康服务台账，社区医生每日上门随访。\n");
    assert.deepEqual(x.directives.map((d) => d.text), ["蓝正阳强调，社区要在30分钟内作出响应。"]);
  });

  test("`已向…的人员` names whom the order is about", () => {
    const x = extract(lead + "蓝正阳强调，对已向社区报备的返乡人员，严格落实健康监测措施。\n");
    assert.equal(x.directives.length, 1);
  });
});
