import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { extract } from "../../src/extractor/index";

const officials = (text: string) => Object.fromEntries(extract(text).officials.map((o) => [o.name, o]));

describe("officials", () => {
  test("every title as written, split at 、, organisation prefix kept", () => {
    const o = officials("5月3日,县委副书记、县长欧阳明辉主持召开县政府常务会议。");
    assert.deepEqual(o["欧阳明辉"].titles, ["县委副书记", "县长"]);
    assert.deepEqual(o["欧阳明辉"].roles, ["chair"]);
  });

  test("a title shared by a list is given to each name", () => {
    const o = officials("开发区管委会副主任陈晓、崔海林,市领导刘一鸣、何宁参加调研。");
    assert.deepEqual(o["陈晓"].titles, ["开发区管委会副主任"]);
    assert.deepEqual(o["崔海林"].titles, ["开发区管委会副主任"]);
    assert.deepEqual(o["刘一鸣"].titles, []);
    assert.deepEqual(o["何宁"].roles, ["attendee"]);
  });

  test("names before a group label, rare surnames, two-character names", () => {
    const o = officials("会议由市长主持。呼延平、米兰、卜正东等市领导出席会议。");
    assert.ok(o["呼延平"] && o["米兰"] && o["卜正东"], JSON.stringify(Object.keys(o)));
    assert.deepEqual(o["米兰"].titles, []);
  });

  test("common and rare surnames the list lacked: 傅, 洪, 赖, 贝, 郗, 言 …", () => {
    const o = officials("市人大常委会主任贝永康，副市长傅晓东、洪亮，市领导赖文、郗婉清、言志成等出席会议。言志成就加强司法公开提出要求。");
    assert.deepEqual(Object.keys(o).sort(), ["傅晓东", "洪亮", "言志成", "赖文", "贝永康", "郗婉清"].sort());
    assert.deepEqual(o["贝永康"].titles, ["市人大常委会主任"]);
    assert.equal(o["言志成"].mentions.length, 2);
    // The words these surnames start are not names.
    assert.deepEqual(Object.keys(officials("防汛指挥长洪水来临前要转移群众。")), []);
  });

  test("rarer surnames of the old lists: 汲, 弓, 仰, 宦, 巢 …; the words some of them start are no names", () => {
    const o = officials("县人大常委会主任汲长青，副县长弓晓岚、宦明，县政协副主席巢文远出席会议。");
    assert.deepEqual(Object.keys(o).sort(), ["宦明", "巢文远", "弓晓岚", "汲长青"].sort());
    assert.deepEqual(o["汲长青"].titles, ["县人大常委会主任"]);
    assert.deepEqual(Object.keys(officials("各村党支部书记弘扬优良作风，确保各项事业蓬勃发展。")), []);
  });

  test("an organ's own 和 stays in the title: 省工业和信息化厅厅长, 市住房和城乡建设局局长", () => {
    const o = officials("省工业和信息化厅厅长卞雅琴，市住房和城乡建设局局长项东，县教育和体育局局长闻涛参加会议。");
    assert.deepEqual(o["卞雅琴"]?.titles, ["省工业和信息化厅厅长"]);
    assert.deepEqual(o["项东"]?.titles, ["市住房和城乡建设局局长"]);
    assert.deepEqual(o["闻涛"]?.titles, ["县教育和体育局局长"]);
    // 和 between two offices, or a group and an office, still joins them.
    const joined = officials("市委书记和市长李明出席，企业代表和副市长王刚参加。");
    assert.deepEqual(joined["李明"]?.titles, ["市长"]);
    assert.deepEqual(joined["王刚"]?.titles, ["副市长"]);
  });

  test("a site's name is no post and name: 来源：沅州长安网 (州长 + 安网)", () => {
    const o = officials("全县政法工作会议召开\n来源：沅州长安网\n县委常委、政法委书记宗伯阳出席会议。");
    assert.deepEqual(Object.keys(o), ["宗伯阳"]);
  });

  test("候选人 after a post is the candidate for it, no name: 提名为市长候选人", () => {
    assert.deepEqual(Object.keys(officials("会议提名其为岑阳市人民政府市长候选人，县长候选人名单另行公布。")), []);
  });

  test("minority names joined by any of the dots pages use, with long parts and no Han surname", () => {
    const o = officials("州政协副主席努尔兰·别克，副州长阿不都热合曼‧依明出席会议。努尔兰·别克通报了情况。");
    assert.deepEqual(o["努尔兰·别克"]?.titles, ["州政协副主席"], JSON.stringify(Object.keys(o)));
    assert.equal(o["努尔兰·别克"].mentions.length, 2);
    assert.deepEqual(o["阿不都热合曼‧依明"]?.titles, ["副州长"], JSON.stringify(Object.keys(o)));
  });

  test("a name with no Han surname after a title counts when the text names the person again", () => {
    const o = officials("州委副书记、州长尼玛次仁主持会议，副州长格桑旺姆出席。尼玛次仁强调，要守好生态屏障。");
    assert.deepEqual(o["尼玛次仁"]?.titles, ["州委副书记", "州长"], JSON.stringify(Object.keys(o)));
    assert.deepEqual(o["尼玛次仁"].roles, ["chair", "speaker"]);
    // Named once only, a run of common characters after a post is no name.
    assert.deepEqual(Object.keys(officials("会上，县委书记亲自挂帅，县长靠前指挥。")), []);
  });

  test("a transliterated name named once counts when the person chairs, attends or speaks", () => {
    const o = officials("州委副书记、州长尼玛次仁主持召开州政府常务会议。副州长格桑旺姆出席。县长巴桑多吉讲话。");
    assert.deepEqual(Object.keys(o).sort(), ["尼玛次仁", "巴桑多吉", "格桑旺姆"].sort());
    assert.deepEqual(o["尼玛次仁"].roles, ["chair"]);
    // A Han surname opening it (巴) does not cut it at three characters.
    assert.deepEqual(o["巴桑多吉"].titles, ["县长"]);
    // What a leader does in that slot is written in other characters.
    for (const text of ["县委书记第一时间主持召开会议。", "县委书记亲自主持会议。", "副县长多次主持调度会。", "州长专门主持召开会议。"]) {
      assert.deepEqual(Object.keys(officials(text)), [], text);
    }
  });

  test("a name with no Han surname named once counts as the last of a list of those present", () => {
    const o = officials("州委副书记、州长扎西平措主持会议。副州长欧阳卓玛、罗布，州人大常委会副主任次仁央宗出席会议。");
    assert.deepEqual(o["次仁央宗"]?.titles, ["州人大常委会副主任"], JSON.stringify(Object.keys(o)));
    assert.deepEqual(o["次仁央宗"].roles, ["attendee"]);
    // Not after another item's name: what a leader does fills the same slot.
    assert.deepEqual(Object.keys(officials("按照安排，县委书记亲自带队参加，各乡镇负责同志随同参加。")), []);
    assert.deepEqual(Object.keys(officials("市长王立新主持会议，县委书记亲自带队参加。")), ["王立新"]);
  });

  test("a two-character name named once ends before the verbs of ceremonies and visits", () => {
    const o = officials("副市长柴岚宣读了表彰决定。副县长龙飞带领有关部门负责人实地察看，县长石磊详细了解情况。");
    assert.deepEqual(Object.keys(o).sort(), ["柴岚", "石磊", "龙飞"].sort());
  });

  test("a name named once ends before 应邀 (invited to attend), not at its own last character", () => {
    const o = officials("市委常委、统战部部长尹春来应邀出席会议。市政协副主席严明杰受邀参加。");
    assert.deepEqual(Object.keys(o).sort(), ["严明杰", "尹春来"].sort());
  });

  test("和 after a post joins another group unless it ends the item or the person is named again", () => {
    assert.deepEqual(Object.keys(officials("各村党支部书记、村委会主任和全镇网格员参加会议。驻村第一书记和工作队要吃住在村。")), []);
    const o = officials("副市长和丽华，副县长杨帆出席会议。县长和志刚主持会议并讲话。和志刚强调，要抓好春耕。");
    assert.deepEqual(Object.keys(o).sort(), ["和丽华", "和志刚", "杨帆"].sort());
    assert.deepEqual(o["和志刚"].roles, ["chair", "speaker"]);
  });

  test("a spokesperson and a mayor's assistant hold posts", () => {
    const o = officials("省政府新闻办副主任、新闻发言人厍晓东主持发布会。市长助理、市公安局局长芮志坚出席。");
    assert.deepEqual(o["厍晓东"]?.titles, ["省政府新闻办副主任", "新闻发言人"], JSON.stringify(Object.keys(o)));
    assert.deepEqual(o["厍晓东"].roles, ["chair"]);
    assert.deepEqual(o["芮志坚"]?.titles, ["市长助理", "市公安局局长"]);
  });

  test("a post after a name, and a deputy post after a name", () => {
    const o = officials("要深入贯彻习近平总书记重要指示精神。刚才,李玉梅副县长通报了情况。");
    assert.deepEqual(o["习近平"].titles, ["总书记"]);
    assert.deepEqual(o["习近平"].roles, ["mentioned"]);
    assert.deepEqual(o["李玉梅"].titles, ["副县长"]);
  });

  test("a post said short after the name adds no title", () => {
    const o = officials("市委书记韦韬主持会议。韦韬书记强调,要压实责任。");
    assert.deepEqual(o["韦韬"].titles, ["市委书记"]);
  });

  test("one space between title and name is allowed", () => {
    const o = officials("8月2日,市委书记 吴清华主持召开会议。");
    assert.deepEqual(o["吴清华"].titles, ["市委书记"]);
  });

  test("masked officials are flagged with the mask as their name", () => {
    const x = extract("从刚才**市长通报的情况来看,问题不少。");
    const masked = x.officials.filter((o) => o.masked);
    assert.equal(masked.length, 1);
    assert.equal(masked[0].name, "**");
  });

  test("a mask that opens a clause as a subject is the masked official again: they chair and speak", () => {
    const x = extract("**县召开专题会\n11月19日,县委书记***主持召开专题会。***强调,要全力做好防控工作。\n**县融媒体中心");
    const o = x.officials.find((m) => m.name === "***");
    assert.ok(o?.masked);
    assert.deepEqual(o.roles, ["chair", "speaker"]);
    assert.equal(x.meta.chair, "***");
    assert.deepEqual(x.directives.map((d) => d.speaker), ["***"]);
    // `**县` is a place: a mask not standing as a subject is no mention.
    assert.equal(o.mentions.length, 2);
  });

  test("attendance in a person's own clause counts when the sentence goes on", () => {
    const x = extract("全市防汛工作会议召开\n6月1日,全市防汛工作会议召开,市长顾晓岚出席会议并讲话,副市长孟长川主持会议。");
    const roles = Object.fromEntries(x.officials.map((o) => [o.name, o.roles]));
    assert.deepEqual(roles, { 顾晓岚: ["speaker", "attendee"], 孟长川: ["chair"] });
  });

  test("journalists, photographers and editors are not officials", () => {
    const o = officials("本报讯(记者 殷小雪 梁大涛)3月1日,市委书记韦韬主持召开会议。贾鹏 摄 编辑:王晓 审核:李华 终审:赵强");
    assert.deepEqual(Object.keys(o), ["韦韬"]);
  });

  test("the name ends where a verb of the report begins", () => {
    const o = officials("市领导王一、黄晓琳、马骏陪同调研。市委书记韦韬深入企业。省长王宁出席会议并讲话。");
    assert.ok(o["马骏"] && o["韦韬"] && o["王宁"], JSON.stringify(Object.keys(o)));
    assert.deepEqual(o["王宁"].roles, ["speaker", "attendee"]);
  });

  test("river, lake and forest chiefs hold offices (总河长, 河长, 总林长, 林长)", () => {
    const o = officials("县委书记、县总河长曹一凡主持会议，副县长、县副总林长祁晓梅，白河镇河长邓立出席。曹一凡强调，各级河长要履职尽责。");
    assert.deepEqual(o["曹一凡"]?.titles, ["县委书记", "县总河长"], JSON.stringify(Object.keys(o)));
    assert.deepEqual(o["祁晓梅"]?.titles, ["副县长", "县副总林长"]);
    assert.deepEqual(o["邓立"]?.titles, ["白河镇河长"]);
    assert.deepEqual(o["曹一凡"].roles, ["chair", "speaker"]);
    // The office named in a system's name is no title of the next word.
    assert.deepEqual(Object.keys(officials("要落实河长制，林长制办公室牵头督查。")), []);
  });

  test("the name that opens the headline before 主持 chaired, with no title given anywhere", () => {
    const x = extract("钱志远主持召开市委常委会会议\n7月2日，市委常委会召开会议。会议强调，要抓好防汛工作。市长罗明出席会议。");
    const o = Object.fromEntries(x.officials.map((f) => [f.name, f]));
    assert.deepEqual(o["钱志远"]?.titles, [], JSON.stringify(Object.keys(o)));
    assert.deepEqual(o["钱志远"].roles, ["chair"]);
    assert.equal(x.meta.chair, "钱志远");
    // A headline that opens with a title names no one.
    assert.deepEqual(extract("市长主持召开常务会议\n7月2日，市政府召开常务会议。").officials, []);
  });

  test("every mention is reported with offsets into the input", () => {
    const text = "市委书记吴清华主持会议。吴清华强调,要抓好落实。";
    const [o] = extract(text).officials;
    assert.equal(o.mentions.length, 2);
    for (const m of o.mentions) assert.equal(text.slice(m.start, m.end), "吴清华");
  });

  test("Traditional script with romanisation: strings clean, offsets original", () => {
    const text = "省衛(wèi)健委辦公室主任周明浩明確提出指導建議。";
    const x = extract(text);
    assert.equal(x.officials[0].name, "周明浩");
    assert.deepEqual(x.officials[0].titles, ["省衛健委辦公室主任"]);
  });

  test("a user's own titles, names and exclusions", () => {
    const text = "首席专家张大伟介绍情况。市委书记王小明主持会议。";
    const x = extract(text, { extraTitles: ["首席专家"], ignoredNames: ["王小明"] });
    assert.deepEqual(x.officials.map((o) => o.name), ["张大伟"]);
  });
  test("an organ's name joined by 和 is one organ (市住房和城乡建设局); two organs or two posts are not", () => {
    const o = officials("市住房和城乡建设局局长秦海波，市人力资源和社会保障局副局长姚静，国家发展和改革委员会副主任罗成出席。");
    assert.deepEqual(o["秦海波"].titles, ["市住房和城乡建设局局长"]);
    assert.deepEqual(o["姚静"].titles, ["市人力资源和社会保障局副局长"]);
    assert.deepEqual(o["罗成"].titles, ["国家发展和改革委员会副主任"]);
    // A place after 和 opens another organisation; a place or an organ before it ends one.
    assert.deepEqual(officials("县委办和县政府办主任罗成出席。")["罗成"].titles, ["县政府办主任"]);
    assert.deepEqual(officials("各乡镇和应急管理局局长罗成出席。")["罗成"].titles, ["应急管理局局长"]);
    assert.deepEqual(officials("市委书记和市长罗成出席。")["罗成"].titles, ["市长"]);
  });
  test("a title after a verb of accountability (责令, 给予, 约谈, 责成) starts after the verb", () => {
    const o = officials("责令滨湖区政务服务中心主任韦仲秋作出书面检查；给予市不动产登记中心副主任富海涛党内警告处分；约谈东岭县交通运输局局长鞠文辉；责成县水利局局长万青山限期整改。");
    assert.deepEqual(o["韦仲秋"].titles, ["滨湖区政务服务中心主任"]);
    assert.deepEqual(o["富海涛"].titles, ["市不动产登记中心副主任"]);
    assert.deepEqual(o["鞠文辉"].titles, ["东岭县交通运输局局长"]);
    assert.deepEqual(o["万青山"].titles, ["县水利局局长"]);
  });
  test("a delegation's head is a post (代表团团长, 代表团副团长); 代表 as a verb still ends a title", () => {
    const o = officials("岚江代表团团长、省委书记韩启明主持审议。代表团副团长、省委副书记、省长魏成钧参加审议。");
    assert.deepEqual(o["韩启明"].titles, ["岚江代表团团长", "省委书记"]);
    assert.deepEqual(o["魏成钧"].titles, ["代表团副团长", "省委副书记", "省长"]);
    assert.deepEqual(officials("市委书记罗成代表市委致辞。")["罗成"].titles, ["市委书记"]);
    assert.deepEqual(Object.keys(officials("该集团长期坚持创新。")), []);
  });
  test("company posts alone (…有限公司车间主任, …集团党委书记) make no official; beside a public office they stay titles", () => {
    const o = officials("全国人大代表、星河化工集团有限公司车间主任党玉兰，省交通投资集团有限公司党委书记邰国梁，市政府副秘书长、市城投集团党委书记罗成出席。");
    assert.deepEqual(Object.keys(o), ["罗成"]);
    assert.deepEqual(o["罗成"].titles, ["市政府副秘书长", "市城投集团党委书记"]);
  });
});

