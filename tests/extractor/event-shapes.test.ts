/**
 * Rules met in the fifth batch's reports (zw- to zz-): a 会见 with a signing ceremony, a
 * county plenary's communiqué, a development zone's work meeting, a 民主生活会. Each test
 * states one rule on a short invented text.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { extract } from "../../src/extractor/index";

const officials = (text: string) => Object.fromEntries(extract(text).officials.map((o) => [o.name, o]));

describe("meetings named as ceremonies, plenaries and 生活会", () => {
  test("a signing ceremony attended is the meeting: 出席…签约仪式", () => {
    const m = extract("江城会见客人\n发布时间:2025-04-16\n4月15日,市委书记程立会见了客人一行。会见后,双方共同出席江城市人民政府与海川集团战略合作协议签约仪式。").meta;
    assert.equal(m.meeting, "江城市人民政府与海川集团战略合作协议签约仪式");
  });

  test("a ceremony as the subject: …签约仪式在…举行", () => {
    const m = extract("项目签约\n发布时间:2024-05-09\n5月8日,梧川市重大项目集中开工暨招商引资项目签约仪式在开发区举行。").meta;
    assert.equal(m.meeting, "梧川市重大项目集中开工暨招商引资项目签约仪式");
  });

  test("a communiqué's plenary, with its date and place between it and 举行", () => {
    const m = extract(
      "全会公报\n发布日期:2024-12-28\n中国共产党青岚县第十五届委员会第七次全体会议,于2024年12月27日在青岚举行。\n会后,县委常委会召开会议,研究贯彻落实措施。",
    ).meta;
    assert.equal(m.meeting, "中国共产党青岚县第十五届委员会第七次全体会议");
  });

  test("a 民主生活会 is a meeting", () => {
    const m = extract("县委常委班子召开民主生活会\n发布时间:2025-01-23\n1月22日,县委常委班子召开2024年度民主生活会。县委书记费承德主持会议。").meta;
    assert.equal(m.meeting, "2024年度民主生活会");
    assert.equal(m.chair, "费承德");
  });
});

describe("names and titles in these shapes", () => {
  test("a team or office named by what it does keeps its verb: 督导组组长, 调研组副组长, 监督检查室主任", () => {
    const o = officials("市委第二督导组组长、市人大常委会副主任房启明,调研组副组长屠秋雨到会指导。");
    assert.deepEqual(o["房启明"].titles, ["市委第二督导组组长", "市人大常委会副主任"]);
    assert.deepEqual(o["屠秋雨"].titles, ["调研组副组长"]);
    const p = officials("市纪委监委第二监督检查室主任景婉到会指导。");
    assert.deepEqual(p["景婉"].titles, ["市纪委监委第二监督检查室主任"]);
  });

  test("班子 after a post is no name: 县委常委班子召开…", () => {
    const o = officials("1月22日,县委常委班子召开民主生活会。县委常委、组织部部长沐春晖等班子成员作对照检查发言。");
    assert.deepEqual(Object.keys(o), ["沐春晖"]);
  });
});

describe("roles told, not quoted", () => {
  test("attendance: 参加会见, 到会指导, 出席 an event named in full", () => {
    const o = officials(
      "4月15日,市委书记程立会见了客人。会见后,程立与客人共同出席江城市人民政府与海川集团战略合作协议签约仪式。副市长庞宁,市政府秘书长覃远参加会见。副市长鲍齐到会指导。",
    );
    assert.deepEqual(o["程立"].roles, ["attendee"]);
    assert.deepEqual(o["庞宁"].roles, ["attendee"]);
    assert.deepEqual(o["覃远"].roles, ["attendee"]);
    assert.deepEqual(o["鲍齐"].roles, ["attendee"]);
  });

  test("a turn told: a list that 作交流发言, 作个人对照检查发言, 作了部署, 通报了…", () => {
    const o = officials(
      "会上,经济发展局局长邝岚通报了一季度经济指标完成情况。安全生产监督管理局局长沈秋、招商服务中心主任韦树作交流发言。县委副书记邵川,县委常委、组织部部长沐晖等班子成员逐一作个人对照检查发言。副县长苗村就安全生产工作作了部署。",
    );
    for (const n of ["邝岚", "沈秋", "韦树", "邵川", "沐晖", "苗村"]) assert.deepEqual(o[n].roles, ["speaker"], n);
  });

  test("no turn for one with a predicate of their own, or for one reported to", () => {
    const o = officials("县长梅雪主持会议,副县长沈秋作交流发言。乡镇负责人向县委书记费德通报了工作。");
    assert.deepEqual(o["梅雪"].roles, ["chair"]);
    assert.deepEqual(o["沈秋"].roles, ["speaker"]);
    assert.deepEqual(o["费德"].roles, ["mentioned"]);
  });

  test("就…作说明: 说明 is a noun there, no lead-in", () => {
    const o = officials("县委副书记、县长公孙明远就全县2025年主要预期目标作说明。");
    assert.deepEqual(o["公孙明远"].roles, ["mentioned"]);
  });
});

describe("who speaks in these shapes", () => {
  test("a 他 after a person introduced as holding no office is not the last official's", () => {
    const x = extract(
      "澜海集团董事长蒲天佑一行来访。签约仪式由市委常委、常务副市长邵行主持。副市长庞宁与集团副总裁计辰代表双方签约。\n蒲天佑在致辞中感谢市委、市政府的支持。他表示,集团将全力推进项目建设,确保一期工程年内开工。",
    );
    assert.deepEqual(x.directives, []);
    assert.deepEqual(Object.fromEntries(x.officials.map((o) => [o.name, o.roles])), { 邵行: ["chair"], 庞宁: ["mentioned"] });
  });

  test("a name-shaped word opening a sentence (尤其在…, 随后在…) is no such person", () => {
    const x = extract("市委书记程立强调,要抓好安全生产。尤其在汛期,要加强巡查。随后在企业察看时,他指出,要落实主体责任。");
    assert.deepEqual(x.directives.map((d) => d.speaker), ["程立", "程立", "程立"]);
  });

  test("work under way (正着力…, 正加快…) is told, not ordered; 真正落实 still orders", () => {
    const x = extract("市委书记程立强调,临渊正着力打造千亿级产业集群,配套体系完善。各地真正落实主体责任,推动项目落地。");
    assert.deepEqual(
      x.directives.map((d) => d.text),
      ["各地真正落实主体责任,推动项目落地。"],
    );
  });

  test("全会 speaks as 会议 does: 全会强调, 全会要求 and the points after it", () => {
    const x = extract("全会强调,做好明年工作,必须坚持稳中求进。全会要求,要聚焦产业强县。要深化改革。");
    assert.deepEqual(x.directives.map((d) => d.speaker), ["会议", "会议", "会议"]);
  });

  test("a meeting named as the subject speaks as 会议: 县委全会强调, 市委常委会指出, 市政府常务会议要求", () => {
    for (const lead of ["县委全会强调", "市委常委会指出", "市政府第十次常务会议要求", "本次全会号召"]) {
      const x = extract(`${lead},各级党组织要切实扛起责任。要加强督查。`);
      assert.deepEqual(x.directives.map((d) => d.speaker), ["会议", "会议"], lead);
    }
  });

  test("a clause with a verb or a modal before the noun is no meeting speaking: 贯彻落实全会要求", () => {
    const x = extract("市委书记程立强调,要抓好落实。各地各部门要认真贯彻落实全会要求,狠抓落实。");
    assert.deepEqual(x.directives.map((d) => d.speaker), ["程立", "程立"]);
  });

  test("a review's verb runs on into the speech verb: 督导组组长X点评指出, X总结指出", () => {
    const x = extract("市委督导组组长房启明点评指出,班子成员要带头整改。县委书记费承德总结指出,要抓好整改落实。");
    assert.deepEqual(x.directives.map((d) => d.speaker), ["房启明", "费承德"]);
  });

  test("高度重视 closing its clause is a verdict, not an order", () => {
    const x = extract("市委督导组组长房启明点评指出,县委常委班子对这次民主生活会高度重视,会前准备充分,是一次高质量的民主生活会。");
    assert.deepEqual(x.directives, []);
  });
});
