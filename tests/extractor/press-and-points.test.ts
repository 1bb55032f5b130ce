/**
 * A press conference's questions asked by an outlet's reporter, `一要…。` points heading
 * their block, and what an official is reported to have said (说) without ordering it.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { extract } from "../../src/extractor/index";

const directives = (text: string) => extract(text).directives.map((d) => [d.speaker, d.text]);

const conference = "澄阳市召开新冠肺炎疫情防控新闻发布会\n10月19日下午，市政府新闻办召开新闻发布会。市卫健委副主任符振华、市疾控中心主任晏清出席发布会。市政府新闻办副主任黎雅琴主持发布会。\n";

describe("press conferences", () => {
  test("a question asked by an outlet's reporter orders nothing; the answer is the named answerer's", () => {
    const text = conference +
      "澄阳日报记者：各学校是否要恢复线下教学？\n" +
      "符振华：卫健部门正在进行综合评估。各学校要全面落实封闭管理。\n" +
      "电视台记者陶子涵：采样点排队时间过长怎么办？\n" +
      "晏清：各区要动态调整采样力量。\n";
    assert.deepEqual(directives(text), [
      ["符振华", "各学校要全面落实封闭管理。"],
      ["晏清", "晏清：各区要动态调整采样力量。"],
    ]);
    const x = extract(text);
    assert.ok(!x.officials.some((o) => o.name === "陶子涵"));
    // The host presides and answers nothing: no interviewee is presumed at a press conference.
    assert.deepEqual(x.officials.find((o) => o.name === "黎雅琴")?.roles, ["chair"]);
    assert.ok(x.officials.find((o) => o.name === "符振华")?.roles.includes("speaker"));
  });

  test("an answer left unmarked after an outlet's question has no speaker", () => {
    const text = conference + "澄阳日报记者：采样点排队时间过长怎么办？\n各区要动态调整采样力量。\n";
    assert.deepEqual(directives(text), [[null, "各区要动态调整采样力量。"]]);
  });

  test("a reporter named after a space, an outlet in brackets, an answerer who adds (补充:)", () => {
    const spaced = conference + "澄阳日报记者 陶子涵：采样点排队时间过长怎么办？\n晏清：各区要动态调整采样力量。\n";
    assert.deepEqual(directives(spaced), [["晏清", "晏清：各区要动态调整采样力量。"]]);
    const bracketed = conference + "【澄阳日报记者】采样点排队时间过长怎么办？\n晏清：各区要动态调整采样力量。\n符振华补充：各学校要落实封闭管理。\n";
    assert.deepEqual(directives(bracketed), [
      ["晏清", "晏清：各区要动态调整采样力量。"],
      ["符振华", "符振华补充：各学校要落实封闭管理。"],
    ]);
  });

  test("an unmarked answer (答:) at a press conference is no one named's, not the host's", () => {
    const text = conference + "记者：采样点排队时间过长怎么办？\n答：各区要动态调整采样力量。\n";
    assert.deepEqual(directives(text), [[null, "答：各区要动态调整采样力量。"]]);
    assert.deepEqual(extract(text).officials.find((o) => o.name === "黎雅琴")?.roles, ["chair"]);
  });

  test("an outlet and 记者 with no question is a byline, no turn", () => {
    const text = "澄阳日报记者：陶子涵\n市长罗成主持召开会议。\n各地要压实责任。\n罗成强调，要严防死守。\n";
    assert.deepEqual(directives(text), [["罗成", "罗成强调，要严防死守。"]]);
  });
});

describe("points and reported words", () => {
  test("a short `二要…。` point heads its block: the sentences after it are orders without a marker of their own", () => {
    const text = "市委书记桂明轩主持会议。\n桂明轩要求，一要精准开展流调溯源。第一时间查清活动轨迹。二要严格落实核酸检测。高风险区域实行“一天一检”，检测结果做到快出快报。\n";
    assert.deepEqual(directives(text).map((d) => d[1]), [
      "桂明轩要求，一要精准开展流调溯源。",
      "第一时间查清活动轨迹。",
      "二要严格落实核酸检测。",
      "高风险区域实行“一天一检”，检测结果做到快出快报。",
    ]);
  });

  test("what an official said (他说) orders only with a modal: an assessment with action verbs is none", () => {
    const text = "市委书记濮振宇督导检查。\n他说，随着气温下降，病毒传播风险进一步加大，取暖保供需求集中释放。各县区要提前储备物资。\n他说，群众生活物资保障是头等大事，各部门要提前储备生活必需品。\n";
    assert.deepEqual(directives(text), [
      ["濮振宇", "各县区要提前储备物资。"],
      ["濮振宇", "他说，群众生活物资保障是头等大事，各部门要提前储备生活必需品。"],
    ]);
  });
});

describe("attendance told with what the attendee does there", () => {
  test("those who attend a press conference and present (出席发布会,介绍…并回答记者提问) attend and speak", () => {
    const text = "澄阳市召开疫情防控新闻发布会\n10月19日下午，市政府新闻办召开新闻发布会。市卫健委副主任符振华，鹤鸣区副区长丘建业出席发布会，介绍有关情况并回答记者提问。\n";
    const roles = Object.fromEntries(extract(text).officials.map((o) => [o.name, o.roles]));
    assert.deepEqual(roles["符振华"], ["speaker", "attendee"]);
    assert.deepEqual(roles["丘建业"], ["speaker", "attendee"]);
  });

  test("those who accompany an inspection (陪同督导检查) attend it", () => {
    const text = "濮振宇督导检查疫情防控工作\n11月15日，市委书记濮振宇督导检查疫情防控工作。\n市委常委、秘书长伍靖宇，高新区党工委书记温汝成陪同督导检查。\n";
    const roles = Object.fromEntries(extract(text).officials.map((o) => [o.name, o.roles]));
    assert.deepEqual(roles["伍靖宇"], ["attendee"]);
    assert.deepEqual(roles["温汝成"], ["attendee"]);
  });
});

describe("a Taiwan-standard copy", () => {
  test("批覆 (Taiwan's 批复) follows a two-character name and is no part of it", () => {
    const text = "桂明軒主持全市疫情防控視頻調度會議\n9月2日晚，市委書記桂明軒主持會議。桂明軒注重，要堅決貫徹落實省委副書記、省長何云批覆規定，從嚴從緊落實各類措施。\n";
    const x = extract(text);
    assert.deepEqual(x.officials.find((o) => o.name === "何云")?.titles, ["省委副書記", "省長"]);
    assert.ok(!x.officials.some((o) => o.name === "何云批"));
  });
});
