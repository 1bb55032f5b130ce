import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { extract } from "../../src/extractor/index";

const directives = (text: string) => extract(text).directives.map((d) => [d.speaker, d.text]);

describe("directives", () => {
  test("a named speaker's turn runs through the paragraph", () => {
    const text = "赵立新强调,要压实责任。要加强巡查,严防事故发生。\n会议以视频方式召开。";
    assert.deepEqual(directives(`市长赵立新主持会议。\n${text}`), [
      ["赵立新", "赵立新强调,要压实责任。"],
      ["赵立新", "要加强巡查,严防事故发生。"],
    ]);
  });

  test("a speech cited as a noun (讲话精神) names no speaker; a subject before `…后强调` does", () => {
    const d = directives("区委书记宗政晓峰主持召开会议,省委书记谈文博出席。宗政晓峰听取汇报后强调,要认真贯彻落实谈文博书记讲话精神。要盯紧安全生产。");
    assert.deepEqual(d.map((x) => x[0]), ["宗政晓峰", "宗政晓峰"]);
  });

  test("an answer at a press conference is the answerer's (回答说)", () => {
    const d = directives("省发展改革委副主任雍立平出席发布会。\n雍立平回答说,二季度要抓好三方面工作。一是抓项目稳投资,全力推动重点项目建设。");
    assert.deepEqual(d.map((x) => x[0]), ["雍立平", "雍立平"]);
  });

  test("a copyright notice after the last order is no order", () => {
    const d = directives("会议要求,要做好灾后恢复工作。\n版权所有:海澄县融媒体中心 未经许可,不得转载\n本站内容禁止转载。");
    assert.deepEqual(d, [["会议", "会议要求,要做好灾后恢复工作。"]]);
  });

  test("statistics and stock assessment in a speaker's turn are no orders; 大力 is an order's", () => {
    const d = directives("副主任雍立平出席。\n雍立平表示,一季度投资保持较快增长,重大项目建设进展顺利。规模以上工业增加值同比增长6.8%,保持较快增长。做好今年工作意义重大、任务艰巨。大力发展乡村特色产业。");
    assert.deepEqual(d, [["雍立平", "大力发展乡村特色产业。"]]);
  });

  test("a pronoun hands the turn to the official last narrated", () => {
    const d = directives("3月2日,市委书记孙建华主持召开专题会。他强调,要守牢安全底线。");
    assert.deepEqual(d, [["孙建华", "他强调,要守牢安全底线。"]]);
  });

  test("the meeting speaks as 会议, also after a lone heading line", () => {
    const d = directives("市长钱伟主持会议。\n会议强调:\n一、要压紧压实安全生产责任。\n二、要深入开展隐患排查。");
    assert.deepEqual(d.map((x) => x[0]), ["会议", "会议"]);
  });

  test("a plenary or a congress speaks as the meeting does: 全会强调, 大会号召", () => {
    const d = directives("2月17日，市纪委全体会议召开。\n全会强调，各级纪检监察机关要严格自身建设。全会号召，全市党员干部要团结一致、锐意进取。\n大会号召，全县人民要奋力完成全年目标。");
    assert.deepEqual(d.map((x) => x[0]), ["会议", "会议", "会议"]);
    // Inside a clause it is no subject: `在全会强调的…`.
    assert.deepEqual(directives("市委书记张明在讲话中回顾了全会强调的重点。"), []);
  });

  test("a call the meeting makes is the meeting's: 会议倡议, like 会议号召 (not the chair's)", () => {
    const d = directives("市委书记柯建华主持召开疫情防控工作会议。柯建华强调，要压实责任。\n会议倡议，全市居民要非必要不出市。");
    assert.deepEqual(d.map((x) => x[0]), ["柯建华", "会议"]);
  });

  test("a report speaks for the official who delivered it: 报告指出 after X作工作报告", () => {
    const text = "市委书记张明出席会议并讲话。他强调，要纠治“四风”。\n市委常委、市纪委书记苗晓峰代表市纪委常委会作工作报告。报告回顾了过去一年的工作。工作报告指出，要做实政治监督。要严防“灯下黑”。";
    const d = directives(text);
    assert.deepEqual(d.map((x) => x[0]), ["张明", "苗晓峰", "苗晓峰"]);
    assert.deepEqual(extract(text).officials.find((o) => o.name === "苗晓峰")?.roles, ["speaker"]);
    // With no report delivered, a report cited speaks for no one.
    assert.deepEqual(directives("会议听取了市发改委关于经济运行的报告。报告指出，要稳住投资。"), []);
  });

  test("sentences spelling out a short 要… heading are directives without markers of their own", () => {
    const d = directives("会议强调,要抓好三件事。要精心组织医疗救治。针对重症、高龄等特殊群体,“一人一策”分类救治。\n据悉,此次会议历时两小时。");
    assert.deepEqual(d.map((x) => x[1]), [
      "会议强调,要抓好三件事。",
      "要精心组织医疗救治。",
      "针对重症、高龄等特殊群体,“一人一策”分类救治。",
    ]);
  });

  test("a paragraph that opens with an order continues the speaker before it", () => {
    const d = directives("市长王刚主持会议。\n会议强调,要守牢安全底线。\n各级各部门要压实责任,严防事故。\n会议以视频方式召开。");
    assert.deepEqual(d.map((x) => x[0]), ["会议", "会议"]);
  });

  test("应 alone is a modal; the words that merely hold it (应急, 相应, 供应) are not", () => {
    const d = directives(
      "市长王刚主持会议。\n王刚要求,各区县应于月底前完成排查。\n王刚指出,市应急管理局物资供应充足,相应工作有序开展。",
    );
    assert.deepEqual(d, [["王刚", "王刚要求,各区县应于月底前完成排查。"]]);
  });

  test("direct speech in quotes is the speaker's own words; a quoted watchword is not", () => {
    const d = directives(
      "市长到化工园区检查安全生产\n3月2日,市长庞志刚到园区检查。\n庞志刚说:“各企业必须把安全责任落实到岗位。”\n他对园区负责人说:“要加快推进智能化改造。”\n庞志刚指出,“应检尽检”工作成效明显。",
    );
    assert.deepEqual(d, [
      ["庞志刚", "庞志刚说:“各企业必须把安全责任落实到岗位。”"],
      ["庞志刚", "他对园区负责人说:“要加快推进智能化改造。”"],
    ]);
  });

  test("告诫, 呼吁, 敦促 hand the floor to their subject like 强调", () => {
    const d = directives("市长庞志刚主持会议。\n会议强调,要守牢底线。庞志刚告诫,各级干部必须守住安全底线。");
    assert.deepEqual(d.map((x) => x[0]), ["会议", "庞志刚"]);
  });

  test("the points of a numbered list after an order go on in the same voice", () => {
    const d = directives("市长王刚主持会议。\n会议强调,各部门要做到以下几点:\n(一)提高政治站位。\n(二)狠抓责任落实。\n2、加强宣传引导。");
    assert.deepEqual(d.map((x) => x[0]), ["会议", "会议", "会议", "会议"]);
    // After narrative, a numbered line starts afresh: achievements are no orders.
    const n = directives("市长王刚主持会议。\n会议指出,去年全市经济稳中有进。\n(一)产业发展取得新突破。\n(二)民生保障持续加强。");
    assert.deepEqual(n, []);
  });

  test("narrative and assessment are not directives", () => {
    const d = directives(
      "市委书记郑海主持会议。\n会议指出,今年以来,全市上下认真落实各项措施,取得了明显成效。当前形势依然复杂。\n市委、市政府迅速响应,成立指挥部,确保物资供应。",
    );
    assert.deepEqual(d, []);
  });

  test("an action verb after 是 inside a noun phrase defines, it orders nothing: 是推进…的生力军", () => {
    const d = directives("省委书记张明出席会议。张明在讲话中指出，民营经济是推进中国式现代化的生力军。要依法保护企业产权。\n张明强调，关键是抓好政策的落实。一是加快项目的建设。");
    assert.deepEqual(d.map((x) => x[1]), ["要依法保护企业产权。", "张明强调，关键是抓好政策的落实。", "一是加快项目的建设。"]);
  });

  test("an action verb heading the subject of a definition orders nothing: 优化X是…的抓手", () => {
    const d = directives("县长李文主持会议。\n会议指出，优化营商环境是推动发展的重要抓手。会议要求，加强审批服务是各部门的共同责任，也要压缩时限。\n李文强调，加强监管，确保安全。");
    assert.deepEqual(d.map((x) => x[1]), [
      "会议要求，加强审批服务是各部门的共同责任，也要压缩时限。",
      "李文强调，加强监管，确保安全。",
    ]);
  });

  test("an action verb heading the subject of 是一项…, 是一场… defines, it orders nothing", () => {
    const d = directives("县委书记邢振宇主持会议。\n邢振宇指出，深入贯彻中央八项规定精神是一项长期任务，作风建设永远在路上。抓好安全生产是一场持久战。\n邢振宇强调，要坚持不懈抓好作风建设，这是一项长期任务。");
    assert.deepEqual(d.map((x) => x[1]), ["邢振宇强调，要坚持不懈抓好作风建设，这是一项长期任务。"]);
    // 一是 still opens an order.
    assert.deepEqual(directives("会议强调，一是加强监管。").map((x) => x[1]), ["会议强调，一是加强监管。"]);
  });

  test("an adjectival marker closing its clause describes (政治坚定,作风扎实), before a verb it orders", () => {
    const d = directives("省委组织部副部长万俟青出席会议。\n万俟青指出，晏书恒同志政治坚定、作风扎实，熟悉经济工作。各单位行动迅速，处置及时。\n万俟青强调，要坚定拥护省委决定。扎实推进各项工作。");
    assert.deepEqual(d.map((x) => x[1]), ["万俟青强调，要坚定拥护省委决定。", "扎实推进各项工作。"]);
  });

  test("an action marker judged by 不到位, 不力, 不够 after it names a shortcoming, it orders nothing", () => {
    const d = directives("县长李文主持会议。\n李文指出，部分企业主体责任落实不到位，个别乡镇隐患整治推进不力。\n李文强调，要坚持不懈抓好整改，确保不发生事故。");
    assert.deepEqual(d.map((x) => x[1]), ["李文强调，要坚持不懈抓好整改，确保不发生事故。"]);
    const e = directives("县长李文主持会议。\n李文指出，坚持不懈抓好整改，确保不发生事故。");
    assert.deepEqual(e.map((x) => x[1]), ["李文指出，坚持不懈抓好整改，确保不发生事故。"]);
  });

  test("要求 opening a later clause speaks for the official who opens the sentence", () => {
    const d = directives("县长李文主持会议，副县长周涛出席。\n周涛通报了全县交通安全形势，要求交警部门加大路面管控力度。\n周涛通报了全县交通安全形势，交警部门加大了管控力度。\n会议听取了汇报，要求各部门加强协作。");
    assert.deepEqual(d, [
      ["周涛", "周涛通报了全县交通安全形势，要求交警部门加大路面管控力度。"],
      ["会议", "会议听取了汇报，要求各部门加强协作。"],
    ]);
  });

  test("the stock phrases of assessment (责任重大, 使命光荣, 任务艰巨) weigh a task, they order nothing", () => {
    const d = directives("县长李文主持会议。\n李文强调，做好冬季安全工作责任重大、使命光荣。抓好整改任务艰巨。任务艰巨，必须压实责任。");
    assert.deepEqual(d.map((x) => x[1]), ["任务艰巨，必须压实责任。"]);
  });

  test("a speaker's assessment of past work is not a directive, the order after it is", () => {
    const d = directives("市长张建国主持会议。\n张建国指出,近年来,我市持续加强生态环境保护,质量明显改善。他强调,各级各部门必须扛起责任。");
    assert.deepEqual(d, [["张建国", "他强调,各级各部门必须扛起责任。"]]);
  });

  test("a subject before a topic phrase still leads in: 张三就…提出要求", () => {
    const x = extract("区长张有才出席会议。张有才就做好经济工作提出要求,要抓紧落实。");
    assert.deepEqual(x.directives.map((d) => d.speaker), ["张有才"]);
    assert.ok(x.officials[0].roles.includes("speaker"));
  });

  test("a setting may stand between subject and topic: X在讲话中就…提出四点要求, then the points", () => {
    const d = directives("7月15日，市委书记闵振东主持召开市委常委会会议。\n闵振东在讲话中就做好下半年工作提出四点要求。\n第一，要紧盯全年目标不放松。各部门要逐项分析进度。\n第二，要全力以赴扩投资促消费。一是加快重大项目建设。\n①对工作不力、推诿扯皮的，严肃追责问责。");
    assert.deepEqual(d.map((x) => x[0]), ["闵振东", "闵振东", "闵振东", "闵振东", "闵振东"]);
  });

  test("a name with 同志 or its post after it leads in too", () => {
    const d = directives("市委书记韦韬主持会议。\n韦韬书记强调,要压实责任。\n张新伟同志指出,要抓好落实。市长张新伟出席。");
    assert.deepEqual(d.map((x) => x[0]), ["韦韬", "张新伟"]);
  });

  test("enumerated points in a speaker's voice are directives", () => {
    const d = directives("市长周伟强调,当前任务繁重。一是用好大数据平台。二是优化督导机制。");
    assert.deepEqual(d, [
      ["周伟", "一是用好大数据平台。"],
      ["周伟", "二是优化督导机制。"],
    ]);
  });

  test("a transcript's unnamed speaker is the title in its headline", () => {
    const d = directives("县委书记在全县经济工作会议上的讲话\n同志们:\n过去一年,全县经济取得了新成效。\n今年我们要坚持稳中求进。一要抓项目建设。");
    assert.deepEqual(d, [
      ["县委书记", "今年我们要坚持稳中求进。"],
      ["县委书记", "一要抓项目建设。"],
    ]);
  });

  test("a transcript whose headline gives title and name is that official's", () => {
    const x = extract("市委书记王德明在全市经济工作会议上的讲话\n同志们:\n今年要抓好项目建设。");
    assert.deepEqual(x.directives.map((d) => d.speaker), ["王德明"]);
    assert.deepEqual(x.officials.map((o) => [o.name, o.roles]), [["王德明", ["speaker"]]]);
  });

  test("a reported remark inside a speech is not a change of speaker", () => {
    const d = directives("市委书记在全市会议上的讲话\n同志们:\n刚才,方兴部长指出了存在的问题,相关镇街一定要对号入座。");
    assert.deepEqual(d.map((x) => x[0]), ["市委书记"]);
  });

  test("a line broken mid-sentence continues the speaker's turn", () => {
    const d = directives("会议强调,要提升检测质效。规范采样组织,确保应\n检尽检。建立白名单制度,推动核酸筛查日清日结。");
    assert.deepEqual(d.map((x) => x[0]), ["会议", "会议", "会议"]);
  });

  test("copyright lines and site chrome are not directives", () => {
    assert.deepEqual(directives("本文系作者授权发表,未经许可,不得转载。"), []);
  });

  test("offsets hold: text === input.slice(start, end), also in Traditional with glosses", () => {
    const text = "會議要(yào)求,各地區要嚴格落實責任。";
    const [d] = extract(text).directives;
    assert.equal(d.speaker, "会议");
    assert.equal(text.slice(d.start, d.end), d.text);
    assert.equal(d.text, text);
  });
  test("a forecast (预计…) or a weighing (…,事关…) in a speaker's turn orders nothing; 事关 modifying a task does not stop an order", () => {
    const d = directives("副市长桂明远主持会议。\n桂明远要求，各部门要逐月分析、逐项调度。预计二季度全市经济增速将保持在6%左右。做好秋粮收购工作，事关种粮农民切身利益。切实做好事关群众切身利益的各项工作。");
    assert.deepEqual(d.map((x) => x[1]), ["桂明远要求，各部门要逐月分析、逐项调度。", "切实做好事关群众切身利益的各项工作。"]);
    // A weighing leaves the turn running: the order after it in a new paragraph is still the speaker's.
    const e = directives("市长罗成出席。\n罗成强调，要抓好秋粮收购。\n安全生产事关群众生命安全，各地要严格落实责任。");
    assert.deepEqual(e.map((x) => x[0]), ["罗成", "罗成"]);
  });
  test("an action verb after 已 (已建立, 已开展) tells work done; 已建立的 names what an order is about", () => {
    const d = directives("局长杭立诚出席。\n杭立诚表示，要守住数据安全底线。我们已建立数据分级分类管理制度，今年未发生泄露事件。已建立的制度要严格执行。");
    assert.deepEqual(d.map((x) => x[1]), ["杭立诚表示，要守住数据安全底线。", "已建立的制度要严格执行。"]);
  });
  test("a question orders nothing, a marker in it or an order before it notwithstanding", () => {
    const d = directives("市委书记柏青山出席。\n柏青山提出，要让企业办事“只进一扇门”。对此，各部门有哪些具体举措？怎样才能真正把责任落实到位？”\n要压实责任。");
    assert.deepEqual(d.map((x) => x[1]), ["柏青山提出，要让企业办事“只进一扇门”。", "要压实责任。"]);
  });
});

