import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { extract } from "../../src/extractor/index";
import { furnitureTail } from "../../src/extractor/furniture-tail";
import { lines } from "../../src/extractor/meta";

const report = "县委常委会召开会议\n10月10日，县委书记岑振宇主持召开县委常委会会议。\n会议强调，要切实做好秋粮收购工作。\n";

describe("the page's tail of other stories", () => {
  test("after 相关新闻 or 上一篇 no one is an official and nothing is an order", () => {
    for (const head of ["相关新闻：", "【相关阅读】", "上一篇：副县长金若愚带队检查森林防火工作"]) {
      const x = extract(`${report}${head}\n· 市委书记葛承业到桐溪县督导时强调 要切实抓好安全生产\n· 副县长金若愚带队检查工作\n`);
      assert.deepEqual(x.officials.map((o) => o.name), ["岑振宇"], head);
      assert.deepEqual(x.directives.map((d) => d.speaker), ["会议"], head);
    }
  });

  test("a heading above the article's prose, or prose that only opens with the words, cuts nothing", () => {
    const above = "相关新闻\n" + report;
    assert.equal(furnitureTail(above, lines(above), 0), above.length);
    const prose = report + "相关新闻发布会由副县长金若愚主持。\n";
    assert.equal(furnitureTail(prose, lines(prose), 0), prose.length);
    assert.ok(extract(prose).officials.some((o) => o.name === "金若愚"));
  });
});
