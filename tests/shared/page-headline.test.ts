import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { standsAlone } from "../../src/shared/page-headline";
import { articleTextOfPage } from "../../src/cli/html-to-text";
import { extract } from "../../src/extractor/index";

const HEADLINE = "潘立新主持召开区疫情防控工作领导小组(扩大)会议";

describe("whether the article's text is read as it stands", () => {
  test("without the headline it is not; with it, it is unless the dateline has a date the text lacks", () => {
    const body = `${HEADLINE}\n10月11日下午,区委书记潘立新主持召开会议。`;
    assert.equal(standsAlone("10月11日下午,会议召开。", HEADLINE, null), false);
    assert.equal(standsAlone(body, HEADLINE, null), true);
    assert.equal(standsAlone(body, HEADLINE, "网络编辑 榆州 2022-10-12 09:47:23 0 疫情 防控"), false);
    assert.equal(standsAlone(`${HEADLINE}\n发布时间:2022-10-12\n正文。`, HEADLINE, "网络编辑 榆州 2022-10-12 09:47:23"), true);
  });

  test("an aggregator's page that repeats the headline in the article keeps the date printed under its <h1>", () => {
    const html =
      `<!doctype html><html><head><meta charset="utf-8"><title>${HEADLINE}</title></head><body>` +
      `<div class="main"><h1>${HEADLINE}</h1><div class="info">网络编辑 榆州 2022-10-12 09:47:23 0 疫情 防控 榆东区</div>` +
      `<div class="content"><p>${HEADLINE}_榆州市榆东区人民政府</p><p>${HEADLINE}</p>` +
      `<p>10月11日下午,区委书记、区疫情防控工作领导小组组长潘立新主持召开区疫情防控工作领导小组(扩大)会议。</p>` +
      `<p>他强调,全区各级各部门要坚决克服麻痹思想,以战时状态抓实抓细各项防控措施。要紧盯外防输入,严格落实闭环转运。</p></div></div></body></html>`;
    const x = extract(articleTextOfPage("aggregator.html", html));
    assert.equal(x.meta.publishedDate, "2022-10-12");
    assert.equal(x.meta.eventDate, "2022-10-11");
  });
});
