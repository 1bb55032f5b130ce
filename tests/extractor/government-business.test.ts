import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { extract } from "../../src/extractor/index";

// Shapes met in reports of government business: receptions of guests, ministries' system
// meetings, executive meetings and investment-promotion meetings.

const officials = (text: string) => Object.fromEntries(extract(text).officials.map((o) => [o.name, o.titles]));
const roles = (text: string) => Object.fromEntries(extract(text).officials.map((o) => [o.name, o.roles]));
const directives = (text: string) => extract(text).directives.map((d) => [d.speaker, d.text]);

describe("names and titles", () => {
  test("a headline that runs two leaders together gives the second only the post after the first's name", () => {
    const o = officials("江州省委书记罗启明省长葛文涛会见澜海市代表团\n8月3日,江州省委书记罗启明会见了澜海市代表团一行。江州省委副书记、省长葛文涛出席会见。");
    assert.deepEqual(o["罗启明"], ["江州省委书记"]);
    assert.deepEqual(new Set(o["葛文涛"]), new Set(["省长", "江州省委副书记"]));
  });

  test("a married name written with both surnames (四字) after a title closing its clause is whole", () => {
    const o = officials("副省长韩立群会见了澜海特区行政长官陈李秀芬。韩立群表示欢迎。");
    assert.deepEqual(o["陈李秀芬"], ["澜海特区行政长官"]);
    assert.equal(o["陈李秀"], undefined);
    // A three-character name before a word of the report stays three.
    assert.ok(officials("副市长王建国一行到厂区调研。")["王建国"]);
  });
  test("a watchword quoted inside the organ's name keeps the whole title, and the chain before it", () => {
    const o = officials("省委常委、省“三城同创、两违清零”工作领导小组组长薄远舟主持会议。县“两违”整治办主任乔立本参加。");
    assert.deepEqual(o["薄远舟"], ["省委常委", "省“三城同创、两违清零”工作领导小组组长"]);
    assert.deepEqual(o["乔立本"], ["县“两违”整治办主任"]);
    // A quoted slogan before a title in another clause stays out of it.
    assert.deepEqual(officials("会议传达了“六稳”要求,市长邝思成讲话。")["邝思成"], ["市长"]);
  });

  test("a foreign-affairs body opened by 对外 (市对外友协) is one organ with its post", () => {
    const o = officials("澄州市外办党组成员、市对外友协专职副会长闵立言参加活动。");
    assert.deepEqual(o["闵立言"], ["澄州市外办党组成员", "市对外友协专职副会长"]);
  });

  test("a commissioner's office (特派员公署) is an organ, and its deputy commissioner an official", () => {
    const o = officials("外交部驻澜海特派员公署副特派员柏思源表示,代表团对此行充满期待。");
    assert.deepEqual(Object.keys(o), ["柏思源"]);
    assert.deepEqual(o["柏思源"], ["外交部驻澜海特派员公署副特派员"]);
  });
});

describe("who attends", () => {
  test("those who sit in at a reception (会见时在座) attend it", () => {
    const r = roles("6月2日,省长葛文涛会见了澜海商会访问团一行。省政府秘书长郝思远,省商务厅厅长邬立新等会见时在座。");
    assert.deepEqual(r["郝思远"], ["attendee"]);
    assert.deepEqual(r["邬立新"], ["attendee"]);
  });

  test("a host province's leader who comes to give a greeting (到会致辞) attends and speaks", () => {
    const r = roles("5月9日,全国林草防火工作会议在江州召开。国家林草局副局长岑立本出席会议并讲话,江州省副省长祁文海到会致辞。");
    assert.deepEqual(r["祁文海"], ["speaker", "attendee"]);
  });
});

describe("who speaks in a lead that lists deeds", () => {
  test("a bare 讲话 closing its clause after a titled name is a turn; a speech cited (讲话精神) is none", () => {
    const r = roles("7月2日,省委召开全省经济工作汇报会。省委书记蔺长庚主持会议并讲话,省长邬立新讲话,省政协主席闻思远出席。");
    assert.deepEqual(r["邬立新"], ["speaker"]);
    assert.deepEqual(r["闻思远"], ["attendee"]);
    const r2 = roles("会议传达了省长邬立新讲话精神。县长符达主持会议。");
    assert.deepEqual(r2["邬立新"], ["mentioned"]);
  });
});

describe("what a host says", () => {
  test("a trend told at a reception (合作不断深化) orders nothing; a wish with an action verb still does", () => {
    const d = directives("省长葛文涛会见了澜海贸易局总裁一行。葛文涛指出,两地往来频繁,合作不断深化,机制日益完善。希望双方推动务实合作,进一步提升合作水平。");
    assert.deepEqual(d, [["葛文涛", "希望双方推动务实合作,进一步提升合作水平。"]]);
  });
});