describe("a leader named bare", () => {
  test("a paragraph opening with a name first met there and its requirements: an official with no title", () => {
    const o = officials("区委常委会召开会议\n区委书记宗政晓峰主持会议。\n郦春华就做好年底前各项工作提出具体要求，要倒排工期。\n");
    assert.deepEqual(o["郦春华"]?.titles, []);
    assert.deepEqual(o["郦春华"]?.roles, ["speaker"]);
  });

  test("a name chairing right after the lead's date is the leader who held the meeting", () => {
    for (const lead of ["　　3月12日，王立军主持召开县委常委会（扩大）会议。", "本报讯（记者 张小凡）3月12日上午，王立军主持召开县委常委会会议。"]) {
      const x = extract(`县委召开常委会会议\n发布时间：2025-03-13 来源：示例县融媒体中心\n${lead}\n会议强调，要切实抓好春耕生产。\n`);
      assert.deepEqual(x.officials.map((o) => [o.name, o.titles, o.roles]), [["王立军", [], ["chair"]]], lead);
      assert.equal(x.meta.chair, "王立军");
    }
    // A village or county in that place holds a meeting; it chairs nothing.
    assert.deepEqual(Object.keys(officials("3月12日，王家村主持召开村民大会。\n")), []);
  });

  test("a speech's colleagues who just spoke (刚才，X同志、Y同志…) are officials", () => {
    const o = officials("在全市安全生产工作会议上的讲话\n同志们：\n刚才，张建国同志、李红梅同志分别作了发言，我都同意。\n要抓好落实。\n");
    assert.deepEqual(Object.keys(o).sort(), ["张建国", "李红梅"].sort());
    assert.deepEqual(o["张建国"].titles, []);
    // Not without 同志, nor someone's given name alone (晓明同志): no full name to report.
    assert.deepEqual(Object.keys(officials("讲话\n刚才，晓明同志通报了情况，大家讲得很好。\n")), []);
  });

  test("someone introduced earlier with a company's post, or speaking as anyone does, is none", () => {
    const o = officials("企业家座谈会召开\n副省长甘泽民主持，云图科技董事长项天佑发言。\n项天佑强调，要加大投入。\n鞠明建议，政府要加大支持。\n");
    assert.deepEqual(Object.keys(o), ["甘泽民"]);
  });

  test("a city or village opening a paragraph of requirements is no person", () => {
    const o = officials(
      "全省经济工作会议召开\n省委书记周立新出席会议并讲话。\n石家庄强调，要做好防汛工作。\n王家村要求，村民要积极参与。\n" +
        "郑州强调，要抓好项目建设。\n金华要求，各县要加强巡查。\n金华市委、市政府高度重视。\n",
    );
    assert.deepEqual(Object.keys(o), ["周立新"]);
  });

  test("a post after the name later (`滕远舟市长`) does not make a place of it", () => {
    const o = officials("市政府常务会议召开\n滕远舟强调，要抓好落实。\n会后，滕远舟市长深入企业调研。\n");
    assert.deepEqual(Object.keys(o), ["滕远舟"]);
  });
});

