import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { extract } from "../../src/extractor/index";

const meta = (text: string) => extract(text).meta;

describe("meta", () => {
  test("headline, dates, source, meeting and chair of a portal report", () => {
    const m = meta(
      "您的位置:首页>新闻中心>本市时政\n吴清华主持召开市委常委会会议\n来源:江州日报 发布时间:2023-03-16 浏览次数:88\n3月15日上午,市委书记吴清华主持召开市委常委会会议暨市委财经委员会会议。",
    );
    assert.deepEqual(m, {
      title: "吴清华主持召开市委常委会会议",
      eventDate: "2023-03-15",
      publishedDate: "2023-03-16",
      source: "江州日报",
      meeting: "市委常委会会议暨市委财经委员会会议",
      chair: "吴清华",
    });
  });

  test("a December meeting published in January belongs to the year before", () => {
    const m = meta("标题行示例会议报道内容\n发布时间:2024年1月2日\n12月30日,县长李明主持召开县政府常务会议。");
    assert.equal(m.eventDate, "2023-12-30");
  });

  test("no year anywhere: the event date is unknowable", () => {
    assert.equal(meta("韦韬主持召开领导小组会议\n本报讯 11月28日,市委书记韦韬主持召开领导小组会议。").eventDate, null);
  });

  test("a meeting's name ends before the verb that holds it: 区委常委会召开会议", () => {
    const m = meta("区委召开常委会会议\n2025年8月12日 来源:南湖区融媒体中心\n8月11日,区委常委会召开会议,会议由区委书记单于文主持。");
    assert.equal(m.meeting, "区委常委会");
    assert.equal(m.chair, "单于文");
  });

  test("the headline's full name completes the body's cut one: 市委常委会召开会议 under …主持召开市委常委会会议", () => {
    const m = meta("钱立新主持召开市委常委会会议 研究防汛工作\n2025-07-03 来源:东江日报\n7月2日,市委常委会召开会议,研究部署防汛工作。");
    assert.equal(m.meeting, "市委常委会会议");
    // A headline that names another meeting adds nothing.
    const n = meta("市委常委会研究防汛工作\n2025-07-03 来源:东江日报\n7月2日,市委常委会召开会议,研究部署防汛工作。");
    assert.equal(n.meeting, "市委常委会");
  });

  test("the official opening a sentence that goes on 并主持召开… chaired", () => {
    const x = extract("调研企业\n2025-04-03 来源:江城日报\n4月2日,市委副书记、市长钱立新到高新区调研企业发展,并主持召开企业家座谈会。副市长罗明参加。");
    assert.equal(x.meta.chair, "钱立新");
    assert.deepEqual(x.officials.find((o) => o.name === "罗明")?.roles, ["attendee"]);
    // Named later in the sentence, an official did not chair by it.
    const y = extract("调研企业\n2025-04-03 来源:江城日报\n4月2日,高新区负责同志陪同市委副书记、市长钱立新调研企业发展,并主持召开企业家座谈会。");
    assert.equal(y.meta.chair, null);
  });

  test("a paper's own dateline names the source: 《松江日报》2024年3月6日 第01版", () => {
    assert.equal(meta("县委召开会议\n《松江日报》2024年3月6日 星期三 第01版\n3月5日,县委召开会议。").source, "松江日报");
    assert.equal(meta("县委召开会议\n《临川日报》（2024年03月06日 第 01 版）\n3月5日,县委召开会议。").source, "临川日报");
    // A work cited in the text, with no date after it, is no dateline.
    assert.equal(meta("县委召开会议\n3月5日,县委召开会议。\n《党建研究》杂志刊发了文章。").source, null);
  });

  test("a meeting held 会前 or 会后 is beside the one reported", () => {
    const m = meta("推进大会召开\n2025-02-20 来源:北岭日报\n2月19日,全市乡村振兴工作推进大会召开。市长车文彬主持。\n会前,市委书记孔令辉主持召开驻村第一书记座谈会。");
    assert.equal(m.meeting, "全市乡村振兴工作推进大会");
    assert.equal(m.chair, "车文彬");
    // With no other meeting named, the one held before is still named.
    assert.equal(meta("调研\n2025-02-20 来源:北岭日报\n会前,市委书记孔令辉主持召开企业家座谈会。").meeting, "企业家座谈会");
  });

  test("a short aside stays inside the meeting's name: 市委常委会(扩大)会议", () => {
    const m = meta("市委常委会(扩大)会议召开\n2023-02-10 来源:东山新闻网\n2月9日,市委书记郎朗主持召开市委常委会（扩大）会议。");
    assert.equal(m.meeting, "市委常委会（扩大）会议");
  });

  test("an organ that is also a meeting noun goes on to its session: 市人大常委会第二十次会议", () => {
    const m = meta("市人大常委会召开会议\n2025-06-28 来源:江北人大网\n6月27日,市人大常委会第二十次会议召开。市人大常委会主任贺明轩主持会议。");
    assert.equal(m.meeting, "市人大常委会第二十次会议");
  });

  test("an organ's noun goes on into the meeting's own: 市人大常委会党组会议, 市人大常委会主任会议", () => {
    assert.equal(extract("12月2日,市人大常委会主任段干明远主持召开市人大常委会党组会议,传达学习会议精神。").meta.meeting, "市人大常委会党组会议");
    assert.equal(extract("6月3日,市人大常委会主任王明主持召开市人大常委会主任会议,研究有关事项。").meta.meeting, "市人大常委会主任会议");
  });

  test("a meeting's name ends before the place it met in: …全体会议在市会议中心召开", () => {
    const m = extract("2月17日，中共某市第六届纪律检查委员会第五次全体会议在市会议中心召开。").meta;
    assert.equal(m.meeting, "中共某市第六届纪律检查委员会第五次全体会议");
    assert.equal(extract("3月2日，县委全会于县会议中心举行。").meta.meeting, "县委全会");
  });

  test("a press conference is a meeting: 新闻发布会", () => {
    const x = extract("4月18日上午,省政府新闻办召开一季度经济运行情况新闻发布会,介绍有关情况。");
    assert.equal(x.meta.meeting, "一季度经济运行情况新闻发布会");
    assert.equal(extract("4月18日上午,全省经济运行情况新闻发布会在省城举行。").meta.meeting, "全省经济运行情况新闻发布会");
  });

  test("study sessions, feedback and analysis meetings are meetings: 中心组集体学习会, 巡视反馈会, 经济运行分析会", () => {
    const m = meta("县委中心组举行集体学习\n发布时间:2025-04-18\n4月17日,县委书记邢振宇主持召开县委理论学习中心组2025年第三次集体学习会,开展专题研讨。");
    assert.equal(m.meeting, "县委理论学习中心组2025年第三次集体学习会");
    assert.equal(meta("巡视情况反馈\n发布时间:2024-09-12\n9月10日,省委巡视组召开巡视情况反馈会,通报问题。").meeting, "巡视情况反馈会");
    assert.equal(meta("一季度经济运行分析\n发布时间:2024-04-12\n4月11日,市长主持召开一季度经济运行分析会。").meeting, "一季度经济运行分析会");
    // Written in full, with 议: `反馈会议`, `座谈会议`.
    assert.equal(meta("巡视情况反馈\n发布时间:2024-09-12\n9月10日上午,省委第三巡视组巡视丰县情况反馈会议召开。").meeting, "省委第三巡视组巡视丰县情况反馈会议");
    assert.equal(meta("企业家座谈\n发布时间:2024-09-12\n9月10日,市长主持召开民营企业家座谈会议,听取意见。").meeting, "民营企业家座谈会议");
  });

  test("a meeting met only as 召开的座谈会 has no name", () => {
    const m = meta("副省长米雪峰到北山市督导\n7月19日,副省长米雪峰一行到北山市督导检查。在随后召开的座谈会上,米雪峰听取了汇报。");
    assert.equal(m.meeting, null);
  });

  test("a line of prose is no headline, even ending in a closing quote; a headline may end in !", () => {
    assert.equal(meta("庞志刚说:“各企业必须把安全责任落实到岗位。”\n他强调,要加快推进改造。").title, null);
    assert.equal(meta("奋力夺取防汛抗洪全面胜利!\n7月2日,市委书记林远航主持召开会议。").title, "奋力夺取防汛抗洪全面胜利!");
  });

  test("the meeting named as subject of the lead, and 会议由…主持", () => {
    const m = meta("6月11日下午,全市安全生产工作领导小组会议召开。会议由市长司马振华主持。");
    assert.equal(m.meeting, "全市安全生产工作领导小组会议");
    assert.equal(m.chair, "司马振华");
  });

  test("a transcript's meeting comes from its headline", () => {
    const m = meta("县委书记在全县经济工作会议上的讲话\n同志们:\n今年要抓项目。");
    assert.equal(m.meeting, "全县经济工作会议");
    assert.equal(m.title, "县委书记在全县经济工作会议上的讲话");
  });

  test("a lead dated only vaguely (近日, 日前) has no event date, whatever deadline follows", () => {
    const m = meta("区委召开常委会会议\n发布时间:2024-11-22\n近日,区委书记宗政晓峰主持召开区委常委会会议。会议要求,在12月20日前完成全年任务。");
    assert.equal(m.eventDate, null);
    assert.equal(meta("市人大常委会党组召开会议\n发布时间:2024-12-03\n日前,市人大常委会党组召开会议,要求11月底前完成。").eventDate, null);
    // `20日前` is a deadline, not `日前`: the date before it stands.
    assert.equal(meta("县政府召开常务会议\n发布时间:2024-12-03\n12月2日,县政府召开常务会议,要求20日前完成。").eventDate, "2024-12-02");
  });

  test("after a vaguely dated lead, a paragraph opening with a day and a meeting held dates the event", () => {
    const text = "市政府召开专题会议传达批示精神\n发布时间:2025-06-10\n近日,省委书记就汛期工作作出批示。\n6月9日下午,市长韩东升主持召开专题会议,传达学习批示精神。要在6月20日前完成排查。";
    assert.equal(meta(text).eventDate, "2025-06-09");
    // A paragraph opening with a day that holds no meeting (a deadline, a statistic) does not.
    assert.equal(meta("区委召开常委会会议\n发布时间:2024-11-22\n近日,区委召开常委会会议。\n12月20日前,各部门要完成全年任务。").eventDate, null);
  });

  test("a span of days that opens the lead dates the background; the day a meeting is held dates the event", () => {
    const lead = "省委巡视组反馈巡视情况\n发布时间:2024-09-12\n2024年4月10日至6月10日,省委巡视组对丰县进行了巡视。9月10日上午,巡视反馈会议召开。";
    assert.equal(meta(lead).eventDate, "2024-09-10");
    // With no year anywhere, the day is still unknowable.
    assert.equal(meta("省委巡视组反馈巡视情况\n4月10日至6月10日,巡视组进行了巡视。9月10日,反馈会议召开。").eventDate, null);
    // A meeting held over days keeps its first day.
    assert.equal(meta("市人大常委会举行会议\n发布时间:2024-03-08\n3月5日至7日,市人大常委会第十次会议举行。4月1日起施行。").eventDate, "2024-03-05");
    // A span with no meeting held after it stays the date.
    assert.equal(meta("市里开展专项检查\n发布时间:2024-06-12\n6月1日至10日,市里开展了安全检查。").eventDate, "2024-06-01");
  });

  test("a transcript is dated by a line of its own under the headline", () => {
    const m = meta("在全县乡村振兴工作会议上的讲话\n县委副书记、县长　上官云飞\n（2024年2月27日）\n同志们：\n今年要抓好粮食生产。");
    assert.equal(m.eventDate, "2024-02-27");
    assert.equal(meta("县委书记在全县经济工作会议上的讲话\n同志们:\n去年3月5日以来,我们要抓项目。").eventDate, null);
  });

  test("relative dates resolve against the publication date", () => {
    const m = meta("市长主持召开防汛会议\n发布时间:2023-07-10\n昨天下午,市长王强主持召开全市防汛工作会议。");
    assert.equal(m.eventDate, "2023-07-09");
  });

  test("a source in brackets ends at the bracket: 【来源:示例日报】【发布时间:…】", () => {
    const m = meta("市委召开常委会会议\n【来源:示例日报】【发布时间:2025-03-13】\n3月11日,市委书记王立军主持召开市委常委会会议。");
    assert.equal(m.source, "示例日报");
    assert.equal(m.publishedDate, "2025-03-13");
  });

  test("a date in Chinese numerals, as communiqués write it", () => {
    const head = "市委召开常委会会议\n发布时间:2025-03-13 10:00 来源:示例日报\n";
    assert.equal(meta(`${head}二〇二五年三月十一日上午,市委书记王立军主持召开市委常委会会议。`).eventDate, "2025-03-11");
    assert.equal(meta(`${head}十二月二十九日,市委书记王立军主持召开市委常委会会议。`).eventDate, "2024-12-29");
  });

  test("a day without its month takes the publication's month, or the one before", () => {
    const head = (date: string) => `市委召开常委会会议\n发布时间:${date} 10:00 来源:示例日报\n`;
    const lead = "市委书记王立军主持召开市委常委会会议。";
    assert.equal(meta(`${head("2025-03-13")}11日上午,${lead}`).eventDate, "2025-03-11");
    assert.equal(meta(`${head("2025-03-13")}本月11日,${lead}`).eventDate, "2025-03-11");
    // A day still to come in the publication's month happened in the month before.
    assert.equal(meta(`${head("2025-01-02")}本报讯 30日,${lead}`).eventDate, "2024-12-30");
    // A deadline is no date of the event.
    assert.equal(meta(`${head("2025-03-13")}${lead}会议要求,各地25日前完成排查。`).eventDate, null);
  });

  test("other reports' headlines listed above the article's: the one the info bar follows is its", () => {
    const m = meta(
      "热点新闻\n赵立新调研督导安全生产工作\n钱卫东主持召开市政府常务会议\n孙明华会见客商代表\n王立军主持召开市委常委会会议 研究部署春耕生产工作\n发布时间:2025-03-13 09:30 来源:示例日报\n3月12日,市委书记王立军主持召开市委常委会会议。",
    );
    assert.equal(m.title, "王立军主持召开市委常委会会议 研究部署春耕生产工作");
    // One line between headline and info bar is a subtitle: the headline stays the first.
    assert.equal(meta("县委召开常委会会议\n研究部署春耕生产工作\n2025-03-13 来源:示例日报\n3月12日,县委召开常委会会议。").title, "县委召开常委会会议");
  });

  test("menus and site names above the headline are skipped", () => {
    const m = meta("江州市人民政府门户网站\n首页 政务公开 办事服务 互动交流 走进江州\n您的位置:首页 > 要闻\n张建国主持召开市政府常务会议\n4月19日,市长张建国主持召开市政府常务会议。");
    assert.equal(m.title, "张建国主持召开市政府常务会议");
  });

  test("no headline-shaped line gives null, never a paragraph", () => {
    assert.equal(meta("9月26日,市防控会议召开。市委书记王剑锋主持。").title, null);
  });
  test("a meeting named by what it does (分析会, 评审会, 述职会 …), with 议 after it or not, held as subject", () => {
    assert.equal(extract("全市一季度经济运行分析会召开\n会上，市统计局通报了情况。").meta.meeting, "全市一季度经济运行分析会");
    assert.equal(extract("标题\n全市经济运行分析会议在市行政中心召开。").meta.meeting, "全市经济运行分析会议");
    assert.equal(extract("标题\n5月3日，全市重点项目推进会议召开。").meta.meeting, "全市重点项目推进会议");
  });
});

