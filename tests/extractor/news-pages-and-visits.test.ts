import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { extract } from "../../src/extractor/index";

const directives = (text: string) => extract(text).directives.map((d) => [d.speaker, d.text]);

describe("a broadcaster's page", () => {
  test("the station's banner over the page is no headline; a media mark after the headline is no part of it", () => {
    const m = extract(
      "西江网络广播电视台\n\n首页 > 西江新闻 > 时政要闻\n\n县防汛抗旱指挥部召开第三次调度会议(视频)\n\n发布时间:2023-06-04 08:40 来源:西江县融媒体中心\n\n6月3日晚,县防汛抗旱指挥部召开第三次调度会议。县长高明远主持会议并讲话。",
    ).meta;
    assert.equal(m.title, "县防汛抗旱指挥部召开第三次调度会议");
    assert.equal(m.chair, "高明远");
  });

  test("a county's media-centre brand (`…融媒`) over the page is no headline either; 【组图】 is dropped", () => {
    const m = extract("南坪融媒\n\n县长陆志成调研春耕生产【组图】\n\n2023-03-09 来源:南坪县融媒体中心\n\n3月8日,县长陆志成到城关镇调研春耕生产。").meta;
    assert.equal(m.title, "县长陆志成调研春耕生产");
  });
});

describe("verbs of degree", () => {
  test("closing their clause they tell a trend (`压力不断加大`), not an order", () => {
    const d = directives("4月12日,市长王明主持召开会议。\n会议指出,近期周边地区疫情持续反弹,我市外防输入压力不断加大。检测能力明显提升、物资储备不断增强。\n会议强调,要严格管控。持续加大重点人员排查力度。");
    assert.deepEqual(d, [
      ["会议", "会议强调,要严格管控。"],
      ["会议", "持续加大重点人员排查力度。"],
    ]);
  });
});

describe("people met on a visit", () => {
  test("after an official's orders, a courier, a nurse or a resident quoted holds no office and gives none", () => {
    const head = "10月24日,区委书记冯立安陪同督导组检查。\n冯立安要求,各街道要加强排查。\n";
    for (const quoted of [
      "快递小哥刘强告诉记者,他每天都要做核酸。",
      "护士长林小雨笑着说,大家都要坚持到最后。",
      "主任医师孔令娟说,医院要求每名医护人员都要做到闭环管理。",
      "居民王秀芝告诉记者,每天都要测体温。",
      "在卡口值守的民警王晓刚说,每辆车都要查验。",
      "采样点医护人员张丽说,每天都要采样到深夜。",
      // In the official's own paragraph too.
      "网格长周春燕介绍,社区每天都要入户排查。",
    ]) {
      const x = extract(quoted.startsWith("网格长") ? head.slice(0, -1) + quoted : head + quoted);
      assert.deepEqual(x.officials.map((o) => o.name), ["冯立安"], quoted);
      assert.deepEqual(x.directives.map((d) => d.text), ["冯立安要求,各街道要加强排查。"], quoted);
    }
  });
});

describe("the outlet from the page's first line", () => {
  test("an aggregator's banner or a paper's masthead names the outlet when nothing else does", () => {
    const body = "\n市政府召开常务会议\n时间:2022-04-20 10:05\n4月19日,市长王明主持召开市政府常务会议。";
    assert.equal(extract(`北疆资讯网-金河频道${body}`).meta.source, "北疆资讯网");
    assert.equal(extract(`岫川日报${body}`).meta.source, "岫川日报");
    // A source field still wins over the banner.
    assert.equal(extract(`北疆资讯网-金河频道${body.replace("时间:", "来源:金河日报 时间:")}`).meta.source, "金河日报");
    // A first line that is the headline names no outlet.
    assert.equal(extract(body.trimStart()).meta.source, null);
  });
});

describe("an official's report to inspectors", () => {
  test("`在汇报中指出` states the work done, as 表示 does: an order only with a modal", () => {
    const head = "10月20日,省第三督导组组长单立群到云溪区督导。区委书记蓝海峰陪同。\n";
    assert.deepEqual(directives(head + "蓝海峰在汇报中指出,全区坚持“人物同防”,严格落实外防输入各项措施。"), []);
    assert.deepEqual(directives(head + "蓝海峰在座谈会上汇报时指出,全区要严格落实外防输入各项措施。").map((d) => d[0]), ["蓝海峰"]);
    // A report listened to is no report given: the inspector orders.
    assert.deepEqual(directives(head + "单立群在听取汇报时强调,严格落实外防输入各项措施。").map((d) => d[0]), ["单立群"]);
  });
});

