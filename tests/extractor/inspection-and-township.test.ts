/**
 * Rules from the seventh batch of our reports (zzq- to zzt-): a congress's law-enforcement
 * inspection, a warning-education conference, a flood dispatch video meeting, a township
 * cadre meeting copied from a WeChat account.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { extract } from "../../src/extractor/index";

const officials = (text: string) => Object.fromEntries(extract(text).officials.map((o) => [o.name, o]));
const directives = (text: string) => extract(text).directives.map((d) => [d.speaker, d.text]);

describe("congress committees and deputy posts", () => {
  test("与 inside an organ's name keeps the title whole (环境与资源保护委员会主任委员)", () => {
    const o = officials("副组长、省人大环境与资源保护委员会主任委员钟雅琴，省人大环境与资源保护委员会副主任委员覃振宇参加检查。");
    assert.deepEqual(o["钟雅琴"]?.titles, ["副组长", "省人大环境与资源保护委员会主任委员"]);
    assert.deepEqual(o["覃振宇"]?.titles, ["省人大环境与资源保护委员会副主任委员"]);
  });

  test("与 between two people or two organs still ends a title", () => {
    const o = officials("市委书记与市长刘建华出席会议。");
    assert.deepEqual(o["刘建华"]?.titles, ["市长"]);
  });
});

describe("lead-ins", () => {
  test("a name with a deputy post after it speaks (郝建军副镇长要求)", () => {
    const d = directives("镇党委委员、副镇长郝建军出席。郝建军副镇长要求，各村要开展拉网式排查。");
    assert.deepEqual(d, [["郝建军", "郝建军副镇长要求，各村要开展拉网式排查。"]]);
  });

  test("an adverb between the subject and the topic (X还就…提出要求)", () => {
    const d = directives("镇党委书记戚明远主持会议。戚明远还就作风建设提出要求，全体干部要严守工作纪律。镇纪委要加强督导检查。");
    assert.deepEqual(d.map((x) => x[0]), ["戚明远", "戚明远"]);
  });

  test("a topic in a later clause is the sentence subject's, and its points follow (X对…给予肯定，并就…提出要求。一是要…)", () => {
    const d = directives(
      "省人大常委会副主任令狐建平出席。令狐建平对我市工作给予肯定，并就抓好问题整改提出要求。一是要提高政治站位，压实法定责任。二是要严格执法监管。",
    );
    assert.deepEqual(d.slice(-2), [
      ["令狐建平", "一是要提高政治站位，压实法定责任。"],
      ["令狐建平", "二是要严格执法监管。"],
    ]);
  });

  test("a pronoun after the official who opens its own sentence is that official", () => {
    const d = directives(
      "镇党委书记戚明远主持会议。在大王庄村，村党支部书记杜长顺介绍了做法。戚明远对大王庄村的做法给予肯定，他叮嘱，各村要互学互鉴。",
    );
    assert.deepEqual(d, [["戚明远", "戚明远对大王庄村的做法给予肯定，他叮嘱，各村要互学互鉴。"]]);
  });

  test("a name in a setting before the pronoun is not its referent (在市委书记X陪同下，他…)", () => {
    const d = directives("省委书记龚立衡到临川调研。市委书记尚泽民陪同。\n龚立衡来到临川港。在市委书记尚泽民陪同下，他强调，要抓好防汛工作。");
    assert.deepEqual(d.map((x) => x[0]), ["龚立衡"]);
  });
});

describe("cases told at a warning conference", () => {
  test("a withheld name (王某) after a chain of titles is masked and keeps the whole chain", () => {
    const o = officials("3.县卫生健康局原党组成员、副局长王某违规接受宴请问题。王某受到党内严重警告处分。");
    assert.equal(o["王某"]?.masked, true);
    assert.deepEqual(o["王某"].titles, ["县卫生健康局原党组成员", "副局长"]);
  });
});

describe("a leader called by surname and post", () => {
  test("温镇长, 戚书记 speak for the officials named in full before", () => {
    const d = directives("镇党委书记戚明远主持会议。镇党委副书记、镇长温晓岚出席。\n温镇长强调，各村要抓好产业发展。戚书记要求，包村干部要吃住在村。");
    assert.deepEqual(d.map((x) => x[0]), ["温晓岚", "戚明远"]);
  });

  test("a deputy is not called by the post without 副 (王县长 is the 县长), and two who fit leave the title", () => {
    const d = directives("镇党委副书记戚明远出席。\n戚书记要求，包村干部要吃住在村。");
    assert.deepEqual(d.map((x) => x[0]), ["戚书记"]);
    const deputy = directives("县委书记王建国、副县长王晓丽出席。县委副书记、县长王志强讲话。\n王县长要求，各乡镇要抓好春耕。");
    assert.deepEqual(deputy.map((x) => x[0]), ["王志强"]);
    const two = directives("县委书记王建国、县纪委书记王晓丽出席。\n王书记要求，各乡镇要抓好春耕。");
    assert.deepEqual(two.map((x) => x[0]), ["王书记"]);
  });
});

describe("a leader narrated by surname and post", () => {
  test("吴书记 opening a sentence of narrative is whom the 他 of the next one means", () => {
    const d = directives(
      "市委书记吴俊清到临川县调研。县委书记王国强陪同。\n　　在高速公路卡口，吴书记详细询问了人员查验情况。他指出，要严格落实查验措施。",
    );
    assert.deepEqual(d, [["吴俊清", "他指出，要严格落实查验措施。"]]);
  });
});

describe("meetings", () => {
  test("an office's organ is no meeting (…常委会副主任); a tour's bare 反馈会 names none either, as 座谈会 does not", () => {
    const x = extract(
      "执法检查组来我市检查安全生产法实施情况\n来源：临川日报　发布时间：2025-09-12\n　　9月10日至11日，省人大常委会副主任、执法检查组组长上官文涛带队来我市检查。\n　　11日下午，执法检查组召开反馈会。上官文涛讲话。",
    );
    assert.equal(x.meta.meeting, null);
  });

  test("meetings named by how they are held or what is done there (调度视频会, 集体廉政谈话会)", () => {
    const at = (lead: string) => extract(`会议召开\n2025-06-28　来源：沅州市人民政府网\n　　${lead}`).meta.meeting;
    assert.equal(at("6月27日下午，全市防汛抗旱调度视频会召开。市长伍振华讲话。"), "全市防汛抗旱调度视频会");
    assert.equal(at("8月19日，县纪委监委召开警示教育暨集体廉政谈话会，县纪委书记单于志刚出席会议并讲话。"), "警示教育暨集体廉政谈话会");
  });
});

describe("an inspection team's feedback", () => {
  const page = (body: string) => `省人大常委会执法检查组向我市反馈检查情况\n发布时间：2025-10-22　来源：临州市人大常委会\n　　${body}`;

  test("提出 opening a later clause speaks for the sentence's subject (…反馈检查情况，并提出意见建议：一是…)", () => {
    const d = directives(page("10月21日，执法检查组副组长、省人大常委会委员仲孙明辉代表执法检查组反馈检查情况，并提出意见建议：一是要压实属地责任。二是要加强入河排污口整治。"));
    assert.deepEqual(d.map((x) => x[0]), ["仲孙明辉", "仲孙明辉"]);
  });

  test("a congress's standing committee before one of its bodies is no meeting (省人大常委会执法检查组向…)", () => {
    assert.equal(extract(page("10月21日，省人大常委会执法检查组向我市反馈检查情况。")).meta.meeting, null);
  });

  test("a team's member named with the office in an aside (执法检查组成员葛天成（省人大常委会委员）)", () => {
    const o = officials(page("执法检查组成员葛天成（省人大常委会委员）参加反馈会。"));
    assert.deepEqual(o["葛天成"]?.titles, ["省人大常委会委员"]);
  });
});


describe("an inspector's verdict", () => {
  const text = (verdict: string) => `督导组组长、省卫生健康委副主任梁启东反馈督导情况。梁启东指出，${verdict}梁启东要求，各县区要建立整改台账。`;

  for (const verdict of ["赤溪市委、市政府高度重视疫情防控工作，各项防控措施总体落实到位。", "全市各项防控措施基本落实，责任落实有力。"]) {
    test(`the work as the inspector found it orders nothing: ${verdict}`, () => {
      assert.deepEqual(directives(text(verdict)).map((d) => String(d[1]).slice(0, 5)), ["梁启东要求"]);
    });
  }

  test("an order to take it seriously is still an order", () => {
    assert.equal(directives(text("各级党委政府要高度重视，切实抓好整改落实。")).length, 2);
  });
});
