/**
 * Our reports (tests/extractor/reports) as the web pages real sites would make of them, in
 * three shapes: a government portal (breadcrumbs, headline, dateline, an editor's block, a
 * footer), a news site with a column of other leaders' headlines beside the article, and a
 * portal that links every leader's name (names cross element boundaries); each keeps what
 * stood above the headline (breadcrumbs, a paper's masthead date). The page must give
 * what the report's text gives: the same people and titles, the same directives and
 * speakers, the same chair, date and meeting. The shared fixtures hold five articles in
 * these shapes; this holds every report of ours in each, so that the article finder is
 * tried on many more texts than it was written against.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { articleTextOfPage } from "../../src/cli/html-to-text";
import { extract } from "../../src/extractor/index";
import { buildView } from "../../src/extractor/normalize";

const REPORTS = join(import.meta.dirname, "../extractor/reports");

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const squeeze = (s: string | null) => (s ?? "").replace(/\s+/g, "");

/** The report's lines as a page lays them out: what stands above the headline (the
 * breadcrumbs a pasted page kept), the headline, the dateline under it, the body. A content
 * farm's copy may have no headline at all (it opens on the body): its page has none either. */
function layout(text: string): { crumbs: string[]; headline: string | null; dateline: string | null; body: string[] } {
  const lines = text.split("\n");
  const title = extract(text).meta.title;
  if (title === null) return { crumbs: [], headline: null, dateline: null, body: lines.filter((l) => l.trim().length > 0) };
  // The headline is reported without a content farm's romanisation (`會(huì)議`) and without a
  // page's media mark after it (`…会议(视频)`); its line keeps both.
  const headlineLine = (kept: string) => kept === title || (kept.startsWith(title) && MEDIA_MARK.test(kept.slice(title.length)));
  const h = lines.findIndex((l) => l.trim().length > 0 && headlineLine(buildView(l.trim()).kept));
  assert.ok(h >= 0, "the report's headline is one of its lines");
  const rest = lines.slice(h + 1).filter((l) => l.trim().length > 0);
  const dated = rest.length > 0 && rest[0].length < 120 && /来源|來源|发布|發布|\d{4}[-年]/.test(rest[0]);
  return { crumbs: lines.slice(0, h).filter((l) => l.trim()), headline: lines[h].trim(), dateline: dated ? rest[0].trim() : null, body: dated ? rest.slice(1) : rest };
}

/** What a page may write after a headline to say what the story carries: `(视频)`, `【组图】`. */
const MEDIA_MARK = /^\s*[(（\[【][^)）\]】]{1,4}[)）\]】]$/;

/** Other reports' headlines, as a news site lists them beside the article. */
const OTHER_HEADLINES = ["赵立新调研督导安全生产工作", "钱卫东主持召开市政府常务会议强调:要抓好项目建设", "孙明华会见客商代表", "李建平检查防汛工作时要求,确保安全度汛"];

function pages(text: string): [string, string][] {
  const { crumbs, headline, dateline, body } = layout(text);
  const paragraphs = body.map((l) => `<p>${escape(l.trim())}</p>`).join("\n");
  const h1 = headline === null ? "" : `<h1>${escape(headline)}</h1>`;
  const info = dateline ? `<div class="info">${escape(dateline)}</div>` : "";
  const portal =
    `<!doctype html><html><head><meta charset="utf-8"><title>${escape(headline ?? "")}</title></head><body>` +
    `<div class="top"><a href="/">首页</a><a href="/zwgk">政务公开</a><a href="/hd">互动交流</a></div>` +
    `<div class="crumb">${crumbs.map(escape).join(" ")}</div>` +
    `<div class="main">${h1}${info}<div class="TRS_Editor">${paragraphs}</div></div>` +
    `<div class="footer">主办单位:示例市人民政府办公室 版权所有</div></body></html>`;
  const news =
    `<!doctype html><html><head><meta charset="utf-8"></head><body><header><a href="/">新闻网</a> | <a href="/sz/">时政</a></header>` +
    `<div class="crumb">${crumbs.map(escape).join(" ")}</div><div class="wrap"><article>${h1}${info}<div id="content">${paragraphs}</div></article>` +
    `<aside><h3>热点新闻</h3><ul class="hot">${OTHER_HEADLINES.map((o, i) => `<li><a href="/n/${i}.html">${o}</a><span>2024-01-0${i + 1}</span></li>`).join("")}</ul></aside></div>` +
    `<footer>版权所有 未经授权禁止转载</footer></body></html>`;
  // Every official's name a link, longest first so that a name inside another is not split.
  let linkedParagraphs = paragraphs;
  const names = [...new Set(extract(text).officials.map((o) => o.name))].sort((a, b) => b.length - a.length);
  names.forEach((name, i) => (linkedParagraphs = linkedParagraphs.split(name).join(`\u0000${i}\u0000`)));
  linkedParagraphs = linkedParagraphs.replace(/\u0000(\d+)\u0000/g, (_, i) => `<a href="/leader/${i}.html">${escape(names[Number(i)])}</a>`);
  const linked =
    `<!doctype html><html><head><meta charset="utf-8"></head><body><div class="nav"><a href="/">首页</a></div><div class="crumb">${crumbs.map(escape).join(" ")}</div>` +
    `<div class="article">${h1}${info}<div class="content">${linkedParagraphs}</div></div></body></html>`;
  return [["portal", portal], ["news site", news], ["linked names", linked]];
}

/** What the reader compares, whitespace aside (a page's layout spaces are not the text's). */
function summary(text: string) {
  const x = extract(text);
  return {
    chair: x.meta.chair,
    eventDate: x.meta.eventDate,
    meeting: squeeze(x.meta.meeting),
    title: squeeze(x.meta.title),
    officials: x.officials.map((o) => `${squeeze(o.name)}: ${o.titles.map(squeeze).join("/")}`).sort(),
    directives: x.directives.map((d) => `${squeeze(d.text)} @${d.speaker}`).sort(),
  };
}

describe("our reports as web pages", () => {
  const files = readdirSync(REPORTS).filter((f) => f.endsWith(".txt")).sort();
  test("each report, in each of three page shapes, gives what its text gives", () => {
    assert.ok(files.length > 0);
    for (const file of files) {
      const text = readFileSync(join(REPORTS, file), "utf8");
      const want = summary(text);
      for (const [shape, html] of pages(text)) assert.deepEqual(summary(articleTextOfPage(file, html)), want, `${file} as a ${shape} page`);
    }
  });
});
