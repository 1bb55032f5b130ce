import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { extract } from "../../src/extractor/index";

// Rules met in Spring Festival visits, CPPCC consultations, 专题会 with numbered points and
// speech transcripts: who holds an office now, and who speaks when no one is named.

const officials = (text: string) => Object.fromEntries(extract(text).officials.map((o) => [o.name, o.titles]));
const directives = (text: string) => extract(text).directives.map((d) => [d.speaker, d.text]);

describe("offices held now", () => {
  test("a retired cadre's former office (原…) makes no official; the visitor is one", () => {
    const o = officials("市长严振华走访慰问了老干部、原市人大常委会副主任屈文渊，向他致以新春祝福。严振华说，要用心用情做好老干部服务工作。");
    assert.deepEqual(Object.keys(o), ["严振华"]);
    // A place named 原… is no former office, nor is a level that the place's name holds.
    assert.deepEqual(officials("原平市委书记柯明远主持会议。")["柯明远"], ["原平市委书记"]);
    assert.deepEqual(officials("原州区委书记马明远主持会议。")["马明远"], ["原州区委书记"]);
  });

  test("a private practice's post (…律师事务所主任) is no title of an official who holds a public one", () => {
    const o = officials("座谈会上，市政协委员、明德律师事务所主任任远，市政协委员、市第一人民医院副院长邢佳禾先后发言。");
    assert.deepEqual(o["任远"], ["市政协委员"]);
    assert.deepEqual(o["邢佳禾"], ["市政协委员", "市第一人民医院副院长"]);
    // With only the firm's post, no official at all.
    assert.equal(officials("明德律师事务所主任任远介绍了情况。")["任远"], undefined);
  });

  test("an unjoined Mongolian name of five characters after a title, named again", () => {
    const o = officials("市委副书记、市长图门巴雅尔，市政协主席邝秋实走访慰问。图门巴雅尔来到环卫所。");
    assert.deepEqual(o["图门巴雅尔"], ["市委副书记", "市长"]);
    // A long run with a report's word inside it is not read as one name.
    assert.equal(officials("州长尼玛次仁主持会议。尼玛次仁主持会议。")["尼玛次仁主持"], undefined);
  });

  test("a Mongolian name that opens like a Han surname runs to its end (乌兰其其格)", () => {
    const o = officials("市委书记宋立言，市委副书记、市长乌兰其其格分别带队走访慰问。");
    assert.deepEqual(o["乌兰其其格"], ["市委副书记", "市长"]);
  });

  test("a CPPCC member named before 委员 as he speaks (邢佳禾委员建议) is an official; an organ before 委员 is none", () => {
    const text = "市政协主席宋怀瑾主持会议。邢佳禾委员建议，要完善流动机制。冷清秋委员提出，应加大培训力度。\n区政协委员参加会议。纪委委员列席。";
    assert.deepEqual(officials(text), { 宋怀瑾: ["市政协主席"], 邢佳禾: ["委员"], 冷清秋: ["委员"] });
    assert.deepEqual(directives(text), [["冷清秋", "冷清秋委员提出，应加大培训力度。"]]);
  });

  test("a minority name between two separators of a list is one name (巴图孟和), no more", () => {
    const o = officials("县领导祝长青、巴图孟和、焦慧敏分别带队走访慰问。");
    assert.deepEqual(Object.keys(o), ["祝长青", "巴图孟和", "焦慧敏"]);
  });

  test("a CPPCC member described by a work unit with no post holds the office before it", () => {
    const o = officials("会上，政协委员、江陵康养集团有限公司总经理费思远，政协委员、江陵大学教授苏芷先后发言。");
    assert.deepEqual(o["费思远"], ["政协委员"]);
    assert.deepEqual(o["苏芷"], ["政协委员"]);
    // With no office before it, a work unit makes no official.
    assert.deepEqual(Object.keys(officials("会上，江陵大学教授苏芷发言。")), []);
  });
});