describe("meeting names of congress sessions and interviews", () => {
  test("a delegation's plenary during a congress session is named whole", () => {
    const m = meta("西川代表团审议政府工作报告\n3月6日上午，十四届全国人大三次会议西川代表团全体会议在驻地举行，代表们审议政府工作报告。\n代表团团长、省委书记晏守正主持会议。");
    assert.equal(m.meeting, "十四届全国人大三次会议西川代表团全体会议");
    const p = meta("主席团会议召开\n3月4日，十四届全国人大三次会议主席团第一次会议在人民大会堂举行。");
    assert.equal(p.meeting, "十四届全国人大三次会议主席团第一次会议");
  });

  test("a meeting cited in an interview's question or answer is not the page's", () => {
    const m = meta("让群众少跑腿——访市数据局负责人\n日前，记者采访了市数据局局长杭立诚。\n问：市委书记柏青山在全市优化营商环境大会上提出了要求。有哪些举措？\n答：我们在局党组会议上作了研究。\n");
    assert.equal(m.meeting, null);
  });
});

describe("a headline known only from the page's title", () => {
  test("`headline - site` alone gives the headline; a headline line of its own wins", () => {
    const body = "8月22日上午，市委书记吴俊清主持召开市委疫情防控专题会。他强调，要加强防控。";
    const h = "吴俊清主持召开市委疫情防控专题会强调";
    assert.equal(extract(`${h} - 晋中市人民政府\n\n${body}`).meta.title, h);
    assert.equal(extract(`${h}_晋中新闻网\n\n${body}`).meta.title, h);
    assert.equal(extract(`${h}_晋中新闻网\n\n首页 > 本市时政\n\n${h}\n\n2022-08-23 来源：晋中日报\n\n${body}`).meta.title, h);
    assert.equal(extract(`首页 - 晋中新闻网\n\n${body}`).meta.title, null);
  });
  test("a speech's own dateline dates the speech, not the page; a portal's header date still dates the page", () => {
    const speech = "在全区水利工作会议上的讲话\n区委副书记、区长　钱慕云\n（2024年3月11日）\n同志们：\n下面，我讲三点意见。各街道要抓紧完成河道清淤。\n";
    assert.deepEqual([meta(speech).eventDate, meta(speech).publishedDate], ["2024-03-11", null]);
    const byline = "在全区水利工作会议上的讲话\n（区委书记　孟庆和　2024年3月11日）\n同志们：\n各街道要抓紧完成河道清淤。\n";
    assert.deepEqual([meta(byline).eventDate, meta(byline).publishedDate], ["2024-03-11", null]);
    const onPortal = `2024-03-12 09:30　区政府办\n${speech}`;
    assert.deepEqual([meta(onPortal).eventDate, meta(onPortal).publishedDate], ["2024-03-11", "2024-03-12"]);
    const labelled = speech.replace("同志们：", "发布时间：2024年3月13日\n同志们：");
    assert.equal(meta(labelled).publishedDate, "2024-03-13");
  });
});

