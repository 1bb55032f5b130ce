/**
 * Shapes of text met on real pages of the genre, each rewritten here in our own words with
 * invented people and places: a leader called by given name and post, a lead-in after a
 * setting and a narrated deed, 不可 as a modal, speech verbs after a name, a bureau's chief
 * specialists.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { extract } from "../../src/extractor/index";

const officials = (text: string) => Object.fromEntries(extract(text).officials.map((o) => [o.name, o]));
const directives = (text: string) => extract(text).directives.map((d) => [d.speaker, d.text]);

describe("a leader called by given name and post", () => {
  test("宏远县长 is the 常务副县长 named in full before", () => {
    const d = directives("下午，常务副县长罗宏远来我镇召开推进会，宏远县长强调，要严格落实分包责任。");
    assert.deepEqual(d, [["罗宏远", "下午，常务副县长罗宏远来我镇召开推进会，宏远县长强调，要严格落实分包责任。"]]);
  });

  test("a given name that opens with a surname (利远县长) is no new person", () => {
    const x = extract("常务副县长符利远来到苇塘镇检查工作。利远县长强调，要严格落实“四早”要求。");
    assert.deepEqual(x.officials.map((o) => o.name), ["符利远"]);
    assert.deepEqual(x.directives.map((d) => d.speaker), ["符利远"]);
  });

  test("a given name two officials share leaves the title as it stands", () => {
    const d = directives("县长罗宏远、副县长邢宏远出席。宏远县长强调，要严格落实分包责任。");
    assert.deepEqual(d, [["宏远县长", "宏远县长强调，要严格落实分包责任。"]]);
  });

  test("a given name that fits no official's post is no one", () => {
    const d = directives("镇长罗宏远出席。宏远书记强调，要严格落实分包责任。");
    assert.notEqual(d[0]?.[0], "罗宏远");
  });
});

describe("a lead-in after a setting and a deed", () => {
  test("会上，X传达了…精神，他强调：… opens X's points", () => {
    const d = directives(
      "岭口镇召开疫情防控紧急会议\n1月9日，岭口镇召开疫情防控紧急会议。会上，镇党委书记苗振川传达了县会议精神，他强调：一是要加大返乡人员排查力度，确保不漏一人。二是加大重点场所巡查力度，暂停农贸集市。",
    );
    assert.deepEqual(
      d.map((x) => x[0]),
      ["苗振川", "苗振川"],
    );
  });

  test("a setting that names another official first is no setting of this subject", () => {
    const d = directives("在县委书记苗振川陪同下，他强调，要加大排查力度。");
    assert.deepEqual(d, []);
  });
});

describe("不可 as a modal", () => {
  test("防控不可松懈 orders; 不可替代 and 密不可分 describe", () => {
    assert.equal(directives("会议指出，防控工作不可松懈，口罩更不可以轻易摘下。").length, 1);
    assert.equal(directives("会议指出，基层网格的作用不可替代。").length, 0);
    assert.equal(directives("会议指出，发展与安全密不可分。").length, 0);
  });
});

describe("names before speech verbs", () => {
  test("发言人X提醒 ends the name at the verb, and the reminder is X's", () => {
    const x = extract("市卫健委新闻发言人范岚提醒广大市民，大家要做好个人防护。");
    assert.deepEqual(x.officials.map((o) => o.name), ["范岚"]);
    assert.deepEqual(x.directives.map((d) => d.speaker), ["范岚"]);
  });

  test("a bureau's chief economist holds an office", () => {
    assert.deepEqual(officials("市税务局总经济师阎立群介绍了减税降费情况。")["阎立群"]?.titles, ["市税务局总经济师"]);
  });
});

describe("the leader in charge", () => {
  test("分管领导X is an official with no title, and speaks through the 他 after the deed", () => {
    const x = extract("会上，分管领导闵绍先通报了返乡人员管控情况，他指出各村网格小组要发挥作用。");
    assert.deepEqual(x.officials.map((o) => [o.name, o.titles]), [["闵绍先", []]]);
    assert.deepEqual(x.directives.map((d) => d.speaker), ["闵绍先"]);
  });

  test("主管领导X reporting is an official too", () => {
    assert.ok(officials("主管领导鲍依然通报全镇疫情防控工作情况，提出工作要点。")["鲍依然"]);
  });
});

describe("an organ named after its task", () => {
  test("区委应对…领导小组组长 keeps 应对 and the title before it", () => {
    assert.deepEqual(officials("区委书记、区委应对疫情工作领导小组组长柏怀山督查全区疫情防控工作。")["柏怀山"]?.titles, [
      "区委书记",
      "区委应对疫情工作领导小组组长",
    ]);
  });
});

describe("points set line by line", () => {
  test("a page with no headline line: a point ending in ； is an order, not the headline", () => {
    const x = extract("区长蒋立新主持召开区政府常务会议，研究部署当前重点工作。\n会议指出\n要全力做好新时期的三农工作，千方百计建设宜居宜业的美丽乡村；\n要进一步做好疫情防控相关工作。");
    assert.equal(x.meta.title, null);
    assert.deepEqual(
      x.directives.map((d) => d.speaker),
      ["会议", "会议"],
    );
  });
});

describe("settings and qualifiers met on township pages", () => {
  test("会上 runs on into the titles with no comma (会上党委书记X传达了…，他强调：…)", () => {
    const d = directives("1月6日，岭口镇召开疫情防控紧急会议。会上党委书记苗振川传达了县会议精神，他强调：一是要加大排查力度，确保不漏一人。");
    assert.deepEqual(d.map((x) => x[0]), ["苗振川"]);
  });

  test("主持召开了…会议: the 了 is the verb's, not the meeting's", () => {
    assert.equal(extract("2月28日上午，县长、县政府党组书记王立卿主持召开了县政府党组理论学习中心组学习会议。").meta.meeting, "县政府党组理论学习中心组学习会议");
  });

  test("a meeting qualified by who chaired and who came is named after the last 的", () => {
    const x = extract("1月25日下午，铜溪镇召开了由镇长胡明义同志主持会议，各村（社区）和相关部门负责人参加的疫情防控工作会议。");
    assert.equal(x.meta.meeting, "疫情防控工作会议");
    assert.equal(x.meta.chair, "胡明义");
  });
});

describe("不可 in adjectives of assessment", () => {
  test("不可逾越, 势不可挡, 不可忽视 order nothing", () => {
    for (const s of ["会议指出，没有一个冬天不可逾越。", "会议指出，发展势头势不可挡。", "会议指出，基层网格的作用不可忽视。"]) assert.deepEqual(directives(s), [], s);
  });
});