describe("bare names attending", () => {
  test("a list of whole names opening its clause before 出席: leaders with no title given", () => {
    const o = officials("市政府召开常务会议\n市长蔺书航主持召开市政府常务会议。郜振川、欧阳蔚出席会议。\n");
    assert.deepEqual(Object.keys(o), ["蔺书航", "郜振川", "欧阳蔚"]);
    assert.deepEqual(o["郜振川"].roles, ["attendee"]);
  });

  test("nouns, places, two-unit words and lists read in part are none", () => {
    for (const who of ["居民", "万余人", "王家村", "樊宇", "企业家代表项天佑、鞠明远"]) {
      const o = officials(`会议召开\n市长罗成主持会议。${who}参加会议。\n`);
      assert.deepEqual(Object.keys(o), ["罗成"], who);
    }
  });
});

describe("lists after a group label, as pages write them", () => {
  test("spaced or comma-separated after 市领导, every name is an official attending", () => {
    for (const list of ["张德明 李春华 赵卫国", "张德明，李春华，赵卫国", "张德明、李春华、赵卫国"]) {
      const o = officials(`8月1日，市委书记王立军主持召开会议。市领导${list}参加会议。`);
      assert.deepEqual(Object.keys(o), ["王立军", "张德明", "李春华", "赵卫国"], list);
      assert.deepEqual(o["李春华"].roles, ["attendee"], list);
    }
  });

  test("after a colon, the list announced by 出席会议的…: attended", () => {
    const o = officials("8月1日，市委书记王立军主持召开会议。出席会议的市领导：张德明、李春华、赵卫国。");
    assert.deepEqual(Object.keys(o), ["王立军", "张德明", "李春华", "赵卫国"]);
    assert.deepEqual(o["赵卫国"].roles, ["attendee"]);
    const p = officials("8月1日，市委书记王立军主持召开会议。出席会议的有：市委副书记张德明，副市长李春华。");
    assert.deepEqual(p["李春华"].roles, ["attendee"]);
  });

  test("a title shared by a list does not run on past a comma", () => {
    const o = officials("8月1日，副市长陈曦，崔俊林主持召开会议。");
    assert.deepEqual(o["陈曦"].titles, ["副市长"]);
    assert.equal(o["崔俊林"], undefined);
  });

  test("a loose list stops where no name follows", () => {
    const o = officials("8月1日，市委书记王立军主持召开会议。市领导张德明，会同有关部门负责人参加会议。");
    assert.deepEqual(Object.keys(o), ["王立军", "张德明"]);
  });
});

