/**
 * Pages of the dev set's genre that read differently from a portal's: a content farm's copy
 * that opens straight on its body and swaps verbs for synonyms, and a paper's e-edition.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { extract } from "../../src/extractor/index";
import { buildView } from "../../src/extractor/normalize";

const roleOf = (text: string, name: string) => extract(text).officials.find((o) => o.name === name)?.roles;

describe("a content farm's copy", () => {
  test("着重 written for 强调 hands the floor on, in either script", () => {
    for (const text of [
      "10月8日,全县疫情防控会议举办。县委书记马志宏主持会议。马志宏着重,要坚决落实各项防控措施。要严格管控人员流动。",
      "10月8日,全縣疫情防控會議舉辦。縣委書記馬志宏主持會議。馬志宏著重,要堅決落實各項防控措施。要嚴格管控人員流動。",
    ]) {
      const x = extract(text);
      assert.equal(x.directives.length, 2, text);
      assert.ok(x.directives.every((d) => d.speaker === x.officials[0].name), text);
    }
  });

  test("着重 as the adverb it is stays one: 着重强调, 着重指出, 着重抓好", () => {
    for (const text of ["马志宏着重强调,要坚决落实。", "马志宏着重指出,要坚决落实。", "要着重抓好三项工作。"]) {
      assert.equal(buildView(text).norm, text);
    }
  });

  test("通告 written for 通报 is a turn at speaking", () => {
    const text = "10月8日,全县疫情防控会议举办。县委书记马志宏主持会议,县委常委、常务副县长韩立新通告全县疫情处理状况。";
    assert.deepEqual(roleOf(text, "韩立新"), ["speaker"]);
  });

  test("a name ends before the farm's 通告 and before a superior's cited 工作要求", () => {
    const x = extract(
      "10月8日,全县疫情防控会议举办。县委书记马志宏主持会议,县委常委、常务副县长田利通告全县疫情处理状况。马志宏着重,要坚决贯彻落实市委书记邓丽工作规定,严格落实各项防控措施。",
    );
    assert.deepEqual(x.officials.map((o) => o.name).sort(), ["田利", "邓丽", "马志宏"].sort());
  });

  test("a page opening on its body has no headline: the stories listed after it head nothing", () => {
    const m = extract(
      "10月18日晚,全县疫情防控视频会议举办。县委书记马志宏主持会议并讲话,要求各乡镇严格落实防控措施,坚决守住不发生规模性疫情的底线。\n免责声明:本站部分内容来源于网络,如有侵权请联系删除。\n发布时间:2022-10-19 09:37 | 来源:澄溪生活网\n上一篇:澄溪县最新出行防疫规定汇总\n下一篇:澄溪县这些地方调整为低风险区\n",
    ).meta;
    assert.equal(m.title, null);
    assert.equal(m.eventDate, "2022-10-18");
    assert.equal(m.publishedDate, "2022-10-19");
  });
});

describe("a paper's e-edition", () => {
  test("the banner names the paper; a rights notice after 版权所有 is no holder", () => {
    const m = extract(
      "澜江日报数字报\n2022年11月06日 星期日 第01版:要闻\n龙文彬主持召开领导小组会议\n本报讯(记者 宁思远)11月5日晚,市委书记龙文彬主持召开市疫情防控工作领导小组第37次会议。\n澜江日报社版权所有 未经书面授权不得复制或建立镜像\n",
    ).meta;
    assert.equal(m.source, "澜江日报");
  });

  test("版权所有 followed by a notice names no one, where nothing else names the outlet", () => {
    const m = extract("马志宏主持召开县委常委会会议\n3月5日,县委书记马志宏主持召开县委常委会会议。\n版权所有 未经许可不得复制\n").meta;
    assert.equal(m.source, null);
  });
});

describe("a street's report", () => {
  test("a grid worker who speaks after the meeting's points speaks for no one: `东关社区网格员汤小雨表示,将…`", () => {
    const x = extract(
      "12月1日,鹤鸣街道召开疫情防控工作推进会。街道党工委书记甘明远主持会议。\n会议要求:\n1.压紧压实工作责任,各包保领导要每日调度。\n2.全力做好民生保障,畅通群众求助渠道。\n东关社区网格员汤小雨表示,将继续做好入户排查。\n",
    );
    assert.deepEqual(
      x.directives.map((d) => d.speaker),
      ["会议", "会议"],
    );
    assert.ok(!x.officials.some((o) => o.name === "汤小雨"));
  });
});