describe("names listed before one turn", () => {
  const head = "11月11日晚,县指挥部召开调度会议。县长韩志刚主持。县人大常委会主任刘春燕,县政协主席方德明出席会议。\n";
  const rolesOf = (text: string) => Object.fromEntries(extract(head + text).officials.map((o) => [o.name, o.roles]));

  test("`A、B分别就…提出要求`, `A和B分别作了讲话`: each of the list spoke", () => {
    for (const text of ["刘春燕、方德明分别就发挥代表委员作用提出要求。", "刘春燕和方德明分别作了讲话。", "县人大常委会主任刘春燕、县政协主席方德明分别讲话。"]) {
      const r = rolesOf(text);
      assert.deepEqual([r["刘春燕"], r["方德明"]], [["speaker", "attendee"], ["speaker", "attendee"]], text);
    }
  });

  test("a report the list gave, listened to, is no turn of theirs", () => {
    const r = rolesOf("会议听取了刘春燕、方德明分别作的汇报。");
    assert.deepEqual([r["刘春燕"], r["方德明"]], [["attendee"], ["attendee"]]);
  });
});

describe("people met on a visit, unnamed", () => {
  const visit = (middle: string) =>
    `县委书记调研疫情防控工作\n11月23日,县委书记程立新到城区商超督导检查疫情防控工作。程立新强调,要严格落实扫码测温等防控措施。\n${middle}\n程立新要求,各部门要加强巡查。`;

  test("a shopkeeper or residents described, not named, speak for themselves: no order of the official's", () => {
    for (const middle of ["一位姓李的店主告诉记者,顾客进店都要扫码,店里每天消杀两次。", "不少居民表示,大家都要配合做好核酸检测。", "现场的医护人员们介绍,采样点每天都要消杀。"]) {
      const d = directives(visit(middle));
      assert.deepEqual(d.map(([speaker]) => speaker), ["程立新", "程立新"], middle);
    }
  });

  test("the official's order about them stays his (广大医护人员要…), as does an order that names them first", () => {
    const d = directives(visit("他指出,广大医护人员要严格落实防护要求。居民小区要严格执行出入管理。"));
    assert.deepEqual(d.map(([speaker]) => speaker), ["程立新", "程立新", "程立新", "程立新"]);
  });
});

describe("words quoted first, their speaker named after (`“要…。”李国华说。`)", () => {
  const page = (body: string) => `市委书记深入社区检查疫情防控工作\n　　9月6日，市委书记吴俊清、市委副书记李国华深入东关社区检查疫情防控工作。\n${body}`;

  test("the quoted order is the named official's; the short sentence naming him orders nothing", () => {
    const d = directives(page("　　“要把核酸检测作为发现疫情的关键手段，做到应检尽检。”李国华说。"));
    assert.deepEqual(d, [["李国华", "“要把核酸检测作为发现疫情的关键手段，做到应检尽检。”"]]);
  });

  test("a quotation of several sentences, a pronoun after it, an addressee after the verb", () => {
    const d = directives(
      page("　　吴俊清来到核酸采样点。“采样点要合理设置。要切实做好困难群众生活保障。”他说。\n　　“务必守好社区大门。”吴俊清叮嘱社区工作人员。"),
    );
    assert.deepEqual(d, [
      ["吴俊清", "“采样点要合理设置。"],
      ["吴俊清", "要切实做好困难群众生活保障。”"],
      ["吴俊清", "“务必守好社区大门。”"],
    ]);
  });

  test("a resident's words and an official's pledge are no one's order", () => {
    const d = directives(
      page("　　“有了采样点，我们要做核酸方便多了。”居民张大爷说。\n　　“我们将坚决落实市委要求，守好社区大门。”社区党委书记王丽表示。"),
    );
    assert.deepEqual(d, []);
  });

  test("the sentence naming the speaker closes the quotation: it hands no floor on, as a lone `X强调:` would", () => {
    const d = directives(page("　　“要把核酸检测作为发现疫情的关键手段。”李国华强调。\n　　社区工作人员进一步加强巡查管控。"));
    assert.deepEqual(d, [["李国华", "“要把核酸检测作为发现疫情的关键手段。”"]]);
  });

  test("a watchword that opens a sentence is no quotation of a speaker", () => {
    const d = directives(page("　　“动态清零”是总方针。李国华说。"));
    assert.deepEqual(d, []);
  });
});
