/**
 * Shapes met on real pages from courts, public security bureaus and universities, each
 * rewritten here in our own words with invented people and places: the surname 老, the
 * meeting told as the subject of its business, 和 between two things relayed, a session
 * opened or closed, 当前 inside a clause, 将要, the militia meeting and its chair.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { extract } from "../../src/extractor/index";

const officials = (text: string) => Object.fromEntries(extract(text).officials.map((o) => [o.name, o]));
const directives = (text: string) => extract(text).directives.map((d) => [d.speaker, d.text]);

describe("the surname 老", () => {
  test("市长老X is the mayor, not a 长老", () => {
    const x = extract("3月2日，全市综治工作会议召开。市委副书记、市长老德润主持会议。");
    assert.deepEqual(x.officials.map((o) => [o.name, o.titles]), [["老德润", ["市委副书记", "市长"]]]);
    assert.equal(x.meta.chair, "老德润");
  });

  test("the words 老 opens are no names", () => {
    const x = extract("县委书记柯文远强调，要关心关爱老同志、老党员，切实解决老旧小区改造难题。");
    assert.deepEqual(x.officials.map((o) => o.name), ["柯文远"]);
  });
});

describe("the meeting as the subject of its business", () => {
  test("会议深入学习… after a sub-headline of names orders nothing", () => {
    const d = directives(
      "全县政法工作会议召开\n柯文远出席并讲话 汤明远主持\n3月4日，全县政法工作会议召开。会议深入学习贯彻上级会议精神，全面落实市委工作要求，全力推进平安建设。县委书记柯文远出席会议并讲话。\n柯文远强调，要坚决守牢安全底线。",
    );
    assert.deepEqual(d, [["柯文远", "柯文远强调，要坚决守牢安全底线。"]]);
  });

  test("what the meeting said still speaks through its speech verb", () => {
    const d = directives("县委书记柯文远出席会议并讲话。会议听取了各乡镇工作汇报。会议还要求，各乡镇要严格落实值班制度。");
    assert.deepEqual(d, [["会议", "会议还要求，各乡镇要严格落实值班制度。"]]);
  });
});

describe("two things relayed, joined by 和", () => {
  test("…的讲话和某办公室主任X: the title starts after the 和", () => {
    const o = officials("会议传达了上级检察院副检察长鲍立言的讲话和市检察院案件管理办公室主任隋海明的发言。");
    assert.deepEqual(o["隋海明"]?.titles, ["市检察院案件管理办公室主任"]);
  });

  test("和 inside an organ's name still joins its halves", () => {
    const o = officials("市住房和城乡建设局局长隋海明出席。");
    assert.deepEqual(o["隋海明"]?.titles, ["市住房和城乡建设局局长"]);
  });
});

describe("a session told as opened or closed", () => {
  test("…会议1月15日上午闭幕 names the meeting", () => {
    const x = extract("全省检察工作会议闭幕\n在完成各项议程后，全省检察工作会议1月15日上午闭幕。省检察院检察长鲍立言作总结讲话。");
    assert.equal(x.meta.meeting, "全省检察工作会议");
  });

  test("…大会今天开幕 names the meeting", () => {
    const x = extract("南川县第五次党代会今天上午开幕。县委书记柯文远代表县委作报告。");
    assert.equal(x.meta.meeting, "南川县第五次党代会");
  });
});

describe("when 当前 tells how things stand", () => {
  test("opening its clause, 当前 is assessment: action verbs order nothing", () => {
    const d = directives("县委书记柯文远强调，要守牢底线。\n当前，全县汛情总体可控，各项措施扎实推进。");
    assert.deepEqual(d.map((x) => x[1]), ["县委书记柯文远强调，要守牢底线。"]);
  });

  test("inside a clause (认清当前形势), it qualifies the order and the speaker goes on", () => {
    const d = directives("县委书记柯文远说，抓好武装工作是各级党委的职责。\n面对新任务，我们要充分认清当前形势，不断强化责任意识。");
    assert.deepEqual(d, [["柯文远", "面对新任务，我们要充分认清当前形势，不断强化责任意识。"]]);
  });

  test("an action verb beside 当前 inside a clause still orders under a heading", () => {
    const d = directives("会议强调\n既从当前形势充分认识工作的紧迫性，又从长远充分认识其重要性，切实把学习成果转化为实际行动。");
    assert.equal(d.length, 1);
    assert.equal(d[0][0], "会议");
  });
});

describe("words that look modal or ordering and are not", () => {
  test("将要召开 tells what is coming, it orders nothing", () => {
    const d = directives("区委书记柯文远指出，明年党代会将要召开，这是具有十分重要意义的一年。要扎实做好各项准备。");
    assert.deepEqual(d.map((x) => x[1]), ["要扎实做好各项准备。"]);
  });
});

describe("the militia meeting and its chair", () => {
  test("议军会 is a meeting, and a chair may be told with the place it met", () => {
    const x = extract("8月19日下午，市委书记盛文远在64102部队驻地主持召开市委常委议军会，研究武装工作。");
    assert.equal(x.meta.meeting, "市委常委议军会");
    assert.equal(x.meta.chair, "盛文远");
  });

  test("a place and a speech verb before 主持 give no chair", () => {
    const x = extract("市委书记盛文远在会上讲话并强调，要由各单位主持好本部门的学习。");
    assert.equal(x.meta.chair, null);
  });
});

describe("a name before 以及", () => {
  test("X以及… ends the name before the conjunction", () => {
    const o = officials("区党工委书记毕文远主持会议，区党工委副书记、管委会主任孟霄以及领导班子成员参加会议。");
    assert.deepEqual(o["孟霄"]?.titles, ["区党工委副书记", "管委会主任"]);
    assert.equal(o["孟霄以"], undefined);
  });
});

describe("a Party branch set up at a congress", () => {
  test("neither 党总支 nor 由团长 is a person", () => {
    const x = extract(
      "会议成立临时党总支，市委书记林文远担任临时党总支书记，各代表团临时党支部书记由团长担任。",
    );
    assert.deepEqual(x.officials.map((o) => o.name), ["林文远"]);
  });
});

describe("a watchword quoted inside a meeting's name", () => {
  test("read back from the verb: 全市“…”建设调度会议…召开", () => {
    const x = extract("7月6日下午，全市“三区一廊”建设调度会议在市行政中心召开。市委常委、秘书长柯文远主持并讲话。");
    assert.equal(x.meta.meeting, "全市“三区一廊”建设调度会议");
  });

  test("read on from the verb: 召开全市“…”生产工作会议", () => {
    const x = extract("6月2日，县委召开全县“三夏”生产工作会议，县委书记柯文远出席并讲话。");
    assert.equal(x.meta.meeting, "全县“三夏”生产工作会议");
  });

  test("a watchword relayed after the meeting is no part of its name", () => {
    const x = extract("6月2日，县委召开常委会会议，传达“两会”精神。县委书记柯文远主持会议。");
    assert.equal(x.meta.meeting, "常委会会议");
  });
});

describe("a consultation with parties and chambers of commerce", () => {
  test("the meeting is the 协商会 held, not the venue named after meetings", () => {
    const x = extract("8月29日，中共南川市委在市委会议中心召开本年度第二次政党协商会，听取各民主党派的建议。市委常委、统战部部长曹文远主持会议。");
    assert.equal(x.meta.meeting, "本年度第二次政党协商会");
    assert.equal(x.meta.chair, "曹文远");
  });

  test("a venue named after meetings names none", () => {
    const x = extract("8月29日，市委在市委会议中心召开会议，研究部署工作。市委书记柯文远主持。");
    assert.equal(x.meta.meeting, null);
  });

  test("a chamber of commerce's vice president holds no public office", () => {
    const o = officials("市工商联主席王志远主持会议。房地产商会副会长季海红以及企业代表在会上作了发言。");
    assert.deepEqual(Object.keys(o), ["王志远"]);
  });
});

describe("an education meeting's rostrum and speech", () => {
  test("a rank held as a post (副县级干部, 县长级干部) makes an official", () => {
    const o = officials("县委书记杨文远、县长级干部匡立群、县政府党组成员、副县级干部李太平出席会议。");
    assert.deepEqual(o["匡立群"]?.titles, ["县长级干部"]);
    assert.deepEqual(o["李太平"]?.titles, ["县政府党组成员", "副县级干部"]);
  });

  test("他谈了三点意见:一、…必须… gives the points to the speaker", () => {
    const d = directives("最后，县委书记杨文远发表了重要讲话。他谈了三点意见：一、尊师重教是优良传统，必须大力弘扬；二、教育事业关乎未来，必须优先发展。");
    assert.equal(d.length, 1);
    assert.equal(d[0][0], "杨文远");
  });

  test("讲了 before anything but a count of points hands no floor on", () => {
    const d = directives("县委书记杨文远为全体党员讲了一堂专题党课。大家要学习。");
    assert.deepEqual(d, []);
  });
});

describe("organs or rivers listed before a meeting's noun", () => {
  test("主持召开甲河、乙河河长联席会议 keeps the whole list in the name", () => {
    const x = extract("9月7日下午，县委常委、常务副县长姚文远主持召开青溪河、白沙河河长联席会议。");
    assert.equal(x.meta.meeting, "青溪河、白沙河河长联席会议");
  });

  test("县委、县政府联席会议 is one meeting; a 、 after the noun ends it", () => {
    assert.equal(extract("5月3日，县委书记王文远主持召开县委、县政府联席会议。").meta.meeting, "县委、县政府联席会议");
    assert.equal(extract("5月3日，县委召开专题会议、听取各乡镇汇报。").meta.meeting, "专题会议");
  });
});