describe("directives: light verbs, pledges, and 明了", () => {
  test("`X作出部署` opens the speaker's turn; the orders after an assessment in it are X's", () => {
    const d = directives("市长蔺书航出席会议。\n就做好岁末年初工作，蔺书航作出部署。当前，各类风险隐患交织叠加。要抓好安全生产。要全力保障群众温暖过冬。\n");
    assert.deepEqual(d, [
      ["蔺书航", "要抓好安全生产。"],
      ["蔺书航", "要全力保障群众温暖过冬。"],
    ]);
  });

  test("a pledge (`省人大常委会将…加强…`) orders no one; the disposal 将 (`将…纳入`) still orders", () => {
    const d = directives("省人大常委会副主任毕秋萍出席。\n毕秋萍在审议时说，省人大常委会将紧扣中心工作，加强重点领域立法。\n毕秋萍强调，将安全生产纳入考核，切实压实责任。\n");
    assert.deepEqual(d.map((x) => x[1]), ["毕秋萍强调，将安全生产纳入考核，切实压实责任。"]);
  });

  test("`指明了方向` is told as done, though 明了 alone is no perfective", () => {
    const d = directives("省长钟离恒出席。\n钟离恒在发言时说，报告为我们做好今年工作指明了方向。\n钟离恒强调，要做到简单明了。\n");
    assert.deepEqual(d.map((x) => x[1]), ["钟离恒强调，要做到简单明了。"]);
  });
});

