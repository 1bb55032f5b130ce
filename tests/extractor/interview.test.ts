import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { extract } from "../../src/extractor/index";

const directives = (text: string) => extract(text).directives.map((d) => [d.speaker, d.text]);

const lead = "让群众少跑腿——访市政务服务和数据管理局负责人\n日前，记者采访了市政务服务和数据管理局局长杭立诚。\n";

describe("interviews", () => {
  test("answers (答:) are the interviewee's, named after 采访 in the lead; questions order nothing", () => {
    const text = lead +
      "问：市委书记柏青山提出，要让企业办事“只进一扇门”。对此有哪些举措？\n" +
      "答：我们要设立“办不成事”反映窗口。\n" +
      "问：有观点认为，政务服务必须兼顾效率与安全。您怎么看？\n" +
      "答：这个观点我很赞同。所有部门必须落实数据安全责任。\n";
    assert.deepEqual(directives(text), [
      ["杭立诚", "答：我们要设立“办不成事”反映窗口。"],
      ["杭立诚", "所有部门必须落实数据安全责任。"],
    ]);
    const x = extract(text);
    assert.deepEqual(x.officials.find((o) => o.name === "杭立诚")?.roles, ["speaker"]);
    assert.deepEqual(x.officials.find((o) => o.name === "柏青山")?.roles, ["mentioned"]);
  });

  test("turns marked 记者: and by the answerer's name; an answer left unmarked after a question", () => {
    const named = lead + "记者：下一步有什么打算？\n杭立诚：各县区要设立帮办窗口。\n";
    assert.deepEqual(directives(named), [["杭立诚", "杭立诚：各县区要设立帮办窗口。"]]);
    const unmarked = lead + "问：下一步有什么打算？\n各县区要设立帮办窗口。\n";
    assert.deepEqual(directives(unmarked), [["杭立诚", "各县区要设立帮办窗口。"]]);
  });

  test("with no official named before the first turn the answers' orders have no speaker", () => {
    const text = "让群众少跑腿\n日前，记者采访了有关负责人。\n问：下一步有什么打算？\n答：各县区要设立帮办窗口。今年以来共办件12万件。\n";
    assert.deepEqual(directives(text), [[null, "答：各县区要设立帮办窗口。"]]);
  });
  test("a byline 记者:… asks nothing: the report is read as a report", () => {
    const text = "全市防汛工作会议召开\n记者：詹若溪\n5月3日，市长罗成主持召开全市防汛工作会议。\n各地要压实责任。\n罗成强调，要严防死守。\n";
    assert.deepEqual(directives(text), [["罗成", "罗成强调，要严防死守。"]]);
  });
});

describe("interviews with people who hold no office", () => {
  test("a turn marked with a non-official's name (`项天佑:`) orders nothing, nor is it the official's", () => {
    const text = "甘泽民主持召开企业家座谈会\n副省长甘泽民主持座谈会，云图科技董事长项天佑发言。\n甘泽民强调，要优化营商环境。\n记者：企业有什么感受？\n项天佑：我们希望政府要继续保持政策稳定。\n企业要加大研发投入。\n";
    assert.deepEqual(directives(text), [["甘泽民", "甘泽民强调，要优化营商环境。"]]);
  });

  test("an interviewee described as a company's chairman answers (答:) for no official; an official's lead-in ends the interview", () => {
    const text = "甘泽民主持召开企业家座谈会\n副省长甘泽民主持座谈会并讲话。\n会后，记者采访了云图科技股份有限公司董事长项天佑。\n" +
      "问：企业有什么感受？\n答：我们希望政府要继续保持政策稳定。\n企业要加大研发投入。\n甘泽民表示，各部门要做好服务。\n";
    assert.deepEqual(directives(text), [["甘泽民", "甘泽民表示，各部门要做好服务。"]]);
  });
});