describe("titles in brackets after the name", () => {
  test("张德明(市委副书记、市长)主持 chairs, as 市长张德明主持 does", () => {
    const x = extract("8月1日，张德明（市委副书记、市长）主持召开会议。张德明强调，要加强防控。");
    assert.equal(x.meta.chair, "张德明");
    assert.deepEqual(x.officials[0].titles, ["市委副书记", "市长"]);
  });
});

describe("names with 同志 attending", () => {
  test("张德明同志、李春华同志出席 and 张德明、李春华等同志出席 name officials who attended", () => {
    for (const list of ["张德明同志、李春华同志", "张德明、李春华等同志"]) {
      const o = officials(`8月1日，市委书记王立军主持召开会议。${list}出席会议。`);
      assert.deepEqual(Object.keys(o), ["王立军", "张德明", "李春华"], list);
      assert.deepEqual(o["李春华"].roles, ["attendee"], list);
    }
  });
});

test("cadres a Party report names with 同志 and no title: the chair after the lead's date, a list of attendees, two-character names too", () => {
  const x = extract(
    "市委召开疫情防控工作会议\n　　9月2日，吴俊清同志主持召开市委疫情防控工作会议。李国华同志、王芳同志出席。\n　　吴俊清同志强调，要严格落实各项防控措施。",
  );
  assert.deepEqual(
    x.officials.map((o) => [o.name, o.roles]),
    [
      ["吴俊清", ["chair", "speaker"]],
      ["李国华", ["attendee"]],
      ["王芳", ["attendee"]],
    ],
  );
  assert.equal(x.meta.chair, "吴俊清");
  // Without 同志, a two-character word before 出席 is far more often a noun than a name.
  const plain = extract("　　9月2日，吴俊清主持召开市委疫情防控工作会议。居民、游客出席。");
  assert.deepEqual(plain.officials.map((o) => o.name), ["吴俊清"]);
});

