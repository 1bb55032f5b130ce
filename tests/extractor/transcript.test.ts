import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { extract } from "../../src/extractor/index";

const speakers = (text: string) => extract(text).directives.map((d) => d.speaker);

describe("speech transcripts", () => {
  test("a byline of title and name under the headline names the speaker", () => {
    const text = "在全县秋粮收购工作会议上的讲话\n县长 钟以宁\n同志们:\n今年秋粮长势良好。\n各乡镇要切实做好收购组织工作。要严格执行最低收购价政策。";
    const r = extract(text);
    assert.deepEqual(speakers(text), ["钟以宁", "钟以宁"]);
    assert.deepEqual(r.officials.map((o) => [o.name, o.titles, o.roles]), [["钟以宁", ["县长"], ["speaker"]]]);
  });

  test("a subtitle saying the text is a speech makes it a transcript without 同志们", () => {
    const text = "凝心聚力 开创新局\n——在全区教育工作大会上的讲话\n区委书记 左明川\n全区上下要坚持教育优先发展。必须办好人民满意的教育。";
    assert.deepEqual(speakers(text), ["左明川", "左明川"]);
  });

  test("an unnamed speaker stays unnamed: a byline that is no name is ignored", () => {
    const text = "在全市防汛工作会议上的讲话\n(2025年6月3日)\n同志们:\n要压紧压实防汛责任。";
    assert.deepEqual(speakers(text), [null]);
  });

  test("a news report whose first lines name an official is no transcript", () => {
    const text = "市政府召开常务会议\n市长 钟以宁\n要做好秋粮收购。";
    // In a report, an order that nobody is said to give is nobody's directive.
    const r = extract(text);
    assert.deepEqual(r.directives, []);
    assert.deepEqual(r.officials.map((o) => o.roles), [["mentioned"]]);
  });
});

describe("a superior cited in a transcript", () => {
  test("the citation holds for its own sentence; the transcript's speaker resumes after it", () => {
    const text = "县委书记邵文澜在全县工作会议上的讲话\n同志们：\n前不久，市委书记严卫东同志在全市大会上指出，要把营商环境作为“一号工程”来抓。当前，竞争日趋激烈，我们必须增强危机意识。\n他强调，要狠抓落实。\n";
    const d = extract(text).directives.map((x) => [x.speaker, x.text.slice(0, 6)]);
    assert.deepEqual(d, [
      ["严卫东", "前不久，市委"],
      ["邵文澜", "当前，竞争日"],
      ["严卫东", "他强调，要狠"],
    ]);
  });
});

describe("a masked speaker", () => {
  test("`XXX同志在…上的讲话`: the mask as written speaks the transcript", () => {
    const text = "XXX同志在全县安全生产工作会议上的讲话\n同志们：\n一要压实责任。各乡镇要落实属地责任。\n";
    assert.deepEqual(speakers(text), ["XXX", "XXX"]);
  });
});

describe("a speech under a headline of its own, its byline a name alone", () => {
  const text = "坚决打赢疫情防控攻坚战\n——在全县疫情防控工作推进会上的讲话\n张立新\n2022年8月1日\n\n同志们：\n一、要提高政治站位。各乡镇要压实属地责任。";

  test("the name alone under the subtitle is the official who speaks", () => {
    const x = extract(text);
    assert.deepEqual(x.officials.map((o) => [o.name, o.roles]), [["张立新", ["speaker"]]]);
    assert.deepEqual(x.directives.map((d) => d.speaker), ["张立新", "张立新"]);
  });

  test("the subtitle heads the text and orders nothing (推进会 holds an action verb)", () => {
    assert.ok(extract(text).directives.every((d) => !d.text.includes("讲话")));
  });

  test("a short line after the headline of a report that is no speech names nobody", () => {
    const x = extract("全县疫情防控工作推进会召开\n张立新\n8月1日，县委书记王立军主持召开会议。他强调，要压实责任。");
    assert.deepEqual(x.officials.map((o) => o.name), ["王立军"]);
  });
});

