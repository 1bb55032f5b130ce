import { test } from "node:test";
import assert from "node:assert/strict";
import { pageHeadline } from "../../src/shared/page-headline";
import { parsePage } from "./fixture-pages";

const headlineOfTitle = (title: string) => pageHeadline(parsePage(`<html><head><title>${title}</title></head><body></body></html>`), []);

test("the <title>'s headline is the part before the site's name, whichever separator the site writes", () => {
  const headline = "全市防汛工作会议召开 杜明远出席并讲话";
  for (const title of [
    `${headline}_今日要闻_某某市人民政府门户网站`,
    `${headline} - 某某新闻网`,
    `${headline}|某某市应急管理局`,
    `${headline}--某某市应急管理局`,
    `${headline}--地方--人民网`,
  ]) {
    assert.equal(headlineOfTitle(title), headline, title);
  }
});

test("a hyphen inside the headline is no separator", () => {
  assert.equal(headlineOfTitle("某某市2023-2025年城市更新行动方案印发实施_某某市人民政府"), "某某市2023-2025年城市更新行动方案印发实施");
});