describe("names that hold 会", () => {
  test("会 inside a given name is read as the name's, words of a meeting after a name end it", () => {
    const o = officials("县委副书记、县长梁会成出席会议并讲话。县领导蔡会芳、何振、冯秀会出席。副县长郑雨会上强调,要抓好落实。");
    assert.deepEqual(Object.keys(o), ["梁会成", "蔡会芳", "何振", "冯秀会", "郑雨"]);
    assert.deepEqual(o["梁会成"].titles, ["县委副书记", "县长"]);
  });
});

describe("rare surnames in a list after a group label", () => {
  test("surnames the lexicon holds now: 籍, 禚, 庹", () => {
    const o = officials("副县长庹明远主持会议。县领导禚东、籍晓岚出席。");
    assert.deepEqual(Object.keys(o), ["庹明远", "禚东", "籍晓岚"]);
    assert.deepEqual(o["庹明远"].titles, ["副县长"]);
  });

  test("an item between two 、 is a name though its surname is unknown, and the list goes on", () => {
    const o = officials("市领导韩立新、邓晓梅、尕东升、夏文波、鲍玉珍等参加会议。");
    assert.deepEqual(Object.keys(o), ["韩立新", "邓晓梅", "尕东升", "夏文波", "鲍玉珍"]);
  });

  test("an unknown surname ends a list before the verb, once the list has given names", () => {
    const o = officials("县领导韩立新、尕东升出席。");
    assert.deepEqual(Object.keys(o), ["韩立新", "尕东升"]);
    // Not after a title shared by a list, and not a word of more than three characters.
    assert.deepEqual(Object.keys(officials("市领导韩立新、各县区负责同志参加。")), ["韩立新"]);
  });
});

