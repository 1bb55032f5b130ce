import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { extract } from "../../src/extractor/index";

// Rules found with the sixth batch of reports (zze–zzh): a petition day, an inspection
// mobilisation, a project tour, a Party-building review.

const directives = (text: string) => extract(text).directives.map((d) => [d.speaker, d.text]);
const names = (text: string) => extract(text).officials.map((o) => o.name);

describe("orders given by the verb itself", () => {
  test("`X要求Y…` and `X当场责成Y…` order, with no marker after the verb", () => {
    const d = directives(
      "县委书记欧阳振华、县长阿不都热依木·买买提接访群众。\n" +
        "村民反映补偿问题。阿不都热依木·买买提指出，征地补偿必须公开透明。他要求阿热勒乡党委在一周内召开村民代表大会，张榜公示。\n" +
        "居民反映办证难。欧阳振华当场责成县住建局会同县自然资源局成立工作专班，在30日内拿出方案。\n",
    );
    assert.deepEqual(d.map((x) => x[0]), ["阿不都热依木·买买提", "阿不都热依木·买买提", "欧阳振华"]);
    assert.ok(String(d[1][1]).startsWith("他要求阿热勒乡党委"));
    assert.ok(String(d[2][1]).startsWith("欧阳振华当场责成"));
  });

  test("an order's content told as done is still narrative (`要求…已完成`)", () => {
    const d = directives("市长邝景和出席会议。\n邝景和要求的整改任务，目前已完成。\n");
    assert.deepEqual(d, []);
  });

  test("`确保…得到保障` is what an order aims at; `工作得到肯定` is told as done", () => {
    const d = directives("县委书记霍启山出席。\n霍启山强调，各乡镇确保群众合法权益得到保障。\n霍启山指出，去年工作得到上级肯定。\n");
    assert.deepEqual(d.map((x) => x[1]), ["霍启山强调，各乡镇确保群众合法权益得到保障。"]);
  });

  test("`X在项目现场强调` opens X's turn, as `X在调研中强调` does", () => {
    const d = directives("市委书记陆承宇带队观摩。\n陆承宇在项目现场强调，要把好工程质量关。\n");
    assert.deepEqual(d, [["陆承宇", "陆承宇在项目现场强调，要把好工程质量关。"]]);
  });
});

describe("orders at a tour's stops and in a review", () => {
  test("`X督促…`, `X指示…`, and `在…,X询问…,叮嘱…` are X's orders", () => {
    const d = directives(
      "县委书记上官文博接访。\n" +
        "上官文博督促相关部门加快办理进度，按时限办结。\n" +
        "上官文博指示县住建局，对小区物业服务问题开展专项整治。\n" +
        "在经开区智能装备产业园，上官文博详细询问项目进展，叮嘱企业负责人抓住施工黄金期，加快建设进度。\n",
    );
    assert.deepEqual(d.map((x) => x[0]), ["上官文博", "上官文博", "上官文博"]);
  });

  test("`二是要优环境。` heads a block: the orders after it need no marker of their own", () => {
    const d = directives("市委书记东方明远讲话。\n东方明远强调，一是要抓招商。\n二是要优环境。持续深化“放管服”改革。\n");
    assert.deepEqual(d.map((x) => x[1]), ["东方明远强调，一是要抓招商。", "二是要优环境。", "持续深化“放管服”改革。"]);
  });

  test("`宇文涛述职时表示` names 宇文涛: 述职 is what a named person does", () => {
    assert.deepEqual(names("大河镇党委书记宇文涛述职时表示，将抓好后备干部培养。"), ["宇文涛"]);
  });
});

