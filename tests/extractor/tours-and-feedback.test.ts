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

const officials = (text: string) => Object.fromEntries(extract(text).officials.map((o) => [o.name, o]));

describe("a leader named between the Party committee and the post", () => {
  test("区委X副书记 is the official, titled with the organ and the post", () => {
    const o = officials("区委祁远航副书记到辖区督导燃气安全工作。");
    assert.deepEqual(o["祁远航"]?.titles, ["区委副书记"]);
  });

  test("a name before 副书记 with nothing before it keeps the post alone", () => {
    const o = officials("会上，祁远航副书记传达了上级精神。");
    assert.deepEqual(o["祁远航"]?.titles, ["副书记"]);
  });

  test("the tour's deeds and orders after it are that leader's, not the companion's", () => {
    const d = directives(
      "区委祁远航副书记到滨江宿舍督导消防安全工作。区应急局局长韦小川陪同。认真查看疏散通道，强调企业要落实主体责任。要求企业要定期开展演练。",
    );
    assert.deepEqual(d.map((x) => x[0]), ["祁远航", "祁远航"]);
  });
});

describe("who went along is not whom the 他 means", () => {
  test("a list closing on 陪同 leaves the tour's leader narrated", () => {
    const d = directives("县长韦建川到石门镇检查防汛工作。县水利局局长苟文斌陪同。\n要求，要加强巡堤查险。");
    assert.deepEqual(d.map((x) => x[0]), ["韦建川"]);
  });
});

describe("a bare name that ends in 民 attending", () => {
  test("X为民参加调研 names an official; 农牧民 stays a group of people", () => {
    assert.ok(officials("省委书记韦建川到防汛指挥中心调研。\n苟为民参加调研。")["苟为民"]);
    assert.equal(officials("县长韦建川到牧场调研。\n农牧民参加座谈。")["农牧民"], undefined);
  });
});

describe("words a tour report uses", () => {
  test("敦促 in a later clause orders, for the official who opens the sentence", () => {
    const d = directives("区委副书记祁远航来到滨江码头，仔细翻阅安全台账，敦促企业及时整改隐患。");
    assert.deepEqual(d.map((x) => x[0]), ["祁远航"]);
  });

  test("a 参谋长 of the military district is an official among those attending", () => {
    assert.deepEqual(officials("省军区参谋长苟振邦，省武警总队司令员韦立军出席会议。")["苟振邦"]?.titles, ["省军区参谋长"]);
  });

  test("a reprint's 原标题 line orders nothing", () => {
    const d = directives("省委书记韦建川到防汛中心调研。\n原标题：韦建川在调度防汛工作时强调 要坚决守住安全底线\n他强调，要压实防汛责任。");
    assert.deepEqual(d.map((x) => x[1]), ["他强调，要压实防汛责任。"]);
  });
});

describe("a feedback meeting's points", () => {
  test("提出了五点整改意见建议:一是… hands its points to the group leader", () => {
    const d = directives("县委第一巡察组组长龚德明反馈了巡察情况。\n龚德明提出了三点整改意见建议：一是提高政治站位；二是压实整改责任；三是切实做好巡察“后半篇文章”。");
    assert.deepEqual(d.map((x) => x[0]), ["龚德明"]);
  });

  test("王书记…,对…提出了要求:一是… is the leader called by surname and post", () => {
    const d = directives("县农业农村局党组书记苟文斌到石门镇督导秸秆禁烧。\n苟书记分析了当前形势，对石门镇禁烧工作提出了要求：一是提前谋划；二是严格执法。");
    assert.deepEqual(d.map((x) => x[0]), ["苟文斌"]);
  });
});

describe("成效 as what an order ensures", () => {
  test("确保有方案、有成效 orders; 取得明显成效 tells", () => {
    const d = directives("市委书记韦建川强调，要全力配合督察。\n三是必须加紧整改。认真研究问题，加紧整改，确保有方案、有进展、有成效。全市整改工作取得明显成效。");
    assert.deepEqual(d.map((x) => x[1]), ["市委书记韦建川强调，要全力配合督察。", "三是必须加紧整改。", "认真研究问题，加紧整改，确保有方案、有进展、有成效。"]);
  });
});

describe("a meeting watched by video", () => {
  test("我区组织收看…视频会议 names the meeting watched, not the body watching", () => {
    const x = extract("6月3日下午，我区组织收看全国城镇燃气安全专题视频会议，区长韦建川参加。");
    assert.equal(x.meta.meeting, "全国城镇燃气安全专题视频会议");
  });
});

describe("现场 before a verb of speech", () => {
  test("…,并现场叮嘱…要… is the sentence subject's order on the spot", () => {
    const d = directives("副省长韦建川先后来到两家化工企业，实地检查储运情况，并现场叮嘱企业负责同志要绷紧安全弦。");
    assert.deepEqual(d.map((x) => x[0]), ["韦建川"]);
  });

  test("X在现场指出 keeps its setting", () => {
    const d = directives("县长韦建川到石门镇检查。韦建川在现场指出，要加强巡查。");
    assert.deepEqual(d, [["韦建川", "韦建川在现场指出，要加强巡查。"]]);
  });
});

describe("orders given on the spot after a reproach", () => {
  test("…提出批评,并要求立即整改 and …指出存在消防隐患,并当场要求… are the leader's orders", () => {
    const d = directives(
      "副市长苟立平一行来到滨江大厦，对消防通道上乱停车现象提出批评，并要求立即整改。在六楼，苟立平详细察看消防栓，指出存在消防隐患，并当场要求立即制定整改措施，确保安全。",
    );
    assert.deepEqual(d.map((x) => x[0]), ["苟立平", "苟立平"]);
  });
});

describe("a leader bringing others along", () => {
  test("X率Y: the title of the one brought along starts after 率", () => {
    const o = officials("12月25日，滨江市副市长苟立平率市公安局副局长韦小川检查消防工作。");
    assert.deepEqual(o["韦小川"]?.titles, ["市公安局副局长"]);
  });
});