describe("lists and roles of plenaries and standing meetings", () => {
  test("a list after a group label and 还有: is read; the attendance announced before it holds for all", () => {
    const x = extract("应邀出席大会的市领导还有:韩立新、邓晓梅,夏文波、鲍玉珍。");
    assert.deepEqual(x.officials.map((o) => o.name), ["韩立新", "邓晓梅", "夏文波", "鲍玉珍"]);
    for (const o of x.officials) assert.deepEqual(o.roles, ["attendee"], o.name);
  });

  test("seats on the rostrum and 应邀出席大会 are attendance; 应邀 after a post is no name", () => {
    const o = officials("市政协主席韩立新,副主席邓晓梅、夏文波在主席台就座。市委书记鲍玉珍应邀出席大会。部分市政协委员应邀列席会议。");
    assert.deepEqual(Object.keys(o), ["韩立新", "邓晓梅", "夏文波", "鲍玉珍"]);
    for (const name of Object.keys(o)) assert.deepEqual(o[name].roles, ["attendee"], name);
  });

  test("those at a standing meeting who attend and then give orders spoke too; 常务列席 ends a name", () => {
    const o = officials("县长韩立新主持会议,副县长邓晓梅、副县长夏文波参加会议,提出工作要求。县政协副主席鲍玉珍常务列席会议。");
    assert.deepEqual(o["邓晓梅"].roles, ["speaker", "attendee"]);
    assert.deepEqual(o["夏文波"].roles, ["speaker", "attendee"]);
    assert.ok(o["鲍玉珍"], JSON.stringify(Object.keys(o)));
  });

  test("a command post named by its task keeps 应对 in its title; 代理 is a prefix like 代", () => {
    const o = officials("区委副书记、代理区长、区应对突发事件应急指挥部指挥长韩立新主持会议。");
    assert.deepEqual(o["韩立新"].titles, ["区委副书记", "代理区长", "区应对突发事件应急指挥部指挥长"]);
  });

  test("a nomination with a name after it is part of the title", () => {
    const o = officials("区委副书记、区人民政府区长提名候选人邓晓梅参加会议。");
    assert.deepEqual(o["邓晓梅"].titles, ["区委副书记", "区人民政府区长提名候选人"]);
  });
});