describe("who speaks", () => {
  test("a lone heading that requires (会议要求:) orders nothing itself; its points are the meeting's", () => {
    const d = directives("副市长柏青远主持召开专题会。\n会议要求：\n1.市住建局要建立项目库。\n2.各县区要压实属地责任。");
    assert.deepEqual(d, [
      ["会议", "1.市住建局要建立项目库。"],
      ["会议", "2.各县区要压实属地责任。"],
    ]);
  });

  test("leaders as a group (市领导们…叮嘱) speak with no one's name, not the last official's", () => {
    const d = directives("副市长欧阳芷若来到火车站。她要求，各部门要做好旅客疏导。\n慰问中，市领导们向大家致以新春祝福，并叮嘱各地要扎实做好困难群众生活保障。");
    assert.deepEqual(d.map((x) => x[0]), ["欧阳芷若", null]);
    // The label before one name is that official's; before a list, the group's.
    assert.deepEqual(directives("市委书记贺承泽出席。\n慰问中，市领导贺承泽来到社区，叮嘱社区干部要做好服务。").map((x) => x[0]), ["贺承泽"]);
    assert.deepEqual(directives("市委书记贺承泽、市长严振华出席。\n慰问中，市领导贺承泽、严振华向大家致以问候，并叮嘱各地要做好服务。").map((x) => x[0]), [null]);
    // 领导干部 is a noun, no group speaking.
    assert.deepEqual(directives("市长严振华主持会议。他强调，要压实责任。领导干部要带头落实。").map((x) => x[0]), ["严振华", "严振华"]);
  });

  test("他 opening an earlier clause speaks through 叮嘱 in a later one", () => {
    const d = directives("市人大常委会主任靳维民来到东风社区，看望老党员杜长林。他仔细询问老人的生活起居，叮嘱社区干部要常上门、多关心。");
    assert.deepEqual(d, [["靳维民", "他仔细询问老人的生活起居，叮嘱社区干部要常上门、多关心。"]]);
  });
});

describe("what a speech orders", () => {
  const speech = (body: string) => directives(`在区委全会上的讲话\n区委书记　司马鸿\n同志们：\n　　${body}`).map((x) => x[1]);

  test("a superior's short order, cited, heads no block of the speaker's own", () => {
    const d = speech("习近平总书记强调，要坚定不移推动高质量发展。全区上下深刻领会这一重要论述的丰富内涵。");
    assert.deepEqual(d, ["习近平总书记强调，要坚定不移推动高质量发展。"]);
  });

  test("a cited quotation of several sentences is the cited leader's to its closing mark", () => {
    const text = "在县委全会上的讲话\n县委书记　龙启明\n（2026年12月28日）\n同志们：\n　　习近平总书记指出：“我们要坚持稳中求进工作总基调。要完整准确全面贯彻新发展理念。”我们要认真学习领会。";
    assert.deepEqual(directives(text).map((x) => x[0]), ["习近平", "习近平", "龙启明"]);
    // Left open, the quotation ends with its paragraph.
    const open = "在县委全会上的讲话\n县委书记　龙启明\n（2026年12月28日）\n同志们：\n　　习近平总书记指出：“要坚持稳中求进。要贯彻新发展理念。\n　　我们要认真学习领会。";
    assert.deepEqual(directives(open).map((x) => x[0]), ["习近平", "习近平", "龙启明"]);
  });

  test("a definition with its subject after the copula (这是我们做好…的根本遵循) orders nothing", () => {
    assert.deepEqual(speech("这是我们做好一切工作的根本遵循。我们要做好一切工作。"), ["我们要做好一切工作。"]);
  });

  test("how work stands (总体推进有序) is assessment, though an action verb is in it", () => {
    const d = directives("副市长端木凯主持召开专题会。\n端木凯指出，城市更新工作总体推进有序。要加快项目建设。");
    assert.deepEqual(d, [["端木凯", "要加快项目建设。"]]);
  });
});

describe("transcript dateline", () => {
  test("the date line is found under the byline past the page's bars", () => {
    const m = extract("韦晓峰同志在区委九届六次全会上的讲话\n来源：区委办公室　发布时间：2026-08-02\n【字号：大 中 小】　【分享到：】\n\n区委书记　韦晓峰\n（2026年7月30日）\n\n同志们：\n要抓好项目建设。").meta;
    assert.equal(m.eventDate, "2026-07-30");
  });
});
