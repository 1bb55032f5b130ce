/**
 * Rules met in the fifth batch's reports (zw- to zz-): a 会见 with a signing ceremony, a
 * county plenary's communiqué, a development zone's work meeting, a 民主生活会. Each test
 * states one rule on a short invented text.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { extract } from "../../src/extractor/index";

const officials = (text: string) => Object.fromEntries(extract(text).officials.map((o) => [o.name, o]));

describe("meetings named as ceremonies, plenaries and 生活会", () => {
  test("a signing ceremony attended is the meeting: 出席…签约仪式", () => {
    const m = extract("江城会见客人\n发布时间:2025-04-16\n4月15日,市委书记程立会见了客人一行。会见后,双方共同出席江城市人民政府与海川集团战略合作协议签约仪式。").meta;
    assert.equal(m.meeting, "江城市人民政府与海川集团战略合作协议签约仪式");
  });

  test("a ceremony as the subject: …签约仪式在…举行", () => {
    const m = extract("项目签约\n发布时间:2024-05-09\n5月8日,梧川市重大项目集中开工暨招商引资项目签约仪式在开发区举行。").meta;
    assert.equal(m.meeting, "梧川市重大项目集中开工暨招商引资项目签约仪式");
  });

  test("a communiqué's plenary, with its date and place between it and 举行", () => {
    const m = extract(
      "全会公报\n发布日期:2024-12-28\n中国共产党青岚县第十五届委员会第七次全体会议,于2024年12月27日在青岚举行。\n会后,县委常委会召开会议,研究贯彻落实措施。",
    ).meta;
    assert.equal(m.meeting, "中国共产党青岚县第十五届委员会第七次全体会议");
  });

  test("a 民主生活会 is a meeting", () => {
    const m = extract("县委常委班子召开民主生活会\n发布时间:2025-01-23\n1月22日,县委常委班子召开2024年度民主生活会。县委书记费承德主持会议。").meta;
    assert.equal(m.meeting, "2024年度民主生活会");
    assert.equal(m.chair, "费承德");
  });
});

describe("names and titles in these shapes", () => {
  test("a team named by what it does keeps its verb: 督导组组长, 调研组副组长", () => {
    const o = officials("市委第二督导组组长、市人大常委会副主任房启明,调研组副组长屠秋雨到会指导。");
    assert.deepEqual(o["房启明"].titles, ["市委第二督导组组长", "市人大常委会副主任"]);
    assert.deepEqual(o["屠秋雨"].titles, ["调研组副组长"]);
  });

  test("班子 after a post is no name: 县委常委班子召开…", () => {
    const o = officials("1月22日,县委常委班子召开民主生活会。县委常委、组织部部长沐春晖等班子成员作对照检查发言。");
    assert.deepEqual(Object.keys(o), ["沐春晖"]);
  });
});