describe("pledges after a framing clause", () => {
  test("`下一步,镇党委将…确保…` and `对…问题,市委将…` pledge; `对…问题,要…` orders", () => {
    const d = directives(
      "城关镇党委书记令狐德明、市委书记褚文轩出席。\n" +
        "令狐德明在述职中说，下一步，镇党委将把党建引领基层治理作为重点，确保年底前全面消除软弱涣散党组织。\n" +
        "褚文轩表示，对巡视组交办的信访件和反馈的问题，市委将照单全收、立行立改，推动高质量发展。\n" +
        "褚文轩要求，对巡视组交办的问题，各级要逐项整改。\n",
    );
    assert.deepEqual(d.map((x) => x[1]), ["褚文轩要求，对巡视组交办的问题，各级要逐项整改。"]);
  });

  test("`下一步,将聚焦…` is a plan told in the future; `将…纳入考核` opening the span still orders", () => {
    const d = directives(
      "城关镇党委书记令狐平述职。\n令狐平述职时说，下一步，将聚焦短板弱项，确保各项任务落地见效。\n令狐平强调，将述职评议结果纳入年度考核，切实压实责任。\n",
    );
    assert.deepEqual(d.map((x) => x[1]), ["令狐平强调，将述职评议结果纳入年度考核，切实压实责任。"]);
  });

  test("`X表示,市委坚决拥护…` states a pledge; `X表示,各地要…` orders", () => {
    const d = directives(
      "市委书记褚文轩出席。\n褚文轩在表态发言中表示，市委坚决拥护省委决定，全力支持配合巡视组工作。\n褚文轩表示，各级党组织要正确对待巡视监督。\n",
    );
    assert.deepEqual(d.map((x) => x[1]), ["褚文轩表示，各级党组织要正确对待巡视监督。"]);
  });

  test("an evaluation's outcome (`评定为…等次`) is reported, though the work it praises holds 落实", () => {
    const d = directives(
      "县委常委、组织部部长樊雨桐出席。\n樊雨桐在通报中指出，2024年全县各级党组织认真落实党建工作责任制，经综合考评，4个乡镇评定为“好”等次。\n",
    );
    assert.deepEqual(d, []);
  });
});

describe("names ending in a conjunction's character", () => {
  test("`市长邝景和,` is 邝景和: a 和 before a break joins nothing", () => {
    const n = names("市委副书记、市长邝景和，市人大常委会主任包晓峰出席会议。县长李和平和副县长王刚参加。");
    assert.ok(n.includes("邝景和"), JSON.stringify(n));
    assert.ok(n.includes("包晓峰") && n.includes("王刚"), JSON.stringify(n));
    assert.ok(!n.includes("邝景"), JSON.stringify(n));
  });
});

describe("a name withheld as surname and 某", () => {
  test("`党委书记刘某立即调查` holds the masked 刘某, not an official 刘某立", () => {
    const o = extract("县委书记郑一帆要求南坪镇党委书记刘某立即调查核实。局长王某某出席。").officials;
    const masked = o.filter((x) => x.masked).map((x) => x.name);
    assert.deepEqual(masked, ["刘某", "王某某"]);
    assert.ok(!o.some((x) => x.name === "刘某立"));
  });
});

describe("a minority name's last part run on into a verb", () => {
  test("`县长阿不都热依木·买买提接访群众` is cut where the text's other mentions end", () => {
    const n = names("县长阿不都热依木·买买提接访群众。阿不都热依木·买买提指出，补偿必须公开透明。");
    assert.deepEqual(n, ["阿不都热依木·买买提"]);
    // Named once, nothing tells a verb from the name's last part: the run is kept.
    assert.deepEqual(names("副县长古丽娜·艾山出席。"), ["古丽娜·艾山"]);
  });
});

describe("meetings ordered or planned, and days after a vague lead", () => {
  test("a meeting someone is told to convene is not the event; a held one is", () => {
    const m = extract("接访群众\n发布时间：2025-03-18\n　　3月18日，县长王立新接访群众。他要求阿热勒乡党委在一周内召开村民代表大会。\n").meta;
    assert.equal(m.meeting, null);
    const held = extract("会议\n发布时间：2025-03-18\n　　3月18日，县政府召开常务会议。会议要求各乡镇将于月底前召开动员会。\n").meta;
    assert.equal(held.meeting, "常务会议");
  });

  test("a short headline (`县长接访群众`) is taken where the info bar follows it, a site's name is not", () => {
    assert.equal(extract("首页 > 要闻\n县长接访群众\n发布时间：2025-04-22　来源：河西县政府网\n　　4月21日，县长接访。\n").meta.title, "县长接访群众");
    assert.equal(extract("河西县政府网\n发布时间：2025-04-22\n　　4月21日，县长接访。\n").meta.title, null);
  });

  test("会商会 is a meeting's noun, also after a 工作会 that overlaps it", () => {
    const m = extract("接访\n发布时间：2025-06-12\n　　6月11日，县委书记上官文博主持召开信访工作会商会，研究疑难信访问题。\n").meta;
    assert.equal(m.meeting, "信访工作会商会");
  });

  test("after `近日`, a later sentence opening with a day and a meeting held dates the event", () => {
    const m = extract(
      "动员会召开\n发布时间：2025年04月09日\n　　根据省委统一部署，省委第五巡视组近日进驻澄州市。4月8日下午，省委第五巡视组巡视澄州市委工作动员会召开。\n",
    ).meta;
    assert.equal(m.eventDate, "2025-04-08");
  });
});