describe("headlines and meetings on speech and portal pages", () => {
  test("a breadcrumb with arrows and no home page is no headline", () => {
    const text = "讲话范文 > 领导讲话 > 副县长在全县林长制工作会议上的讲话\n副县长在全县林长制工作会议上的讲话\n同志们:\n各乡镇要落实林长巡林制度。\n";
    assert.equal(meta(text).title, "副县长在全县林长制工作会议上的讲话");
  });

  test("a speech pasted without its headline: a section heading heads nothing, nor does a link after the body", () => {
    const text = "同志们:\n今天我们召开全县秋粮收购工作会议,研究部署收购工作,确保颗粒归仓、农民增收、市场平稳、各项政策落实到位。\n一、提高认识,压实责任\n各乡镇要把秋粮收购摆上重要位置。\n";
    assert.equal(meta(text).title, null);
    const report = "6月3日,县里召开防汛调度会,县领导方定远出席会议,各乡镇主要负责人参加会议并汇报了汛期准备工作情况。\n方定远强调,要压实防汛责任。\n友情链接导航\n";
    assert.equal(meta(report).title, null);
  });

  test("an exclamation inside a short headline is no prose", () => {
    const text = "喜讯!青禾县入选全国农业强县\n2024-05-06 来源:青禾融媒\n5月5日,青禾县召开全县农业工作会议。会议要求,要巩固成果。\n";
    assert.equal(meta(text).title, "喜讯!青禾县入选全国农业强县");
  });

  test("a site's slogan above a speech's title: the speech's title is the headline", () => {
    const text = "某某文库提供海量范文素材!\n当前位置:某某文库 > 讲话\n区长在全区城市管理工作会议上的讲话\n同志们:\n各街道要抓好市容整治。\n";
    assert.equal(meta(text).title, "区长在全区城市管理工作会议上的讲话");
  });

  test("a document site's size note is no part of the headline", () => {
    const text = "在全县文旅融合推进会上的讲话 (本页约3200+字)\n同志们:\n各景区要提升服务质量。\n";
    assert.equal(meta(text).title, "在全县文旅融合推进会上的讲话");
    assert.equal(meta(text.replace(" (本页约3200+字)", "[VIP]")).title, "在全县文旅融合推进会上的讲话");
  });

  test("a watchword quoted inside a speech's meeting stays in its name", () => {
    const text = "县委书记在全县“比学赶超争一流”工作动员大会上的讲话\n同志们:\n各部门要争先进位。\n";
    assert.equal(meta(text).meeting, "全县“比学赶超争一流”工作动员大会");
  });

  test("a meeting with an aside before 会, or joined by 暨 after its organ's body, is named whole", () => {
    const a = "1月6日,县委书记尚怀远主持召开县委常委(扩大)会,传达学习有关会议精神。会议还原则同意了《关于召开县委全体会议的建议》。\n";
    assert.equal(meta(a).meeting, "县委常委(扩大)会");
    const b = "3月2日下午,县人大常委会主任路晓岚主持召开县人大常委会党组暨主任(扩大)会议,研究召开县人大常委会第九次会议的有关事宜。\n";
    assert.equal(meta(b).meeting, "县人大常委会党组暨主任(扩大)会议");
  });
});