describe("names and titles met on visits", () => {
  test("有关 after a name ends it; a report's own unit (我院) is no part of the title", () => {
    const o = officials("县委书记韩立新听取了我院党组书记、检察长邓晓有关工作情况的汇报。");
    assert.deepEqual(o["邓晓"]?.titles, ["党组书记", "检察长"], JSON.stringify(Object.keys(o)));
  });

  test("a word of the report before a surname and a post is no name (随后周书记)", () => {
    assert.deepEqual(Object.keys(officials("县委书记韩立新察看了现场,随后周书记一行来到村里。")), ["韩立新"]);
  });

  test("those who accompany 此次调研 attended", () => {
    const o = officials("市委书记韩立新到村里调研。县委常委、县委办主任邓晓梅,镇长夏文波陪同此次调研。");
    assert.deepEqual(o["邓晓梅"].roles, ["attendee"]);
    assert.deepEqual(o["夏文波"].roles, ["attendee"]);
  });
});

describe("plenary lists: rostrums, transliterated names, places with 都", () => {
  test("seats on the rostrum's front row are attendance, and 台前排 after 主席 is no name", () => {
    const o = officials("省政协主席韩立新,副主席邓晓梅在主席台前排就座。省党政军领导夏文波、鲍玉珍出席会议。");
    assert.deepEqual(Object.keys(o), ["韩立新", "邓晓梅", "夏文波", "鲍玉珍"]);
    assert.deepEqual(o["邓晓梅"].roles, ["attendee"]);
    assert.deepEqual(o["夏文波"].titles, []);
  });

  test("出席会议并作重要讲话: attended and spoke", () => {
    const o = officials("县委常委、常务副县长韩立新出席会议并作重要讲话。");
    assert.deepEqual(o["韩立新"].roles, ["speaker", "attendee"]);
  });

  test("a place whose name ends in 都 keeps it before its level", () => {
    const o = officials("安都市委副书记、市长韩立新,丰都县委书记邓晓梅出席。");
    assert.deepEqual(o["韩立新"].titles, ["安都市委副书记", "市长"]);
    assert.deepEqual(o["邓晓梅"].titles, ["丰都县委书记"]);
  });

  test("transliterated names in a list of titled names, their first two characters repeated elsewhere", () => {
    const o = officials("州委副书记、州长次仁多杰,州委常委、副州长尕藏朋措,副州长旦增次仁出席。次仁多杰要求,要抓好落实。");
    assert.deepEqual(Object.keys(o), ["次仁多杰", "尕藏朋措", "旦增次仁"]);
    assert.deepEqual(o["尕藏朋措"].titles, ["州委常委", "副州长"]);
  });
});

