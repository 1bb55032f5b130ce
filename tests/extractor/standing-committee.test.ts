import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { extract } from "../../src/extractor/index";

const titles = (text: string) => Object.fromEntries(extract(text).officials.map((o) => [o.name, o.titles]));

describe("a standing committee's session and its decisions", () => {
  test("the meeting's full name runs over 人民代表大会常务委员会 to the session's 会议", () => {
    const m = extract("市人大常委会会议闭幕\n2026-04-29 来源:某市人大网\n4月28日上午,青禾市第十八届人民代表大会常务委员会第十九次会议在市人大常委会会议厅闭幕。").meta;
    assert.equal(m.meeting, "青禾市第十八届人民代表大会常务委员会第十九次会议");
  });

  test("an organ holding a ceremony: the ceremony is the event (市人大常委会举行宪法宣誓仪式)", () => {
    assert.equal(extract("标题\n2026-04-29\n4月28日，青禾市人大常委会举行宪法宣誓仪式。").meta.meeting, "宪法宣誓仪式");
    // A bare 会议 after the verb names none, and the organ stays the meeting.
    assert.equal(extract("标题\n2026-04-29\n4月28日，区委常委会召开会议，研究防汛工作。").meta.meeting, "区委常委会");
  });

  test("a decision's list, one person a line under 任命: or 免去:, gives each the office", () => {
    const t = titles(
      "会议决定任命：\n　　林知远为青禾市教育局局长；\n　　乔映雪为青禾市人民检察院检察员。\n会议决定免去：\n　　孟书白的青禾市教育局局长职务。",
    );
    assert.deepEqual(t, { 林知远: ["青禾市教育局局长"], 乔映雪: ["青禾市人民检察院检察员"], 孟书白: ["青禾市教育局局长"] });
  });

  test("an inline list: 任命A为…,B为…; 免去A的…职务,B的…职务; 任命:A为…;B为…", () => {
    assert.deepEqual(titles("会议决定任命林知远为市教育局局长，乔映雪为市审计局局长；免去孟书白的市教育局局长职务，韩立秋的市审计局局长职务。"), {
      林知远: ["市教育局局长"],
      乔映雪: ["市审计局局长"],
      孟书白: ["市教育局局长"],
      韩立秋: ["市审计局局长"],
    });
    assert.deepEqual(titles("会议经表决，任命：林知远为市教育局局长；乔映雪为市审计局局长。"), { 林知远: ["市教育局局长"], 乔映雪: ["市审计局局长"] });
  });

  test("a resignation accepted: 接受X辞去…职务的请求", () => {
    assert.deepEqual(titles("会议决定接受程远山辞去青禾市人民政府副市长职务的请求。"), { 程远山: ["青禾市人民政府副市长"] });
  });

  test("several names before one office, an election, a by-election, a motion: 任命A、B为…; A当选为…; 补选A为…; …的议案", () => {
    assert.deepEqual(titles("会议任命张立本、李慕白为青禾市中级人民法院审判员。"), {
      张立本: ["青禾市中级人民法院审判员"],
      李慕白: ["青禾市中级人民法院审判员"],
    });
    assert.deepEqual(titles("林知远当选为青禾市人大常委会副主任。"), { 林知远: ["青禾市人大常委会副主任"] });
    assert.deepEqual(titles("会议补选林知远为青禾市人大常委会委员。"), { 林知远: ["青禾市人大常委会委员"] });
    assert.deepEqual(titles("会议通过了关于任命易思远同志为青禾市中级人民法院副院长的议案。"), { 易思远: ["青禾市中级人民法院副院长"] });
  });

  test("names listed before a role that is no office, or with no verb to vouch for them, get nothing", () => {
    assert.deepEqual(titles("会议推选王刚、李明为监票人。确定王刚、李明为联络员。"), {});
    assert.deepEqual(titles("张立本曾当选为全国劳动模范。"), {});
  });

  test("a line under a heading that decides nothing gives no office", () => {
    assert.deepEqual(titles("典型经验：\n林知远为青禾市教育局局长；"), {});
  });
});

describe("offices in an aside after the name", () => {
  test("县政府领导A(常务副县长)、B(副县长、县公安局局长)出席: each name takes its aside", () => {
    const t = titles("县政府领导邹明德（常务副县长）、卫强国（副县长、县公安局局长）出席会议。");
    assert.deepEqual(t, { 邹明德: ["常务副县长"], 卫强国: ["副县长", "县公安局局长"] });
  });
});

describe("a leading group made of named leaders", () => {
  test("以市长A为组长、副市长B为副组长: each keeps the office before the name; 组长 is not B's", () => {
    assert.deepEqual(titles("成立以市长张立本为组长、副市长李慕白为副组长的领导小组。"), { 张立本: ["市长"], 李慕白: ["副市长"] });
  });
});
