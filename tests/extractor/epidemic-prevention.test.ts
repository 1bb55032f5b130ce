/**
 * Rules from the eighth batch of our reports (zzy- to zzzb-), COVID-19 prevention reports of
 * 2022: a masked county speech on a document site, a city leading group (指挥部) meeting, a
 * district dispatch meeting copied from a WeChat account, a sub-district deployment meeting.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { extract } from "../../src/extractor/index";

const officials = (text: string) => Object.fromEntries(extract(text).officials.map((o) => [o.name, o]));
const directives = (text: string) => extract(text).directives.map((d) => [d.speaker, d.text]);

describe("titles", () => {
  test("a clause of titles before a comma is the person's too (市委副书记、市长，…指挥长甘立峰)", () => {
    const o = officials(
      "11月8日下午，会议召开。市委副书记、市长，市疫情防控工作领导小组组长、市疫情防控指挥部指挥长甘立峰主持会议。市委常委、常务副市长，市疫情防控指挥部常务副指挥长祁绍文出席会议。",
    );
    assert.deepEqual(o["甘立峰"]?.titles, ["市委副书记", "市长", "市疫情防控工作领导小组组长", "市疫情防控指挥部指挥长"]);
    assert.deepEqual(o["祁绍文"]?.titles, ["市委常委", "常务副市长", "市疫情防控指挥部常务副指挥长"]);
  });

  test("a name before the comma keeps its titles to itself (…祁绍文，副市长羊晓岚)", () => {
    const o = officials("市委常委、常务副市长祁绍文，副市长、市指挥部副指挥长羊晓岚出席会议。");
    assert.deepEqual(o["祁绍文"]?.titles, ["市委常委", "常务副市长"]);
    assert.deepEqual(o["羊晓岚"]?.titles, ["副市长", "市指挥部副指挥长"]);
  });

  test("a short aside between title and name is the title's (副指挥长（兼办公室主任）冉冬青)", () => {
    const x = extract("6月20日下午，全市疫情防控工作视频调度会召开。副市长、市疫情防控指挥部副指挥长（兼办公室主任）冉冬青主持。县委常委、副县长（挂职）司马青出席。");
    const o = Object.fromEntries(x.officials.map((p) => [p.name, p]));
    assert.deepEqual(o["冉冬青"]?.titles, ["副市长", "市疫情防控指挥部副指挥长（兼办公室主任）"]);
    assert.deepEqual(o["司马青"]?.titles, ["县委常委", "副县长（挂职）"]);
    assert.equal(x.meta.chair, "冉冬青");
  });

  test("a photo caption's place between title and name is not the title's (市委书记（左二）吴俊清)", () => {
    assert.deepEqual(officials("图为市委书记（左二）吴俊清在方舱医院检查。")["吴俊清"]?.titles, ["市委书记"]);
  });

  test("an aside with no name after it is left alone (市长（代）主持会议)", () => {
    assert.deepEqual(Object.keys(officials("副市长（代）主持会议并讲话。")), []);
  });

  test("titles that do not open their clause stay out (会议由市长…主持，副市长…)", () => {
    const o = officials("会议由市长主持，副市长包志强出席会议。");
    assert.deepEqual(o["包志强"]?.titles, ["副市长"]);
  });
});

describe("page furniture", () => {
  const transcript = [
    "当前位置:首页 > 领导讲话 > 县委书记在全县疫情防控工作推进会上的讲话",
    "县委书记在全县疫情防控工作推进会上的讲话",
    "1县委书记在全县疫情防控工作推进会上的讲话",
    "同志们:",
    "今天召开会议。各乡镇要立行立改、举一反三。",
    "本文标题:县委书记在全县疫情防控工作推进会上的讲话",
  ].join("\n");

  test("a copy of the headline, a page number glued before it, orders nothing", () => {
    assert.deepEqual(directives(transcript), [["县委书记", "各乡镇要立行立改、举一反三。"]]);
  });

  test("a site's banner over the page is no headline (鹭洲区人民政府网)", () => {
    const x = extract("鹭洲区人民政府网\n首页 > 街道动态\n石榴街道召开疫情防控工作部署会\n发布时间：2022-11-15　来源：石榴街道办事处\n11月14日上午，石榴街道召开疫情防控工作部署会。");
    assert.equal(x.meta.title, "石榴街道召开疫情防控工作部署会");
  });
});

describe("sources", () => {
  test("a WeChat account's header names the outlet when nothing else does (原创 [author] account date)", () => {
    const page = (header: string) => extract(`全区疫情防控工作调度会召开\n${header}\n点击蓝字关注我们\n4月18日下午，全区疫情防控工作调度会召开。`).meta.source;
    assert.equal(page("原创 枫江发布 枫江发布 2022-04-18 21:05 发表于浙江"), "枫江发布");
    assert.equal(page("原创 青溪发布 2022年03月28日 22:10"), "青溪发布");
    assert.equal(page("原创 青溪发布 2022-03-28 22:10\n来源：青溪区融媒体中心"), "青溪区融媒体中心");
  });
});

describe("meetings", () => {
  test("a short aside inside the name is read back over from the verb (领导小组（指挥部）第四十二次会议召开)", () => {
    const x = extract("11月8日下午，市疫情防控工作领导小组（指挥部）第四十二次会议召开。市长甘立峰主持会议。");
    assert.equal(x.meta.meeting, "市疫情防控工作领导小组（指挥部）第四十二次会议");
  });
});

describe("people who hold no office", () => {
  test("a grid worker's account is no order, nor the last official's (网格员罗小燕…罗小燕说)", () => {
    const d = directives(
      "街道党工委书记聂雨桐主持会议。社区党委书记高嘉怡表示，将坚决守好社区防控“小门”。社区网格员罗小燕作为代表发言。罗小燕说，她每天上门走访，第一时间掌握居民健康状况。聂雨桐要求，各社区要每日报送排查情况。",
    );
    assert.deepEqual(d, [["聂雨桐", "聂雨桐要求，各社区要每日报送排查情况。"]]);
  });
});

describe("spun copies", () => {
  test("真正 stands for 切实 in a speech's heading; the adjective 真正的 orders nothing", () => {
    const lines = ["县委书记在全县疫情防控工作会议上的讲话", "同志们:", "一、清醒认识严峻形势,真正绷紧疫情防控这根弦", "这才是真正的担当。"];
    assert.deepEqual(directives(lines.join("\n")), [["县委书记", "一、清醒认识严峻形势,真正绷紧疫情防控这根弦"]]);
  });
});