describe("speech pages as document sites and farms print them", () => {
  test("a copy of the headline that names the speaker gives him, when the headline names nobody", () => {
    const text = "首页 > 讲话稿 > 正文\n在全镇春耕备耕工作会议上的讲话\n阅读 120 下载 3\n镇党委书记在全镇春耕备耕工作会议上的讲话\n同志们:\n今天我们召开全镇春耕备耕工作会议。各村要抓紧抢修灌溉渠道。\n";
    const r = extract(text);
    assert.equal(r.meta.title, "在全镇春耕备耕工作会议上的讲话");
    assert.deepEqual(r.directives.map((d) => [d.speaker, d.text]), [["镇党委书记", "各村要抓紧抢修灌溉渠道。"]]);
  });

  test("a speech announcing its points in the first person is a transcript without 同志们", () => {
    const text = "今天召开这次会议,主要是部署秋季防火工作。下面,我再强调三点意见。\n第一,要压实护林责任。各乡镇要落实巡山人员。\n";
    const r = extract(text);
    assert.deepEqual(r.directives.map((d) => d.text), ["第一,要压实护林责任。", "各乡镇要落实巡山人员。"]);
    // `这次会议` points at the speech's own meeting; it names none.
    assert.equal(r.meta.meeting, null);
  });

  test("a numbered point that says a problem exists orders nothing", () => {
    const text = "在全县招商工作会议上的讲话\n同志们:\n当前工作主要有以下不足:\n一是部分单位存在等靠观望的现象。\n二是要建立项目台账,逐月调度。\n";
    assert.deepEqual(extract(text).directives.map((d) => d.text), ["二是要建立项目台账,逐月调度。"]);
  });

  test("a superior who chaired another meeting, cited in a speech, is not its chair", () => {
    const text = "县长在全县防汛会议上的讲话\n同志们:\n市委**书记6月2日主持召开全市防汛会议,强调要守住安全底线。各乡镇要立即开展隐患排查。\n";
    assert.equal(extract(text).meta.chair, null);
  });

  test("a site's notice and a repeated speech title are no orders", () => {
    const text = "免责声明:本站内容仅供学习,如有侵权请联系删除。\n区长在全区安全生产会议上的讲话\n同志们:\n各街道要落实安全生产责任。\n";
    assert.deepEqual(extract(text).directives.map((d) => d.text), ["各街道要落实安全生产责任。"]);
  });

  test("a chair's script calls on speakers by title: 请 is no part of the title", () => {
    const text = "在全县植树造林动员会上的主持词\n同志们:\n下面,请县委常委、副县长贺远舟同志讲话。\n大家要抓好落实。\n";
    assert.deepEqual(extract(text).officials.map((o) => [o.name, o.titles]), [["贺远舟", ["县委常委", "副县长"]]]);
  });

  test("an aside in brackets orders nothing; the meeting a speech holds now is its own", () => {
    const text = "同志们:\n上个月,县政府召开了全县春耕生产调度会。今天,我们召开全县农田水利建设推进会,部署冬春水利工作。下面,我讲三点意见。\n各乡镇要抓紧清淤疏浚。\n(请在会员中心阅读全文)\n";
    const r = extract(text);
    assert.deepEqual(r.directives.map((d) => d.text), ["各乡镇要抓紧清淤疏浚。"]);
    assert.equal(r.meta.meeting, "全县农田水利建设推进会");
  });
});

test("a document site's speech title without 上的 names the speaker when the text addresses its audience", () => {
  const r = extract("县长在全县春耕生产会发言\n同志们:\n今天,我们召开全县春耕生产动员大会。\n各乡镇要抓紧抓实春耕备耕工作。");
  assert.deepEqual(
    r.directives.map((d) => [d.speaker, d.text]),
    [["县长", "各乡镇要抓紧抓实春耕备耕工作。"]],
  );
  assert.equal(r.meta.meeting, "全县春耕生产动员大会");
});

test("a news headline without 上的 over a report is no transcript", () => {
  const r = extract("县长卢振邦在全县春耕生产大会讲话\n3月2日,全县春耕生产大会召开。县长卢振邦出席并讲话。\n卢振邦强调,要抓紧抓实春耕备耕工作。");
  assert.deepEqual(
    r.directives.map((d) => d.speaker),
    ["卢振邦"],
  );
});

test("同志们、朋友们: opens a speech as 同志们: does", () => {
  const r = extract("县长在全县春耕生产会致辞\n同志们、朋友们:\n今天,我们召开全县春耕生产动员大会。\n各乡镇要抓紧抓实春耕备耕工作。");
  assert.deepEqual(
    r.directives.map((d) => d.speaker),
    ["县长"],
  );
});

test("what is about to come orders nothing: 新春佳节就要到了", () => {
  assert.deepEqual(
    speakers("县长在2025年春节团拜会上的致辞\n同志们:\n新春佳节就要到了。汛期快要来临,工程将要开工。\n各级各部门要做好节日安全工作。"),
    ["县长"],
  );
});