describe("what stands around a title: lists announced, errands, meetings with outsiders, former posts", () => {
  test("出席会议的领导有 opens the list: no part of the first title, and all attended", () => {
    const o = officials("出席会议的领导有市委常委、统战部部长韩立新,市政协副主席邓晓梅。");
    assert.deepEqual(o["韩立新"].titles, ["市委常委", "统战部部长"]);
    assert.deepEqual(o["邓晓梅"].roles, ["attendee"]);
  });

  test("受…委托 is no part of the title", () => {
    const o = officials("受市委书记韩立新委托,市长邓晓梅讲话。县行政审批受理中心主任夏文波出席。");
    assert.deepEqual(o["韩立新"].titles, ["市委书记"]);
    assert.deepEqual(o["夏文波"].titles, ["县行政审批受理中心主任"]);
  });

  test("a titled person meeting another with 与: the other's title starts after 与", () => {
    const o = officials("韩立新与江陵大学发展研究院院长苏芷座谈\n市委副书记、代市长韩立新与江陵大学发展研究院院长苏芷座谈。");
    assert.deepEqual(o["苏芷"].titles, ["江陵大学发展研究院院长"]);
    assert.deepEqual(officials("市人大环境与资源保护委员会主任委员夏文波出席。")["夏文波"].titles, ["市人大环境与资源保护委员会主任委员"]);
  });

  test("A、B等领导 lists leaders with no level before 领导", () => {
    const o = officials("市长韩立新主持。邓晓梅、夏文波等领导出席。");
    assert.deepEqual(Object.keys(o), ["韩立新", "邓晓梅", "夏文波"]);
  });

  test("原 after the place marks a former post as 原 before it does", () => {
    assert.deepEqual(Object.keys(officials("区纪委就该区青石镇原党委书记韩立新、原镇长邓晓梅违纪案件召开警示教育大会。")), []);
  });
});

describe("elections and rostrum lists", () => {
  test("a list of names elected together (A、B、C当选…) each takes the office", () => {
    const o = officials("大会选举韩立新为乡长。邓晓梅、夏文波、鲍玉珍当选副乡长。");
    for (const n of ["邓晓梅", "夏文波", "鲍玉珍"]) assert.deepEqual(o[n]?.titles, ["副乡长"], n);
  });

  test("出席大会并在主席台就坐的…领导有 announces attendance of the whole list", () => {
    const x = extract("出席大会并在主席台就坐的市委、市人大常委会、市政府领导有韩立新、邓晓梅、夏文波。");
    assert.deepEqual(x.officials.map((o) => [o.name, o.roles]), [["韩立新", ["attendee"]], ["邓晓梅", ["attendee"]], ["夏文波", ["attendee"]]]);
  });
});

test("a chair whose clause ends in a speech (主持会议并讲话) spoke too", () => {
  const o = officials("区委副书记、区长韩立新主持会议并讲话,区人大常委会主任邓晓梅参加。");
  assert.deepEqual(o["韩立新"].roles, ["chair", "speaker"]);
  assert.deepEqual(o["邓晓梅"].roles, ["attendee"]);
});

describe("more shapes of real lists and chairs", () => {
  test("a name whose first two characters make a word, inside a list after a shared title", () => {
    const o = officials("市指挥部副指挥长韩立新、邓晓梅、方向明、夏文波出席会议。");
    assert.deepEqual(Object.keys(o), ["韩立新", "邓晓梅", "方向明", "夏文波"]);
  });

  test("a comma after long titles before 主持 leaves the chair to the name", () => {
    const x = extract("3月30日,市委副书记、市长、市应急指挥部指挥长韩立新,主持召开市应急指挥部第九次会议。");
    assert.equal(x.meta.chair, "韩立新");
  });

  test("the first of a group label's list who reports in turn spoke, as the others did", () => {
    const o = officials("市委书记韩立新主持会议。市领导邓晓梅、夏文波在会上通报了有关工作情况。");
    assert.deepEqual(o["邓晓梅"].roles, ["speaker"]);
    assert.deepEqual(o["夏文波"].roles, ["speaker"]);
  });

  test("出席会议并讲具体意见: attended and spoke", () => {
    const o = officials("市领导邓晓梅、夏文波出席会议并讲具体意见。");
    assert.deepEqual(o["邓晓梅"].roles, ["speaker", "attendee"]);
  });
});

test("a word of sequence before a title is no part of it: 最后镇党委副书记、镇长X讲话", () => {
  const o = extract("会议由镇党委委员葛山主持。最后镇党委副书记、镇长柴立文讲话,要求各村抓好落实。").officials;
  assert.deepEqual(
    o.find((x) => x.name === "柴立文")?.titles,
    ["镇党委副书记", "镇长"],
  );
});

test("the rostrum (主席台) is no post: 走上主席台中央 names no one", () => {
  const names = extract("市委书记邵东林、市长宁远在主席台就座。邵东林走上主席台中央讲话。\n邵东林强调,要抓好落实。").officials.map((o) => o.name);
  assert.deepEqual(names, ["邵东林", "宁远"]);
});