describe("portal debris around a report's headline and lead", () => {
  test("a dateline's day dates the dispatch: the event's day after it is the event's", () => {
    const text = "青禾县召开防汛工作会议\n2024-06-04 10:00 来源:青禾融媒\n青禾融媒6月4日讯(记者 江小满) 6月3日晚,青禾县召开防汛工作会议。县长方定远主持会议。\n";
    assert.equal(meta(text).eventDate, "2024-06-03");
  });

  test("an editor's line after the body is no headline", () => {
    const text = "6月3日,县里召开防汛调度会。县长方定远强调,要压实防汛责任,确保安全度汛。\n责编:江小满\n来源:青禾融媒\n";
    assert.equal(meta(text).title, null);
  });

  test("an info bar opening with its author in brackets; a breadcrumb set as a numbered list", () => {
    const bar = "投诉与建议处理流程\n您的位置:\n首页 >> 本县新闻\n青禾县召开秋粮收购工作会\n[ 作者:本站 | 发布时间:2024-10-09 | 浏览:120次 ]\n10月8日,青禾县召开秋粮收购工作会。\n";
    assert.equal(meta(bar).title, "青禾县召开秋粮收购工作会");
    const list = "1. 您现在的位置:首页\n2. 时政要闻\n3. 方定远主持召开县长办公会\n方定远主持召开县长办公会\n发布时间:2024年10月09日 来源:青禾融媒\n10月8日,县长方定远主持召开县长办公会。\n";
    assert.equal(meta(list).title, "方定远主持召开县长办公会");
  });
});

