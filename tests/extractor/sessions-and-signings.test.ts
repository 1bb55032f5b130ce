import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { extract } from "../../src/extractor/index";

const people = (text: string) => Object.fromEntries(extract(text).officials.map((o) => [o.name, { titles: o.titles, roles: o.roles }]));
const names = (text: string) => extract(text).officials.map((o) => o.name);

describe("a congress's sessions, signings and township meetings", () => {
  test("a session chaired by a bare name after 由 (会议由X主持): the chair, no title", () => {
    const x = extract("20日下午,市九届人大三次会议主席团举行第二次会议。\n会议由岑海平主持。会议通过了大会日程。");
    assert.equal(x.meta.chair, "岑海平");
    assert.deepEqual(x.officials.map((o) => [o.name, o.titles, o.roles]), [["岑海平", [], ["chair"]]]);
    // Two units need 同志 to vouch for them, as in an attending list.
    assert.equal(extract("会议由岑海同志主持。").meta.chair, "岑海");
    assert.deepEqual(names("会议由各单位主持。"), []);
  });

  test("a post with 由 after it names who holds it later, no name starting with 由", () => {
    assert.deepEqual(names("会议决定大会副秘书长由钱立群、孔德安等2位同志担任。"), []);
  });

  test("an organ holding a numbered session names it with the number (X举行第N次会议)", () => {
    assert.equal(extract("5日下午,市六届人大常委会举行第31次主任会议。市人大常委会主任邝德明主持会议。").meta.meeting, "市六届人大常委会第31次主任会议");
    assert.equal(extract("9日上午,县政协十届常委会召开第五次会议。县政协主席韶明远主持。").meta.meeting, "县政协十届常委会第五次会议");
    // A wire report's day after the organ is no part of the name.
    assert.equal(extract("县政协常委会9日召开第五次会议。县政协主席韶明远主持。").meta.meeting, "县政协常委会第五次会议");
  });

  test("a congress's preparatory meeting is named with the congress (X次会议举行预备会议)", () => {
    assert.equal(extract("2月6日下午,县政协九届三次会议举行预备会议。县政协主席韶明远主持会议。").meta.meeting, "县政协九届三次会议预备会议");
  });

  test("work assigned is a turn at speaking (市长X安排部署相关工作); those joining a visit attend (参加慰问)", () => {
    assert.deepEqual(people("市委书记谭启明主持会议并讲话。市委副书记、市长樊振宇安排部署相关工作。").樊振宇.roles, ["speaker"]);
    assert.deepEqual(people("县委书记谭启明看望慰问政协委员。县领导祝远航、蔺书华等参加慰问。").祝远航.roles, ["attendee"]);
  });

  test("a wire report's day between the meeting and its verb (…主席会议8日下午在京举行)", () => {
    assert.equal(extract("新华社北京4月8日电 政协第九届青禾市委员会第三次主席会议8日下午在青禾举行。市政协主席简文澜主持。").meta.meeting, "政协第九届青禾市委员会第三次主席会议");
  });

  test("a room named after meetings is no meeting (在镇会议室召开了)", () => {
    assert.equal(extract("3月2日上午,东坪镇在镇三楼会议室召开了\n全镇春耕生产工作会议。会议由镇长祁文山主持。").meta.meeting, null);
  });

  test("a watchword quoted inside the meeting's name (村“两委”换届工作推进会)", () => {
    assert.equal(extract("5月9日,南溪镇召开村“两委”换届工作推进会。会议由镇长祁文山主持。").meta.meeting, "村“两委”换届工作推进会");
  });

  test("a given name opening with 在, closing its list item (秘书长尤在川等参加)", () => {
    assert.deepEqual(people("市领导甘卫东、任晓岚,市政府秘书长尤在川等参加签约仪式。").尤在川, { titles: ["市政府秘书长"], roles: ["attendee"] });
    // Elsewhere 在 is the preposition after a name.
    assert.deepEqual(names("市长尤川在会上强调,要抓好项目。"), ["尤川"]);
  });

  test("the rare surname 远 after a post in 长, not the word 长远", () => {
    assert.deepEqual(people("市政府党组成员、秘书长远志鸿出席。").远志鸿, { titles: ["市政府党组成员", "秘书长"], roles: ["attendee"] });
    assert.deepEqual(names("县长远期目标要明确。组长远景规划已经完成。"), []);
  });

  test("words that open with a surname are no names after a post (任命名单, 党总支书记, 解释)", () => {
    assert.deepEqual(names("会议审议了市政协副秘书长任命名单(草案)。"), []);
    assert.deepEqual(names("各村党总支书记参加会议。"), []);
    assert.deepEqual(names("会上,向三个村支部书记解释了政策。"), []);
    assert.deepEqual(names("副县长向大家介绍了情况。县长向全县人民拜年。"), []);
  });

  test("a verb of election before the titles is no part of them (推选副县长X为名誉会长)", () => {
    assert.deepEqual(people("会议推选副县长甘卫东为名誉会长。").甘卫东.titles, ["副县长", "名誉会长"]);
  });

  test("a word of the meeting's order before the titles is no part of them (最后镇长X讲意见)", () => {
    assert.deepEqual(people("最后镇党委副书记、镇长米青山讲意见:一是要抓好春耕。").米青山, { titles: ["镇党委副书记", "镇长"], roles: ["speaker"] });
  });

  test("a signing attended by a long list that ends …出席签约活动: every titled name attended", () => {
    const p = people("副省长霍远航,市委书记柯明川,以及市委副书记、市长樊振宇出席重大项目集中签约活动。");
    assert.deepEqual(p.霍远航.roles, ["attendee"]);
    assert.deepEqual(p.樊振宇.roles, ["attendee"]);
  });

  test("a list of titled names attending in a sentence that goes on (A,B、C出席会议,会议由D主持)", () => {
    const p = people("县人大常委会主任卢正阳,副主任蔺书华、司空明出席会议,县人大常委会副主任亓文涛主持会议。");
    assert.deepEqual(p.卢正阳.roles, ["attendee"]);
    assert.deepEqual(p.蔺书华.roles, ["attendee"]);
    assert.deepEqual(p.亓文涛.roles, ["chair"]);
    // A name with its own verb before the comma keeps its own role.
    assert.deepEqual(people("市长卢正阳主持会议,副市长蔺书华出席会议。").卢正阳.roles, ["chair"]);
  });

  test("a list of bare names before 等 and a label of the leading bodies (A、B等区四套班子领导出席)", () => {
    assert.deepEqual(names("区委书记谭启明主持会议。甘立诚、祝远航、蔺芳等区四套班子领导出席会议。"), ["谭启明", "甘立诚", "祝远航", "蔺芳"]);
  });

  test("watchwords quoted one after another inside the meeting's name (“亲”“清”…座谈会)", () => {
    assert.equal(extract("6月3日下午,我市召开构建“亲”“清”政商关系座谈会。会议由市委常委柏文远主持。").meta.meeting, "构建“亲”“清”政商关系座谈会");
  });

  test("an acting post after the name (X代市长强调): the speaker is X", () => {
    const x = extract("市委副书记、代市长欧阳明川出席会议。欧阳明川代市长在会上强调,要抓好项目落地。");
    assert.deepEqual(x.directives.map((d) => d.speaker), ["欧阳明川"]);
    assert.deepEqual(x.officials.map((o) => o.name), ["欧阳明川"]);
  });

  test("a company's head whose Party post follows the company's own (…集团董事长、党委书记X) is no official", () => {
    assert.deepEqual(names("青禾能源集团董事长、党委书记贺立山,青禾建工集团党委常委、副总经理邢振宇,副市长包文涛出席签约活动。"), ["包文涛"]);
    // Beside a public office a company's post stays a title.
    assert.deepEqual(people("市政府副秘书长、市城投集团党委书记萧振东出席。").萧振东.titles, ["市政府副秘书长", "市城投集团党委书记"]);
  });

  test("a chamber of commerce's head is no official (区总商会会长X among the entrepreneurs)", () => {
    assert.deepEqual(names("区委书记谭启明与企业家座谈。青禾纺织有限公司董事长蒋一帆、区总商会会长祝国梁等企业家发言。"), ["谭启明"]);
  });

  test("a team's members attending to guide (县工作专班A、B等同志到会指导), and its leader (专班领导A)", () => {
    const p = people("县工作专班章晓梅、李航、邵博等同志到会指导。\n县工作专班领导章晓梅同志讲话。");
    assert.deepEqual(Object.keys(p), ["章晓梅", "李航", "邵博"]);
    assert.deepEqual(p.李航.roles, ["attendee"]);
    assert.deepEqual(p.章晓梅.roles, ["speaker", "attendee"]);
  });
});