describe("what a meeting weighs and what it looks back on", () => {
  test("a copula whose verb has a body as its subject (是全委聚焦…的具体行动) defines, it orders nothing", () => {
    const d = directives("省政协副主席邝立言主持会议。他强调,本次会议是全委聚焦发展大局履职尽责的具体行动。委员们要紧扣主题建言献策。");
    assert.deepEqual(d, [["邝立言", "委员们要紧扣主题建言献策。"]]);
    // 但是 opens no definition: the order after it stands.
    assert.equal(directives("副省长祁文海指出,但是各地加强监测的力度仍需加大。").length, 1);
  });

  test("a weight of meaning however worded (具有重大而深远的意义) is assessment", () => {
    const d = directives("国务委员葛长林指出,推进规划落实,对于全面建设现代化具有重大而深远的意义。要强化政策协同,抓好重点工程。");
    assert.deepEqual(d, [["葛长林", "要强化政策协同,抓好重点工程。"]]);
  });

  test("the year gone by told (在这一年中…扎实推动…) is narrative", () => {
    const d = directives("会议指出,在这一年中,系统干部职工埋头苦干,扎实推动区域协调发展。会议强调,要抓好来年重点任务。");
    assert.deepEqual(d.map((x) => x[1]), ["会议强调,要抓好来年重点任务。"]);
  });

  test("a joint meeting's convener (联席会议召集人X) holds an office", () => {
    const o = officials("受联席会议召集人柏立衡同志委托,发展改革委副主任蒯明轩主持会议并讲话。");
    assert.deepEqual(o["柏立衡"], ["联席会议召集人"]);
  });
});

describe("the state an order aims at", () => {
  test("a state after 做到 in its clause (做到…部署有力、推进有序) is the target, not a report", () => {
    const d = directives("市长柯立新强调,要深入贯彻全会精神,切实做到分管领导牵头抓总、部署有力、推进有序。全市工作推进有序,总体平稳。");
    assert.deepEqual(d.map((x) => x[1]), ["市长柯立新强调,要深入贯彻全会精神,切实做到分管领导牵头抓总、部署有力、推进有序。"]);
    const d2 = directives("市长柯立新强调,深入贯彻全会精神,切实做到分管领导牵头抓总、部署有力、推进有序。");
    assert.equal(d2.length, 1);
  });
});

describe("a host's pledge after a verdict", () => {
  test("a verdict of no action opening the sentence, then the host's 将 (项目质量高,我市将…), pledges", () => {
    const d = directives("市长柯立新在致辞中说,此次签约的项目质量高、潜力大,澄州将着力抓好协议落实,强化要素保障。各部门要主动靠前服务。");
    assert.deepEqual(d.map((x) => x[1]), ["各部门要主动靠前服务。"]);
    const d2 = directives("市委书记蔺长庚指出,企业是全市经济发展的重要支柱、创新创业的重要阵地,市委市政府将始终坚持鼓励支持。");
    assert.deepEqual(d2, []);
    // An order in the opening clause keeps the sentence an order.
    assert.equal(directives("市长柯立新强调,加强要素保障,各部门将协同推进。").length, 1);
  });
});

describe("a written instruction read out at a teleconference", () => {
  test("批示指出 speaks for the leader who gave the instruction, past its assessment", () => {
    const d = directives("国务院召开全国防汛工作电视电话会议。国务院总理柏正源作出重要批示。批示指出:防汛工作事关重大。去年,各地区取得积极成效。新的一年,要坚持人民至上,压实防汛责任。\n国务委员蒯立平出席会议。");
    assert.deepEqual(d, [["柏正源", "新的一年,要坚持人民至上,压实防汛责任。"]]);
  });

  test("an instruction told with its topic (X对…工作作出重要批示) speaks for X as well", () => {
    const d = directives("会前,国务院副总理柏正源对全省防汛工作作出重要批示。批示指出:防汛事关全局。新的一年,要压实防汛责任。");
    assert.deepEqual(d, [["柏正源", "新的一年,要压实防汛责任。"]]);
  });

  test("leaders who follow it in a branch venue (在分会场参加收听收看) attend", () => {
    const r = roles("6月2日,国务院召开全国安全生产电视电话会议。县领导柏立新、邝明远在分会场参加收听收看。");
    assert.deepEqual(r["邝明远"], ["attendee"]);
  });
});

describe("a guest's turn at a reception", () => {
  test("a guest introduced by a company post, narrated with a manner adverb (X愉快地回忆起…), keeps his 他 from the host", () => {
    const d = directives("3月2日,省长韩立群会见了澜海集团董事长郗博远一行。韩立群要求,有关部门要做好服务保障。\n郗博远愉快地回忆起多年前来访的情景。他希望双方进一步加强交流与合作。");
    assert.deepEqual(d, [["韩立群", "韩立群要求,有关部门要做好服务保障。"]]);
  });
});

describe("a deputy called by surname and post", () => {
  test("郑市长 for the one 常务副市长 surnamed 郑, when no one named holds 市长 itself", () => {
    const d = directives("5月9日,市委常委、常务副市长祁明远带队督查重点项目。祁市长强调,各县区要加快进度,确保项目按时完工。");
    assert.deepEqual(d, [["祁明远", "祁市长强调,各县区要加快进度,确保项目按时完工。"]]);
    // Two deputies of that surname leave it open.
    const d2 = directives("副市长祁明远、副市长祁立本带队督查。祁市长强调,各县区要加快进度。");
    assert.deepEqual(d2.map((x) => x[0]), ["祁市长"]);
  });
});

describe("who chairs", () => {
  test("X同志 and a long place before 主持 (X同志在区机关二楼会议室主持召开…) chairs", () => {
    const m = extract("9月3日下午,区委常委、副区长祁明远同志在区机关大院3号楼二楼会议室主持召开区政府常务会议。会议强调,各单位要抓紧推进各项工作。").meta;
    assert.equal(m.chair, "祁明远");
  });
});

describe("dates", () => {
  test("a lead that spaces the numbers from their units (4 月 28 日) dates the event", () => {
    const m = extract("更新时间:2024-05-01\n\n全区招商工作会议召开\n\n本报讯 4 月 30 日,全区招商工作会议召开。区长柯立新主持会议。").meta;
    assert.equal(m.eventDate, "2024-04-30");
  });
});