describe("meetings named with a watchword, and meetings whose speeches are relayed", () => {
  test("a quoted watchword opening or inside the name is part of it", () => {
    assert.equal(meta("6月2日,区委书记韩立言主持召开“清风护航”专项整治推进会。").meeting, "“清风护航”专项整治推进会");
    assert.equal(meta("6月2日,全镇“清廉村居”建设领导小组第一次会议召开。").meeting, "全镇“清廉村居”建设领导小组第一次会议");
  });

  test("a meeting where a relayed speech was given is not the reported one", () => {
    const text = "6月2日,区委理论学习中心组召开集体学习会议。会议传达学习了市委书记韩立言在全市作风建设大会上的讲话精神。";
    assert.notEqual(meta(text).meeting, "全市作风建设大会");
  });
});

describe("meta: real pages' headers and leads", () => {
  test("a full date opening the lead dates the event, not the page", () => {
    const m = meta("2021年6月3日,县委常委会召开会议,传达学习省委全会精神。县委书记柯远山主持会议。\n会议强调,要抓好贯彻落实。");
    assert.equal(m.eventDate, "2021-06-03");
    assert.equal(m.publishedDate, null);
  });

  test("a dateline written date first names its outlet after the time: 2019-04-12 09:30   澄江日报", () => {
    const m = meta("邹明远主持召开市委常委会会议\n\n2019-04-12 09:30   澄江日报\n\n昨日(11日),市委书记邹明远主持召开市委常委会会议,研究部署春耕工作。");
    assert.equal(m.source, "澄江日报");
    assert.equal(m.publishedDate, "2019-04-12");
    assert.equal(m.eventDate, "2019-04-11");
  });

  test("a feed's code after 来源: is no outlet", () => {
    const m = meta("县政府召开常务会议\n发布时间:2022-03-02 来源: wx20220302\n3月1日,县长龚立平主持召开县政府常务会议。");
    assert.equal(m.source, null);
  });

  test("a meeting dated between its name and 召开, with a word of time before it: 今年…工作会议8日至9日在…召开", () => {
    const m = meta("省里部署全年水利工作\n\n今年全省水利工作会议8日至9日在青川召开,副省长倪向东出席并讲话。\n会议强调,要抓好水利建设。");
    assert.equal(m.meeting, "全省水利工作会议");
  });
});

