/**
 * Shapes met on real pages of county and city epidemic-control meetings, each rewritten here
 * in our own words with invented people and places: a list of deputy heads set off with
 * commas, a chair who went to a township to convene, a provincial meeting watched by video,
 * and the main venue where the departments attended.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { extract } from "../../src/extractor/index";

const titled = (text: string) => extract(text).officials.map((o) => [o.name, o.titles]);

describe("a title shared by names set off with commas", () => {
  test("each name between commas after 副县长 is a deputy head", () => {
    const x = extract(
      "6月3日晚，我县召开防汛工作调度会。县委副书记柯文远，副县长汤明远，鞠晓岚，祁振川，各乡镇主要负责人参加会议。",
    );
    assert.deepEqual(x.officials.map((o) => [o.name, o.titles, o.roles]), [
      ["柯文远", ["县委副书记"], ["attendee"]],
      ["汤明远", ["副县长"], ["attendee"]],
      ["鞠晓岚", ["副县长"], ["attendee"]],
      ["祁振川", ["副县长"], ["attendee"]],
    ]);
  });

  test("one name after the comma, ended by the attendance, is listed too", () => {
    assert.deepEqual(titled("副县长汤明远，鞠晓岚出席会议。"), [
      ["汤明远", ["副县长"]],
      ["鞠晓岚", ["副县长"]],
    ]);
  });

  test("a surname the lexicon lacks is read between two listed names", () => {
    assert.deepEqual(
      titled("副县长汤明远，鞠晓岚，回振邦，祁振川，各部门负责人参加会议。").map(([n]) => n),
      ["汤明远", "鞠晓岚", "回振邦", "祁振川"],
    );
  });

  test("the next clause's subject after a comma holds no title said here", () => {
    const names = Object.fromEntries(titled("副市长汤明远，鞠晓岚强调，要抓好汛期值守。"));
    assert.deepEqual(names["汤明远"], ["副市长"]);
    assert.equal(names["鞠晓岚"]?.length ?? 0, 0);
  });
});

describe("the chair who convenes somewhere else", () => {
  test("X到某乡(镇)甲村组织召开 gives the chair", () => {
    const x = extract(
      "9月5日下午，县委常委、县委办公室主任汤明远到联系乡（镇）柳溪乡组织召开党委扩大会议，部署近期防控工作。汤明远要求：一要统一思想；二要压实责任。",
    );
    assert.equal(x.meta.chair, "汤明远");
    assert.equal(x.meta.meeting, "党委扩大会议");
  });
});

describe("meetings watched and attended", () => {
  test("the meeting a county watched is named without the county's verb", () => {
    const x = extract(
      "2月6日下午，我县组织收听收看全省防汛抗旱工作第三次调度会议。县领导柯文远、汤明远参加收听收看。会后，我县立即召开会议，对贯彻落实作出安排。",
    );
    assert.equal(x.meta.meeting, "全省防汛抗旱工作第三次调度会议");
  });

  test("a meeting held here outranks the one watched", () => {
    const x = extract("3月1日，县委书记柯文远主持召开全县春耕生产调度会。会前，与会人员收看了全省春耕生产视频会议。");
    assert.equal(x.meta.meeting, "全县春耕生产调度会");
  });

  test("在主会场参加会议 names no meeting", () => {
    const x = extract("柯文远强调，要做好值班值守。\n县有关部门负责人在主会场参加会议，各乡镇负责人在分会场参加会议。");
    assert.equal(x.meta.meeting, null);
  });
});

describe("a speech's opening that cites instructions", () => {
  test("X总理批示和Y副总理讲话精神 are cited, the transcript's speaker says it", () => {
    const d = extract(
      "某县长在全县防汛工作会议上的讲话\n同志们:\n今天,我们召开全县防汛工作会议,主要是深入学习贯彻柯文远总理批示和汤明远副总理讲话精神,确保安全度汛。\n各乡镇要压实责任。\n",
    ).directives.map((x) => x.speaker);
    assert.deepEqual(d, ["县长", "县长"]);
  });
});

describe("决不 and 绝不 before a copula", () => {
  test("绝不意味着 judges, it orders nothing", () => {
    const d = extract("县委书记柯文远强调,虽然目前我县没有发现病例,但绝不意味着可以高枕无忧。各乡镇要压实责任。").directives;
    assert.deepEqual(d.map((x) => x.text), ["各乡镇要压实责任。"]);
  });

  test("决不能 still forbids", () => {
    const d = extract("县委书记柯文远强调,防控工作决不能有一丝懈怠。").directives;
    assert.equal(d.length, 1);
  });
});

describe("a date on a line of its own closing the page", () => {
  test("is the publication date, and gives the event its year", () => {
    const x = extract(
      "柯文远在全市防汛工作视频会议上强调：压实责任 守住底线\n6月1日上午，全市防汛工作视频会议召开，市委书记柯文远主持会议并讲话，要求各级各部门要坚决守住安全底线。\n2023-06-02\n",
    );
    assert.equal(x.meta.publishedDate, "2023-06-02");
    assert.equal(x.meta.eventDate, "2023-06-01");
  });

  test("a date inside the last paragraph is not one", () => {
    const x = extract("6月1日上午，全市防汛工作会议召开。会议要求，各地要在2023年6月10日前完成隐患排查。\n");
    assert.equal(x.meta.publishedDate, null);
  });
});

describe("a sub-headline of names and deeds", () => {
  test("hands no turn to the lead below it", () => {
    const x = extract(
      "市委第四十二次防汛专题会暨市防汛抗旱指挥部会议召开\n柯文远讲话 汤明远主持 鞠晓岚出席\n2023年6月3日 09时10分 柳城日报\n\n本报讯 6月2日晚,市委第42次防汛专题会暨市防汛抗旱指挥部会议以视频形式召开,贯彻落实省防汛抗旱指挥部会议精神,对下一步工作进行安排部署。市委书记柯文远讲话。市长汤明远主持会议。\n\n会议强调,各级各部门要压紧压实防汛责任。\n",
    );
    assert.deepEqual(x.directives.map((d) => [d.speaker, d.text]), [["会议", "会议强调,各级各部门要压紧压实防汛责任。"]]);
  });
});

describe("a township meeting called in a room", () => {
  test("X在镇政府会议室召开…会议 gives the chair", () => {
    const x = extract("1月27日,柳溪镇党委书记汤明远在镇政府会议室召开防汛工作会议。镇领导班子、各村书记参加了会议。\n会议强调,要压实各级责任。");
    assert.equal(x.meta.chair, "汤明远");
  });
});

describe("a delegate or an expert who asks something of the meeting", () => {
  test("takes the floor from the meeting: the meeting's turn ends", () => {
    const x = extract(
      "2月2日下午,柳溪镇召开防汛工作推进会。\n会议提出工作要求,一是各村不得擅自拆除围挡;二是严格填报表格。\n人大代表鞠晓岚要求,要把防汛工作当作政治任务来抓。\n专家祁振川建议,要尽快加固堤坝。\n",
    );
    assert.deepEqual(x.directives.map((d) => d.speaker), ["会议"]);
  });
});

describe("a temporary Party committee set up for the emergency", () => {
  test("临时党委书记 keeps its 临时 and the chain before it", () => {
    assert.deepEqual(titled("市委副书记、市长、指挥部临时党委书记汤明远出席会议并讲话。"), [
      ["汤明远", ["市委副书记", "市长", "指挥部临时党委书记"]],
    ]);
  });

  test("the 时 of a time clause still ends a title", () => {
    assert.deepEqual(titled("市长汤明远在调研时党委书记鞠晓岚陪同。"), [
      ["汤明远", ["市长"]],
      ["鞠晓岚", ["党委书记"]],
    ]);
  });
});

describe("a content farm's comma before every mark", () => {
  const text =
    "6月9日,,市委书记,、市防汛抗旱指挥部指挥长柯文远主持召开市委第十二次防汛专题会议,。\n他强调,,要坚持“人民至上,、生命至上”,,压实防汛责任,。\n市委副书记、市长,、市防汛抗旱指挥部副指挥长汤明远提出具体要求,。\n";

  test("titles and slogans read as the report wrote them", () => {
    const x = extract(text);
    assert.deepEqual(x.officials.map((o) => [o.name, o.titles]), [
      ["柯文远", ["市委书记", "市防汛抗旱指挥部指挥长"]],
      ["汤明远", ["市委副书记", "市长", "市防汛抗旱指挥部副指挥长"]],
    ]);
    assert.deepEqual(x.slogans, ["人民至上、生命至上"]);
  });

  test("directives keep the text and its offsets as written", () => {
    const x = extract(text);
    const d = x.directives[0];
    assert.equal(d.text, "他强调,,要坚持“人民至上,、生命至上”,,压实防汛责任,。");
    assert.equal(text.slice(d.start, d.end), d.text);
  });

  test("one stray comma alone leaves the text as it is", () => {
    const x = extract("市委书记柯文远强调,,要压实防汛责任。");
    assert.equal(x.directives[0].text, "市委书记柯文远强调,,要压实防汛责任。");
  });
});

describe("bare names attending from elsewhere", () => {
  test("A、B、C分别在各市分会场参加会议 lists attendees", () => {
    const x = extract("省领导鞠晓岚、祁振川在主会场参加会议,汤明远、柯文远、窦振邦分别在各市分会场参加会议。");
    assert.deepEqual(x.officials.map((o) => [o.name, o.roles]), [
      ["鞠晓岚", ["attendee"]],
      ["祁振川", ["attendee"]],
      ["汤明远", ["attendee"]],
      ["柯文远", ["attendee"]],
      ["窦振邦", ["attendee"]],
    ]);
  });

  test("a place with no list before it names no one", () => {
    assert.deepEqual(extract("现在我们在这里参加会议。各乡镇在分会场参加会议。").officials, []);
  });
});

describe("a document site's speech title without 在", () => {
  const text =
    "2023年全市防汛调度会上的讲话范文\n由于当前防汛形势严峻,市政府决定利用大家都来参加今天下午全市春耕工作会议的机会,召开这次防汛调度会。刚才,各乡镇汇报了前段时间防汛情况,应当说大家都做了很多工作。要想长期平稳,不能光靠幸运,必须依靠扎实的工作。\n";

  test("is a speech: its orders are read, and its meeting is the title's", () => {
    const x = extract(text);
    assert.equal(x.meta.meeting, "2023年全市防汛调度会");
    assert.deepEqual(x.directives.map((d) => d.text), ["要想长期平稳,不能光靠幸运,必须依靠扎实的工作。"]);
  });

  test("应当说 hedges, it orders nothing", () => {
    assert.deepEqual(extract("市委书记柯文远指出,应当说大家都做了很多工作。").directives, []);
  });

  test("a meeting attended today is named without its day", () => {
    const x = extract("3月2日,市委书记柯文远参加今天下午全市春耕工作会议。");
    assert.equal(x.meta.meeting, "全市春耕工作会议");
  });
});

describe("command posts and their lists", () => {
  test("总指挥长 and 副总指挥长 are posts", () => {
    assert.deepEqual(titled("区委书记、指挥部总指挥长汤明远从压实责任等方面作了部署。指挥部常务副总指挥长鞠晓岚强调,要加强值守。"), [
      ["汤明远", ["区委书记", "指挥部总指挥长"]],
      ["鞠晓岚", ["指挥部常务副总指挥长"]],
    ]);
  });

  test("bare names before 等参加 attend", () => {
    const x = extract("市长汤明远主持并讲话。鞠晓岚、祁振川等参加。");
    assert.deepEqual(x.officials.map((o) => [o.name, o.roles]), [
      ["汤明远", ["chair", "speaker"]],
      ["鞠晓岚", ["attendee"]],
      ["祁振川", ["attendee"]],
    ]);
  });
});

describe("a paper's dateline with the time in 时 and 分", () => {
  test("names the outlet after the date, in CR LF text as well", () => {
    const text = "当前位置:首页 > 要闻\n\n县防汛会议召开\n\n2024年7月3日 09时12分   柳川日报\n\n7月2日,县防汛会议召开。\n";
    assert.equal(extract(text).meta.source, "柳川日报");
    assert.equal(extract(text.replace(/\n/g, "\r\n")).meta.source, "柳川日报");
  });
});

describe("a leader's demands after hearing the work out", () => {
  test("通过听取…汇报,…提出要求: hands the points to the leader narrated before", () => {
    const x = extract(
      "2月10日,市委常委、政法委书记柯文远下沉柳溪街道指导防汛工作,详细了解值班值守情况。\n通过听取街道主要负责人的汇报,对街道防汛工作给予了肯定,对下一步工作提出要求: 防汛工作事关群众生命安全,不能有丝毫松懈。街道上下要压紧压实防汛责任。\n",
    );
    assert.deepEqual(x.directives.map((d) => d.speaker), ["柯文远", "柯文远"]);
  });

  test("without the colon the sentence tells of the demand, no more", () => {
    const x = extract("市委常委柯文远下沉街道指导防汛工作。\n通过听取汇报,对下一步工作提出了具体要求。\n");
    assert.deepEqual(x.directives, []);
  });
});

describe("names listed before 等与会同志", () => {
  test("are the meeting's members, whatever the sentence says they did", () => {
    const x = extract("2月28日,市委常委会召开扩大会议。市委书记柯文远主持会议并讲话。\n柯文远、鞠晓岚、祁振川等与会同志为支持防汛救灾工作捐款。\n");
    assert.deepEqual(x.officials.map((o) => o.name), ["柯文远", "鞠晓岚", "祁振川"]);
  });

  test("a list of units before it names no one", () => {
    assert.deepEqual(extract("各乡镇、各部门等与会同志参加。").officials, []);
  });
});

describe("a nominee for a post", () => {
  test("县长提名人选 is the nomination's title, the name after it", () => {
    assert.deepEqual(titled("县委副书记、县长提名人选汤明远,县委副书记鞠晓岚等参加。"), [
      ["汤明远", ["县委副书记", "县长提名人选"]],
      ["鞠晓岚", ["县委副书记"]],
    ]);
  });
});
