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

describe("a press conference's record, each turn under its speaker's label", () => {
  const bracketed =
    "湄南省疫情防控第四十三场新闻发布会实录\n发布时间：2022-12-05　来源：湄南省人民政府新闻办公室\n" +
    "【主持人 省委宣传部副部长、省政府新闻办主任 覃晓岚】\n　　各位记者朋友，大家上午好！首先，请蓝正阳先生介绍情况。\n" +
    "【省卫生健康委员会副主任 蓝正阳】\n　　当前，全省疫情处于高位波动阶段。各地要严格落实“四早”要求，确保应收尽收。\n" +
    "【湄南日报记者】\n　　近期有市民反映要排队很久，请问有何举措？\n" +
    "【省公安厅副厅长 庞志诚】\n　　各级公安机关要坚持严格规范公正文明执法。\n";

  test("`【title name】` gives the words under it to that official; a reporter's label to no one", () => {
    const x = extract(bracketed);
    assert.deepEqual(
      x.directives.map((d) => [d.speaker, d.text]),
      [
        ["蓝正阳", "各地要严格落实“四早”要求，确保应收尽收。"],
        ["庞志诚", "各级公安机关要坚持严格规范公正文明执法。"],
      ],
    );
  });

  test("the host's label (`主持人`) names the chair", () => {
    const x = extract(bracketed);
    assert.equal(x.meta.chair, "覃晓岚");
    assert.deepEqual(x.officials.find((o) => o.name === "覃晓岚")?.titles, ["省委宣传部副部长", "省政府新闻办主任"]);
  });

  test("`title name:` alone on its line labels the same way", () => {
    const text =
      "新闻发布会实录\n主持人 省政府新闻办副主任 覃晓岚：\n　　今天我们邀请到省交通运输厅副厅长戈明轩先生介绍有关情况。\n" +
      "省交通运输厅副厅长 戈明轩：\n　　各地交通运输部门要严格执行“九不准”要求。\n";
    const x = extract(text);
    assert.equal(x.meta.chair, "覃晓岚");
    assert.deepEqual(x.directives.map((d) => d.speaker), ["戈明轩"]);
  });

  test("a lone `会议强调:` heading still hands the floor to the meeting", () => {
    const x = extract("县委常委会召开会议\n10月10日，县委书记岑振宇主持召开县委常委会会议。\n会议强调：\n要切实做好秋粮收购工作。\n");
    assert.deepEqual(x.directives.map((d) => d.speaker), ["会议"]);
  });
});

describe("a visiting team speaks as one", () => {
  const lead = "省第三督导组到雁鸣县督导疫情防控工作\n11月23日，省疫情防控第三督导组组长葛振声一行到雁鸣县督导检查疫情防控工作。县委书记贺嘉禾陪同。\n";

  test("`督导组要求` orders, in no one person's voice, and the sentences after it too", () => {
    const x = extract(lead + "督导组要求，雁鸣县要坚持问题导向，对发现的问题立行立改。要严格落实“落地检”要求。\n");
    assert.deepEqual(x.directives.map((d) => d.speaker), [null, null]);
  });

  test("the team's leader named before the verb speaks himself", () => {
    const x = extract(lead + "督导组组长葛振声要求，要严格落实“落地检”要求。\n");
    assert.deepEqual(x.directives.map((d) => d.speaker), ["葛振声"]);
  });

  test("`按照巡视组要求` is a noun, no team speaking", () => {
    const x = extract(lead + "贺嘉禾表示，县委将严格按照督导组要求，如实提供有关情况和资料，确保督导工作顺利开展。\n");
    assert.equal(x.directives.length, 0);
  });
});

describe("a press conference's answers told in a report", () => {
  const lead = "湄南省召开疫情防控新闻发布会\n　　12月1日，省政府新闻办召开疫情防控新闻发布会。省卫生健康委员会副主任蓝正阳、省交通运输厅副厅长戈明轩出席发布会。\n";

  test("`针对…问题,X回应称,` and `X倡导,` hand the floor to X", () => {
    const x = extract(lead + "　　针对居家隔离就医问题，蓝正阳回应称，社区要在30分钟内作出响应。\n　　戈明轩倡导，出行人员要提前了解目的地防控政策。\n");
    assert.deepEqual(x.directives.map((d) => d.speaker), ["蓝正阳", "戈明轩"]);
  });

  test("an answer that tells work done orders nothing", () => {
    const x = extract(lead + "　　对于查验点排队问题，戈明轩回应说，目前已在各收费站增设查验通道，切实提高通行效率。\n");
    assert.equal(x.directives.length, 0);
  });
});
