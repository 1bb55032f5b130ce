/**
 * What the CLI reads from a saved page: the article's block, with what the page prints
 * above it (the headline, the dateline) put back in front. A news aggregator's block repeats
 * the headline but not the dateline: the dateline, whose date gives an undated event its
 * year, still comes in front.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { articleTextOfPage } from "../../src/cli/html-to-text";
import { extract } from "../../src/extractor/index";

const HEADLINE = "柏溪县召开疫情防控工作会议";
const DATELINE = "网络编辑 柏溪 2022-08-16 18:42:05";
const BODY =
  `<p>8月16日下午,柏溪县召开疫情防控工作会议,安排部署当前重点工作。县委书记章明远主持会议并讲话。</p>` +
  `<p>章明远要求,全县各级各部门要严格落实各项防控措施,确保不发生规模性疫情。</p>`;
const page = (blockStart: string) =>
  `<!doctype html><html><body><div class="main"><h1>${HEADLINE}</h1><div class="info">${DATELINE}</div>` +
  `<div class="content">${blockStart}${BODY}</div></div><div class="footer">版权所有</div></body></html>`;

describe("the text of a saved page", () => {
  test("a block that repeats the headline still gets the dateline in front, and the event its year", () => {
    const text = articleTextOfPage("page.html", page(`<p>${HEADLINE}</p>`));
    assert.ok(text.startsWith(`${DATELINE}\n${HEADLINE}\n`), text.slice(0, 80));
    const { meta } = extract(text);
    assert.equal(meta.eventDate, "2022-08-16");
    assert.equal(meta.title, HEADLINE);
  });

  test("a block without the headline gets the headline, then the dateline", () => {
    const text = articleTextOfPage("page.html", page(""));
    assert.ok(text.startsWith(`${HEADLINE}\n${DATELINE}\n8月16日`), text.slice(0, 80));
    assert.equal(extract(text).meta.eventDate, "2022-08-16");
  });
});