test("a space between the speaker and the verb (`吴俊清 强调，`, as pages that set names apart write it) leaves the lead-in whole", () => {
  const x = extract("　　9月2日，市委书记 吴俊清 主持召开专题会。\n　　吴俊清 强调，各县区要严格落实“四早”要求。\n　　他　要求，要加强重点人群排查。");
  assert.deepEqual(
    x.directives.map((d) => d.speaker),
    ["吴俊清", "吴俊清"],
  );
});

describe("directives: real reports' lead-ins (并, 的, announced points, the meeting citing)", () => {
  test("`X主持会议并强调,…` opens X's turn; a bare `…并讲话。` hands no floor on", () => {
    assert.deepEqual(directives("4月9日，县委书记柏文清主持会议并强调，要把防汛责任压到最小单元。\n会议传达了上级文件。"), [
      ["柏文清", "4月9日，县委书记柏文清主持会议并强调，要把防汛责任压到最小单元。"],
    ]);
    assert.deepEqual(directives("县长柏文清出席会议并讲话。\n各乡镇要在月底前完成排查。"), []);
    // The subject of the deed is the one opening its own clause, after a `;` too.
    const d = directives("县长柏文清出席。\n会上，副乡长蒲晓虹解读实施方案；乡纪委书记段立明宣读提醒卡并要求签订承诺书。");
    assert.deepEqual(d.map((x) => x[0]), ["段立明"]);
  });

  test("a verb made a noun by 的 (`作出的重要指示`) speaks for no one", () => {
    const d = directives("近日，滨河园区召开防控工作会议，传达学习习近平总书记对防控工作作出的重要指示，就防控工作作具体部署。\n会议要求，要落实属地责任。");
    assert.deepEqual(d, [["会议", "会议要求，要落实属地责任。"]]);
  });

  test("`X讲了三点意见。一是…` hands the points to X", () => {
    const d = directives("镇党委副书记宁秀梅主持会议。\n镇长甘立群就做好冬季防火讲了三点意见。一是提高思想认识，绷紧防火之弦。二是压实包保责任，严查火灾隐患。");
    assert.deepEqual(d.map((x) => x[0]), ["甘立群", "甘立群"]);
  });

  test("a speech summed up by its described object (`深刻指出工作中的具体问题`) is told, not given", () => {
    const d = directives("镇长甘立群出席。\n甘立群结合身边案例，深刻指出工作中的突出问题，明确提出整改重点及落实举措。\n他当即指出问题，要求负责人立即整改。");
    assert.deepEqual(d.map((x) => x[1]), ["他当即指出问题，要求负责人立即整改。"]);
  });

  test("a leader told of inside the meeting's paragraph is cited: the meeting goes on speaking", () => {
    const d = directives("市委书记杭云舒主持会议。\n会议指出，上级会议作出部署。在全省视频会议上，省委书记濮正清就贯彻会议精神，抓好防控工作提出明确要求。各级各部门要提高站位，压实责任。");
    assert.deepEqual(d, [["会议", "各级各部门要提高站位，压实责任。"]]);
  });

  test("`他要求——` heads the points below it, ordering nothing itself", () => {
    const d = directives("县长萧明远主持会商会。萧明远向一线人员致以慰问。他要求——\n要保持指挥体系高效运转。做好应急演练。\n要加快流调溯源。");
    assert.deepEqual(d.map((x) => x[1]), ["要保持指挥体系高效运转。", "做好应急演练。", "要加快流调溯源。"]);
    assert.deepEqual([...new Set(d.map((x) => x[0]))], ["萧明远"]);
  });

  test("a sentence opening with the verb (`强调,要…`) is the official just narrated speaking", () => {
    const d = directives("4月2日，县委书记邬长青深入两镇，就春耕备耕进行督查。强调，要抢抓农时，确保种足种好。县委常委谷一鸣陪同。");
    assert.deepEqual(d, [["邬长青", "强调，要抢抓农时，确保种足种好。"]]);
    const e = directives("第三项：街道办副主任骆春燕作动员讲话。强调下沉干部要每天签到，服从社区安排。");
    assert.deepEqual(e, [["骆春燕", "强调下沉干部要每天签到，服从社区安排。"]]);
  });

  test("`X对…作出安排部署，要求…`: the requiring verb after the comma orders", () => {
    const d = directives("副县长樊锦程出席会议。\n樊锦程对汛期工作作出安排部署，要求各乡镇对照清单逐项销号。");
    assert.deepEqual(d, [["樊锦程", "樊锦程对汛期工作作出安排部署，要求各乡镇对照清单逐项销号。"]]);
  });

  test("a task's weight (`…具有重要意义`) is an assessment; a team spelled 督察组 speaks as a team", () => {
    assert.deepEqual(directives("会议强调，开好这次大会，对推动全市工作具有重要意义。要周密安排。"), [["会议", "要周密安排。"]]);
    // `能不能…` asks whether; it forbids nothing.
    assert.deepEqual(directives("会议指出，能不能选好带头人，直接关系到乡村振兴任务落实落地。"), []);
    // A topic after 关于 closed by 的 names a noun's subject: `是关于加强…的重要制度`.
    assert.deepEqual(directives("会议指出，河长制是关于加强河湖管护的重要制度。各乡镇要压实河长责任。"), [["会议", "各乡镇要压实河长责任。"]]);
    assert.deepEqual(directives("县长甘立群主持会议。\n督察组要求各镇要全面落实包抓责任制。"), [[null, "督察组要求各镇要全面落实包抓责任制。"]]);
  });
});

test("a speaker praising a superior's speech keeps the floor: X书记的讲话站位高… then 各级要…", () => {
  const got = directives(
    "3月2日,县委书记温立群主持召开县委常委会会议。\n针对议题,温立群指出,市委全会是一次重要会议。沈石书记的讲话站位高、措施实。各级各部门要把学习贯彻全会精神作为一项政治任务。要把各项任务细化分解。",
  );
  assert.deepEqual(got, [
    ["温立群", "各级各部门要把学习贯彻全会精神作为一项政治任务。"],
    ["温立群", "要把各项任务细化分解。"],
  ]);
});
