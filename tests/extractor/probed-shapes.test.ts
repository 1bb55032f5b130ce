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

describe("party-building reports: 当前 as an object, a superior's speech praised, 随后", () => {
  test("当前 after a verb or a preposition names the work an order is about", () => {
    const d = directives("区委书记鲁成岭主持召开学习会。他强调，扎实做好当前各项工作，切实把成果与当前工作结合起来。");
    assert.deepEqual(d.map((x) => x[0]), ["鲁成岭"]);
  });

  test("当前 opening its clause still reports how things stand", () => {
    const d = directives("区委书记鲁成岭主持召开学习会。他指出，当前各项工作扎实推进。");
    assert.deepEqual(d, []);
  });

  test("X书记的讲话站位高 inside a speaker's paragraph leaves the speaker's orders after it", () => {
    const d = directives(
      "县委书记祁文澜主持召开常委会。\n祁文澜指出，市委全会是一次重要会议。郑海川书记的讲话站位高、思路明，为我们提供了工作指南。各部门要精心组织实施。要把各项任务细化分解。\n",
    );
    assert.deepEqual(d.map((x) => x[0]), ["祁文澜", "祁文澜"]);
  });

  test("a named leader opening a sentence as its actor still ends the speaker's turn", () => {
    const d = directives("县委书记祁文澜主持召开常委会。\n祁文澜指出，要精心组织实施。副县长郑海川汇报了有关情况，各部门要抓好落实。\n");
    assert.deepEqual(d.map((x) => x[0]), ["祁文澜"]);
  });

  test("要清醒地看到,… opening a sentence turns to the shortcomings, it orders nothing", () => {
    const d = directives("县委书记祁文澜出席会议并讲话。祁文澜指出，要清醒地看到，全县产业仍然存在不少短板。要加快补齐短板。");
    assert.deepEqual(d.map((x) => x[1]), ["要加快补齐短板。"]);
  });

  test("the writers' credit in brackets after the last point is no order", () => {
    const d = directives("副县长祁文澜出席会议。他强调，一要善于谋划。要立足长远。二要善于统筹。(县政府办 马青 县农业局 柯远)\n");
    assert.deepEqual(d.map((x) => x[1]), ["他强调，一要善于谋划。", "要立足长远。", "二要善于统筹。"]);
  });

  test("a post alone before a topic (镇党委书记就…提出四点意见:一要…) speaks its points", () => {
    const d = directives("镇里召开述职评议会。述职后，镇党委书记就做好党建工作提出两点意见：一要压实责任；二要严格制度。");
    assert.deepEqual(d.map((x) => x[0]), ["镇党委书记"]);
  });

  test("村里的支书和主任: 支书 is a post, no name", () => {
    const x = extract("镇党委书记程雅出席会议，各村的支书和主任参加会议。");
    assert.deepEqual(x.officials.map((o) => o.name), ["程雅"]);
  });

  test("最后镇党委副书记、镇长X讲意见:一是… gives X's titles without 最后, and X's points", () => {
    const x = extract("镇里召开驻村工作对接会。最后镇党委副书记、镇长柏文清讲意见：一是希望驻村干部尽快熟悉村情；二是切实改变村容村貌。");
    assert.deepEqual(x.officials.map((o) => [o.name, o.titles]), [["柏文清", ["镇党委副书记", "镇长"]]]);
    assert.deepEqual(x.directives.map((d) => d.speaker), ["柏文清"]);
  });

  test("向村支部书记解释…: 解释 is no name", () => {
    const x = extract("镇长柏文清出席会议，并向三个村支部书记解释什么是软弱涣散村。");
    assert.deepEqual(x.officials.map((o) => o.name), ["柏文清"]);
  });

  test("X出席会议并就…作了强调:一、… gives X the points; 该镇 is no part of the title", () => {
    const x = extract("文溪镇召开党建工作会议。\n该镇党委书记柏文清同志出席会议并就做好党建工作作了强调：一、要压实责任。二、要查找薄弱环节。\n");
    assert.deepEqual(x.officials.map((o) => [o.name, o.titles]), [["柏文清", ["党委书记"]]]);
    assert.deepEqual(x.directives.map((d) => d.speaker), ["柏文清", "柏文清"]);
  });

  test("县长X组织召开…会议: the official who convenes chairs", () => {
    const x = extract("1月7日，县长柏文清组织召开全县信访形势分析研判会议。会议要求，要抓好矛盾纠纷排查。");
    assert.equal(x.meta.chair, "柏文清");
  });

  test("…是贯彻落实…的重要实践: a pair of verbs after the copula qualifies a noun", () => {
    const d = directives("区委书记柏文清出席。柏文清指出，开展环境整治是贯彻落实全会精神的一项重要实践。");
    assert.deepEqual(d, []);
  });

  test("区政府副区长X: the district's government is no name", () => {
    const x = extract("镇里召开推进会，区政府副区长、镇党委书记柏文清作了部署。");
    assert.deepEqual(x.officials.map((o) => o.name), ["柏文清"]);
  });

  test("会议明确了…三项重点任务: heads the points after it, on its line or on their own", () => {
    const lines = directives("镇长柏文清主持召开推进会。\n会议明确了下一阶段两项重点任务：\n（一）开展党员教育专项整治，4月底前完成。\n（二）推进村级阵地建设，6月底前完成。\n");
    assert.deepEqual(lines.map((x) => x[0]), ["会议", "会议"]);
    const inline = directives("镇长柏文清主持召开推进会。会议明确了两项重点任务：开展党员教育专项整治；推进村级阵地建设。");
    assert.deepEqual(inline.map((x) => x[0]), ["会议"]);
  });

  test("指出了存在的问题: what was said, reported, orders nothing", () => {
    assert.deepEqual(directives("镇长柏文清主持召开推进会。会议指出了存在的问题：台账不全；整改滞后。"), []);
  });

  test("X组织召开 and X讲意见 end a three-character name, even beside a two-character one it holds", () => {
    const x = extract("镇长田力亮组织召开推进会。镇党委书记田力出席会议。最后镇党委副书记向霞讲意见：一是要抓好落实。");
    assert.deepEqual(x.officials.map((o) => o.name), ["田力亮", "田力", "向霞"]);
  });

  test("各委员随后…: 随后 is no name", () => {
    const x = extract("学院党委书记程雅主持学习会。各党委委员随后交流了学习体会。");
    assert.deepEqual(x.officials.map((o) => o.name), ["程雅"]);
  });
});