describe("meta: meeting names holding a quoted watchword or topics listed after 暨", () => {
  test("a quoted watchword inside the name: 全市“三个片区”建设推进会议…召开", () => {
    const m = meta("本报讯 5月9日下午,全市“三个片区”建设推进会议在市行政中心召开。市委常委、秘书长鲁成章主持并讲话。\n鲁成章强调,要加快建设进度。");
    assert.equal(m.meeting, "全市“三个片区”建设推进会议");
  });

  test("hosted, with the watchword read forward: 主持召开全县“两违”整治调度会", () => {
    const m = meta("4月2日,县长贺青松主持召开全县“两违”整治调度会,研究部署整治工作。\n会议要求,要加大整治力度。");
    assert.equal(m.meeting, "全县“两违”整治调度会");
  });

  test("a meeting of the calendar: 乡召开节后收心会", () => {
    const m = meta("2月10日,青石乡召开春节节后收心会,动员干部迅速进入工作状态。乡长史万年主持会议。\n史万年强调,要迅速收心归位。");
    assert.equal(m.meeting, "春节节后收心会");
  });

  test("topics listed after 暨: …座谈会暨防汛、森林防火工作会议召开", () => {
    const m = meta("6月3日上午,全市乡镇党委书记座谈会暨防汛、森林防火工作会议召开。市委书记齐振华主持会议并讲话。\n齐振华强调,要压实防汛责任。");
    assert.equal(m.meeting, "全市乡镇党委书记座谈会暨防汛、森林防火工作会议");
  });
});

test("a paper's list of its pages is no headline: 01版:要闻 / 02版:综合 above the story", () => {
  const m = meta("01版:要闻\n\n02版:综合\n\n03版:时评\n\n全力以赴抓好秋粮收购\n\n( 2024-10-09 ) 稿件来源:岚江日报\n\n  8日上午,市政府召开秋粮收购工作会议。副市长韩立秋主持会议。");
  assert.equal(m.title, "全力以赴抓好秋粮收购");
});

describe("meta: the convener chairs when no one is said to 主持", () => {
  test("县委书记X组织召开…专题会议 gives X the chair", () => {
    const m = meta("5月3日,县委书记蓝正清组织召开防汛工作专题会议,研究部署防汛工作。\n蓝正清强调,要压实防汛责任。");
    assert.equal(m.chair, "蓝正清");
    assert.deepEqual(extract("5月3日,县委书记蓝正清组织召开防汛工作专题会议。").officials[0].roles, ["chair"]);
  });

  test("one said to 主持 chairs over the convener", () => {
    const m = meta("5月3日,县委书记蓝正清召开防汛工作专题会议,副县长姜小川主持会议。\n蓝正清强调,要压实防汛责任。");
    assert.equal(m.chair, "姜小川");
  });
});
