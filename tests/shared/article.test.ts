import { describe, test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { collectText, findArticle, findArticleText, type ArticleText, type FoundArticle } from "../../src/shared/article";
import {
  corpusText, fixturePages, haveShared, parsePage, proseLines, runInlineScripts, squeeze,
} from "./fixture-pages";

// The furniture of the fixture pages: menus, side columns of other leaders' headlines,
// related and recommended lists, share bars, footers. None of it may reach the article.
const NOISE = "nav, #nav, header, aside, footer, #footer, .related, .recommend, .share, .left";

const tagOfEl = (el: Element) => el.tagName.toLowerCase();

function noiseLines(doc: Document): string[] {
  const lines: string[] = [];
  for (const el of Array.from(doc.querySelectorAll(NOISE))) {
    for (const line of collectText(el).text.split("\n")) if (squeeze(line).length >= 6) lines.push(squeeze(line));
  }
  return lines;
}

/** The text the finder's own pass recorded is the text collected from the article afresh:
 * same characters, same segments over the same nodes. */
function assertSameText(got: ArticleText, want: ArticleText) {
  assert.equal(got.text, want.text);
  assert.equal(got.segments.length, want.segments.length);
  got.segments.forEach((s, i) => {
    const w = want.segments[i];
    assert.ok(s.node === w.node && s.start === w.start && s.end === w.end, `segment ${i}`);
  });
}

/** The article's text collected afresh, without the furniture the finder says it left out. */
function textLeavingOut(found: FoundArticle): ArticleText {
  return collectText(found.article, (el) => found.leftOut.includes(el));
}

function checkArticle(doc: Document, id: string) {
  const article = findArticle(doc);
  assert.ok(article, "an article is found");
  const found = findArticleText(doc);
  assert.equal(found?.article, article, "one finder, with or without the text");
  assert.ok(found);
  assertSameText(found.text, textLeavingOut(found));
  const text = squeeze(found.text.text);
  const prose = proseLines(corpusText(id));
  assert.ok(prose.join("").length >= 1000, "the twin text has prose to compare");
  for (const line of prose) assert.ok(text.includes(squeeze(line)), `article holds: ${line.slice(0, 30)}…`);
  const noise = noiseLines(doc);
  assert.ok(noise.length > 0, "the page has furniture to keep out");
  for (const line of noise) assert.ok(!text.includes(line), `article is free of: ${line.slice(0, 30)}`);
}

describe("findArticle on the fixture pages", { skip: !haveShared && "../shared is missing" }, () => {
  for (const page of fixturePages()) {
    const needsScript = page.html.includes("setTimeout(");
    if (!needsScript) {
      test(page.file, () => checkArticle(parsePage(page.html), page.id));
      continue;
    }
    test(`${page.file}: nothing before its script fills the article`, () => {
      assert.equal(findArticle(parsePage(page.html)), null);
    });
    test(`${page.file}: the article once its script has run`, () => {
      const doc = parsePage(page.html);
      runInlineScripts(doc);
      checkArticle(doc, page.id);
    });
  }
});

describe("findArticle on pages of its own", () => {
  const prose = "市委书记李明远主持召开会议,要求各级各部门要切实落实责任,确保各项措施落地见效。";

  test("a list of links only is no article", () => {
    const items = Array.from({ length: 20 }, (_, i) => `<li><a href="/${i}">张三丰调研督导安全生产工作第${i}次</a></li>`);
    assert.equal(findArticle(parsePage(`<html><body><ul>${items.join("")}</ul></body></html>`)), null);
  });

  test("an empty page is no article", () => {
    assert.equal(findArticle(parsePage("<html><body></body></html>")), null);
  });

  test("a side column with prose of its own, known by its class, stays out", () => {
    const doc = parsePage(`<html><body><div id="wrap">
      <div id="text"><p>${prose}</p><p>${prose}</p><p>${prose}</p></div>
      <div class="sidebar-box"><p>王五在调研时要求,要全力以赴抓进度、保质量、守安全,确保安全。</p></div>
      </div></body></html>`);
    const article = findArticle(doc);
    assert.equal(article?.getAttribute("id"), "text");
  });

  test("a column of headlines with no class still loses to the prose beside it", () => {
    const items = Array.from({ length: 8 }, (_, i) => `<li><a href="/${i}">赵某某主持召开第${i}次常务会议研究部署工作</a></li>`);
    const doc = parsePage(`<html><body><table><tr><td><ul>${items.join("")}</ul></td>
      <td id="c"><p>${prose}</p><p>${prose}</p></td></tr></table></body></html>`);
    assert.equal(findArticle(doc)?.getAttribute("id"), "c");
  });

  test("the paragraphs' container wins over any one paragraph", () => {
    const doc = parsePage(`<html><body><div class="con"><p>${prose.repeat(6)}</p><p>${prose}</p></div></body></html>`);
    assert.equal(findArticle(doc)?.getAttribute("class"), "con");
  });

  // A related list whose links cost the wrapper more than the other paragraph blocks bring.
  const relatedList = `<div class="xglj"><b>相关链接：</b>${"<a href='/x'>市委书记王某某主持召开市委常委会会议,传达学习省委全会精神,研究部署贯彻落实工作。</a><br>".repeat(6)}</div>`;

  test("paragraphs in sibling blocks beside a list of links: the wrapper is the article, the list is left out", () => {
    const doc = parsePage(`<html><body><div id="wrap"><h1>市政府常务会议研究部署安全生产工作</h1>
      <div class="section"><p>${prose}${prose}</p></div><div class="section"><p>${prose}</p></div>
      <div class="section"><p>${prose}</p></div><div class="section"><p>${prose}</p></div>${relatedList}</div></body></html>`);
    const found = findArticleText(doc);
    assert.ok(found);
    assert.equal(found.article.getAttribute("id"), "wrap");
    assert.equal(found.text.text.split(prose).length - 1, 5, "every paragraph");
    assert.ok(!found.text.text.includes("王某某") && !found.text.text.includes("相关链接"));
    assert.deepEqual(found.leftOut.map((el) => el.getAttribute("class")), ["xglj"]);
    assertSameText(found.text, textLeavingOut(found));
  });

  test("a block beside a list of links stays the article when its siblings add less prose than it holds", () => {
    const doc = parsePage(`<html><body><div id="wrap"><div id="zw"><p>${prose}</p><p>${prose}</p><p>${prose}</p></div>
      <div class="note"><p>${prose}</p></div>${relatedList}</div></body></html>`);
    assert.equal(findArticle(doc)?.getAttribute("id"), "zw");
  });

  test("a column of teasers (headline link, then a summary in sentences), longer than the article, stays out", () => {
    const teaser = (i: number) => `<li><a href="/${i}">市委书记王某某调研重点项目建设第${i}站</a><p>${prose}${prose}</p></li>`;
    const doc = parsePage(`<html><body><div class="wrap"><div id="zw"><p>${prose}</p><p>${prose}</p><p>${prose}</p></div>
      <div class="col"><ul>${[1, 2, 3, 4].map(teaser).join("")}</ul></div></div></body></html>`);
    assert.equal(findArticle(doc)?.getAttribute("id"), "zw");
  });

  test("paragraphs that open with a linked name are the article's, not teasers", () => {
    const para = `<div class="para"><p><a href="/ld/1">李明远</a>强调,要切实落实责任,确保各项措施落地见效,坚决守住安全底线。</p></div>`;
    const doc = parsePage(`<html><body><nav><a href="/">首页</a><a href="/1">新闻中心</a><a href="/2">政务公开</a><a href="/3">办事服务</a><a href="/4">互动交流</a><a href="/5">数据开放</a><a href="/6">专题专栏</a></nav>
      <div id="zw">${para.repeat(4)}</div><div class="col"><p>${prose}</p></div></body></html>`);
    assert.equal(findArticle(doc)?.getAttribute("id"), "zw");
  });

  test("a comment box with prose of its own stays out", () => {
    const comment = "<li><p>网友甲:领导讲得好,我们一定要落实,坚决支持,希望早日见效。</p></li>";
    const doc = parsePage(`<html><body><div class="page"><div id="zw"><p>${prose}</p><p>${prose}</p><p>${prose}</p></div>
      <div id="comments"><ul>${comment.repeat(3)}</ul></div></div></body></html>`);
    assert.equal(findArticle(doc)?.getAttribute("id"), "zw");
  });

  test("furniture inside the article's block is left out of its text; the report's own list stays", () => {
    const doc = parsePage(`<html><body><article><h1>市政府常务会议研究部署安全生产工作</h1><p>${prose}${prose}</p>
      <ul class="list"><li>一是压实企业主体责任,落实全员安全生产责任制。</li><li>二是加强隐患排查,做到整改到位。</li></ul>
      <p>${prose}${prose}</p><p>${prose}${prose}</p><p>${prose}${prose}</p><div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
      <aside><h3>相关政策文件</h3><p>关于印发《某某市安全生产专项整治方案》的通知,自发布之日起施行。</p></aside>
      <div class="related"><a href="/1">市委书记王某某调研安全生产工作,强调要守牢底线。</a></div></article>
      <div class="sidebar"><a href="/2">其他新闻</a></div></body></html>`);
    const found = findArticleText(doc);
    assert.ok(found);
    assert.equal(tagOfEl(found.article), "article");
    const text = found.text.text;
    for (const kept of ["一是压实企业主体责任", "二是加强隐患排查", prose.slice(0, 20)]) assert.ok(text.includes(kept), kept);
    for (const gone of ["分享到", "微信", "相关政策文件", "专项整治方案", "王某某"]) assert.ok(!text.includes(gone), gone);
    assert.deepEqual(found.leftOut.map(tagOfEl), ["div", "aside", "div"]);
    assert.equal(found.text.text.split("\n").filter((l) => l.trim() === "").length, 0, "no empty line where furniture stood");
  });

  test("a site footer named `bottom`, full of punctuated 主办/备案 lines, stays out", () => {
    const doc = parsePage(`<html><body><div class="w1200"><h1>县委常委会会议研究部署森林防火工作</h1>
      <div id="text"><p>${prose}</p><p>${prose}</p><p>${prose}</p></div>
      <div class="bottom"><p>主办单位：某某县人民政府办公室,承办单位：某某县信息中心。</p><p>版权所有：某某县人民政府;未经授权,禁止复制或建立镜像。</p>
      <p>本网站由某某县信息中心负责运行维护,如有意见建议,请发送邮件,我们将及时处理。</p></div></div></body></html>`);
    assert.equal(findArticle(doc)?.getAttribute("id"), "text");
  });

  test("a wrapper of the whole page named like furniture does not hide the article", () => {
    const doc = parsePage(`<html><body><div class="layout-with-sidebar"><div id="text"><p>${prose}</p><p>${prose}</p></div>
      <div class="sidebar"><a href="/">首页</a><a href="/1">其他新闻标题一则</a></div></div></body></html>`);
    assert.equal(findArticle(doc)?.getAttribute("id"), "text");
  });

  test("labels beside the article (headline, date and source, toolbar, site footer) do not pull in the page around it", () => {
    // An old table portal: the article is a cell of <br> lines; every other cell holds short
    // unpunctuated labels, which read as much text as the few links of the page lose.
    const para = "&nbsp;&nbsp;10月18日,县委书记周某主持召开会议,研究部署秋冬季森林防火工作,要求压实责任、严防火源。";
    const doc = parsePage(`<html><body><table><tr><td><a href="/">首页</a> <a href="/x">新闻中心</a></td></tr>
      <tr><td><font size="5">县委常委会会议研究部署森林防火工作</font></td></tr>
      <tr><td>发布时间：2023-10-18 16:32 来源：县委办公室 浏览次数：326 作者：本站记者</td></tr>
      <tr><td><div id="body-cell">${para}<br><br>${para}<br><br>${para}</div></td></tr>
      <tr><td>【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</td></tr></table>
      <table><tr><td>主办单位：某某县人民政府办公室 承办单位：某某县信息中心<br>网站标识码：3600000012 赣ICP备12000000号 联系电话：0790-0000000</td></tr></table></body></html>`);
    const found = findArticleText(doc);
    assert.ok(found);
    assert.equal(found.article.getAttribute("id"), "body-cell");
    assert.ok(!found.text.text.includes("来源") && !found.text.text.includes("主办单位"));
  });

  test("a content word outweighs a furniture word in the same class", () => {
    const doc = parsePage(`<html><body><div class="main-content has-sidebar"><p>${prose}</p><p>${prose}</p></div>
      <div class="sidebar"><a href="/">首页</a></div></body></html>`);
    assert.equal(findArticle(doc)?.getAttribute("class"), "main-content has-sidebar");
  });

  test("class and id are read together: a content id outweighs a furniture class, and a class met twice keeps its answer", () => {
    // The same class on a side column and on the article's block; only the id tells them apart.
    const doc = parsePage(`<html><body><div class="box side" id="text"><p>${prose}</p><p>${prose}</p><p>${prose}</p></div>
      <div class="wrap"><div class="box side"><p>${prose}</p><p>${prose}</p></div></div>
      <div class="box side"><p>${prose}</p></div></body></html>`);
    assert.equal(findArticle(doc)?.getAttribute("id"), "text");
  });
});

describe("collectText: lines", () => {
  test("a line opens at its first written character, however the parser split the indentation", () => {
    // Chromium keeps `\n&nbsp;&nbsp;text` after a <br> as one node; linkedom splits it. Both
    // must give the same text, and the one node must map back past its source line break.
    const doc = parsePage("<html><body><div id=a>会议召开。<br>\n&nbsp;&nbsp;要落实责任。</div></body></html>");
    const el = doc.getElementById("a")!;
    const split = collectText(el);
    assert.equal(split.text, "会议召开。\n\u00a0\u00a0要落实责任。");

    el.normalize();
    const last = el.lastChild as Text;
    last.data = "\n\u00a0\u00a0要落实责任。";
    const whole = collectText(el);
    assert.equal(whole.text, split.text);
    const seg = whole.segments.find((x) => x.node === last)!;
    assert.equal(seg.from, 1);
    assert.equal(last.data.slice(seg.from, seg.from! + (seg.end - seg.start)), whole.text.slice(seg.start, seg.end));
  });
});

describe("findArticleText: the article and its text from one pass", () => {
  test("inside a <pre>, after hidden parts and line breaks: the text is collectText's", () => {
    const prose = "会议强调,要坚决落实各项措施,确保取得实效。";
    const doc = parsePage(`<html><body><nav><a href="/">首页</a></nav><pre><div id="a">${prose}\n${prose}
      <p hidden>隐藏</p><b>王</b>小明<br><br>${prose}</div></pre><footer>版权所有,网站地图。</footer></body></html>`);
    const found = findArticleText(doc);
    assert.ok(found);
    assert.equal(found.text.text.includes("\n"), true);
    assertSameText(found.text, textLeavingOut(found));
  });

  test("on random pages, the winner and its text agree with the separate calls", () => {
    const text = fc.constantFrom("市委书记主持会议,强调要落实。", "\n  ", "新闻中心", "会议指出:要坚持;", " ", "\t", "他说,“外防输入”。");
    const attrs = fc.constantFrom("", "", ' class="nav"', ' class="content"', ' id="side"', " hidden", ' style="display:none"', ' class="list"');
    const tag = fc.constantFrom("p", "div", "a", "span", "br", "pre", "nav", "header", "article", "main", "script", "aside", "li", "h1", "strong");
    const { node } = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        text,
        fc.tuple(tag, attrs, fc.array(tie("node"), { maxLength: 4 })).map(([t, a, kids]) =>
          t === "br" ? "<br>" : `<${t}${a}>${(kids as string[]).join("")}</${t}>`,
        ),
      ),
    }));
    fc.assert(
      fc.property(fc.array(node, { maxLength: 6 }), (parts) => {
        const doc = parsePage(`<html><body>${(parts as string[]).join("")}</body></html>`);
        const found = findArticleText(doc);
        const article = findArticle(doc);
        assert.equal(found?.article ?? null, article);
        if (found && article) assertSameText(found.text, textLeavingOut(found));
      }),
      { numRuns: 500, seed: 20261123 },
    );
  });
});

describe("collectText", () => {
  test("blocks end lines, inline elements run on, scripts and hidden parts are skipped", () => {
    const doc = parsePage(`<html><body><div id="a"><h1>标题</h1><p>市长<a href="/x">王<span>小</span></a><strong>明</strong>强调,要落实。</p>
      <script>var x = "不读";</script><style>p{}</style><p hidden>隐藏</p><p style="display: none">也隐藏</p>
      <ul><li>一是</li><li>二是</li></ul>第一行<br>第二行<br><br>第三行</div></body></html>`);
    const { text } = collectText(doc.getElementById("a") as Element);
    assert.equal(text, "标题\n市长王小明强调,要落实。\n一是\n二是\n第一行\n第二行\n\n第三行");
  });

  test("every segment is its text node, offsets included", () => {
    const doc = parsePage(`<html><body><div id="a"><p>第一段 <b>王</b>小明
    说</p>

    <p>第二段</p></div></body></html>`);
    const { text, segments } = collectText(doc.getElementById("a") as Element);
    assert.ok(segments.length >= 4);
    let last = 0;
    for (const s of segments) {
      assert.ok(s.start >= last, "segments in text order, not overlapping");
      assert.equal(s.end - s.start, s.node.data.length);
      assert.equal(text.slice(s.start, s.end), s.node.data.replace(/[\t\n\r\f\v]/g, " "));
      last = s.end;
    }
    assert.ok(!text.slice(0, text.indexOf("第二段")).includes("\n\n"), "source indentation adds no empty line");
    assert.match(text, /王小明 +说\n第二段$/);
  });

  test("a name split across elements is contiguous and maps back to its nodes", () => {
    const doc = parsePage(`<html><body><div id="a"><p>省委常委<a class="leader">宋</a><span>乐</span><span>伟</span>强调</p></div></body></html>`);
    const { text, segments } = collectText(doc.getElementById("a") as Element);
    const at = text.indexOf("宋乐伟");
    assert.ok(at >= 0);
    const covering = segments.filter((s) => s.end > at && s.start < at + 3).map((s) => s.node.data);
    assert.deepEqual(covering, ["宋", "乐", "伟"]);
  });

  test("<pre> keeps its own line breaks", () => {
    const doc = parsePage(`<html><body><pre id="a">第一行\n第二行</pre></body></html>`);
    assert.equal(collectText(doc.getElementById("a") as Element).text, "第一行\n第二行");
  });
});

test("the finder's pass hands back every readable <h1> in page order, with the text collected from it afresh", () => {
  const doc = parsePage(
    `<!doctype html><html><body><div class="top"><h1>青岚市人民政府</h1></div>` +
      `<div hidden><h1>隐藏的标题</h1></div>` +
      `<h1>林远航主持召开<a href="/p/1">专题会议</a> 研究部署城市更新工作</h1>` +
      `<div class="content"><p>11月20日,市长林远航主持召开专题会议,研究部署城市更新工作。会议强调,要抓好落实,确保按期完成。</p>` +
      `<p>林远航指出,各区各部门要提高政治站位,切实增强责任感和紧迫感,统筹推进各项工作。</p></div></body></html>`,
  );
  const found = findArticleText(doc);
  assert.ok(found);
  const readable = Array.from(doc.querySelectorAll("h1")).filter((h) => !h.closest("[hidden]"));
  assert.equal(readable.length, 2);
  assert.deepEqual(found.headings.map((h) => h.element), readable);
  found.headings.forEach((h, i) => assertSameText(h.text, collectText(readable[i])));
  for (const page of fixturePages()) {
    const pageDoc = parsePage(page.html);
    const pageFound = findArticleText(pageDoc);
    if (!pageFound) continue;
    const h1s = Array.from(pageDoc.querySelectorAll("h1"));
    assert.deepEqual(pageFound.headings.map((h) => h.element), h1s, page.file);
    pageFound.headings.forEach((h, i) => assertSameText(h.text, collectText(h1s[i])));
  }
});

describe("the dateline under a headline that stands outside the article", () => {
  const page = (between: string, opts: { h1Inside?: boolean } = {}) => {
    const h1 = `<h1>林远航主持召开专题会议 研究部署城市更新工作</h1>`;
    const body =
      `<p>11月20日,市长林远航主持召开专题会议,研究部署城市更新工作。会议强调,要抓好落实,确保按期完成。</p>` +
      `<p>林远航指出,各区各部门要提高政治站位,切实增强责任感和紧迫感,统筹推进各项工作。</p>`;
    return parsePage(
      `<!doctype html><html><body><div class="detail">${opts.h1Inside ? "" : h1}${between}` +
        `<div class="content">${opts.h1Inside ? h1 : ""}${body}</div></div></body></html>`,
    );
  };

  test("a short line with a date between the <h1> and the block is handed back, mapped to its nodes", () => {
    const found = findArticleText(page(`<div class="info">来源:青岚日报 <span>发布时间:2025-11-21</span> 【字号:大 中 小】</div>`));
    assert.ok(found?.dateline);
    assert.equal(found.dateline.text.trim(), "来源:青岚日报 发布时间:2025-11-21 【字号:大 中 小】");
    for (const s of found.dateline.segments) {
      assert.equal(found.dateline.text.slice(s.start, s.end), s.node.data.slice(s.from ?? 0).replace(/[\t\n\r\f\v]/g, " "));
    }
  });

  test("dates written with 年月日 or slashes count; a line with no date, or a long stretch, does not", () => {
    assert.ok(findArticleText(page(`<p>2025年11月21日 09:30 来源:市政府办公室</p>`))?.dateline);
    assert.ok(findArticleText(page(`<p>发布日期:2025/11/21</p>`))?.dateline);
    assert.equal(findArticleText(page(`<p>来源:青岚日报 【字号:大 中 小】</p>`))?.dateline, null);
    const long = `<p>${"相关链接:市政府门户网站、市人大常委会网站、市政协网站。".repeat(8)}2025-11-21</p>`;
    assert.equal(findArticleText(page(long))?.dateline, null);
  });

  test("a paper's masthead date on the line right above the <h1> stands in for a dateline under it", () => {
    const paper = (above: string) =>
      parsePage(
        `<!doctype html><html><body><div class="masthead">${above}</div><div class="detail"><h1>林远航主持召开专题会议 研究部署城市更新工作</h1>` +
          `<div class="content"><p>本报讯 11月20日,市长林远航主持召开专题会议,研究部署城市更新工作。会议强调,要抓好落实,确保按期完成。</p>` +
          `<p>林远航指出,各区各部门要提高政治站位,切实增强责任感和紧迫感,统筹推进各项工作。</p></div></div></body></html>`,
      );
    assert.equal(findArticleText(paper(`澜江日报 2022年11月06日 星期日 第01版:要闻`))?.dateline?.text.trim(), "澜江日报 2022年11月06日 星期日 第01版:要闻");
    assert.ok(findArticleText(paper(`<span>2022-11-06</span> <span>A03版</span>`))?.dateline);
    // A date alone above the headline may be any list item's: no masthead, no dateline.
    assert.equal(findArticleText(paper(`<a href="/n/1.html">市政协召开主席会议</a> 2022-11-05`))?.dateline, null);
  });

  test("with nothing between the <h1> and the block, a paper's masthead line right above the <h1> is the dateline", () => {
    const masthead = (line: string) =>
      parsePage(
        `<!doctype html><html><body><div class="top"><a href="/">首页</a></div>${line}<div class="detail"><h1>林远航主持召开专题会议 研究部署城市更新工作</h1>` +
          `<div class="content"><p>本报讯 11月20日,市长林远航主持召开专题会议,研究部署城市更新工作。会议强调,要抓好落实,确保按期完成。</p>` +
          `<p>林远航指出,各区各部门要提高政治站位,切实增强责任感和紧迫感,统筹推进各项工作。</p></div></div></body></html>`,
      );
    const found = findArticleText(masthead(`<div class="paper">青岚日报 2025年11月21日 星期五 第01版:要闻</div>`));
    assert.equal(found?.dateline?.text.trim(), "青岚日报 2025年11月21日 星期五 第01版:要闻");
    // A date in a link is another article's (a list of past issues), and no masthead's.
    assert.equal(findArticleText(masthead(`<div class="issues"><a href="/1121">2025年11月21日</a></div>`))?.dateline, null);
    assert.equal(findArticleText(masthead(`<div class="crumb">当前位置:首页 > 要闻</div>`))?.dateline, null);
    // A portal's clock is the day of reading, whatever weekday it gives.
    assert.equal(findArticleText(masthead(`<div class="clock">今天是2024年1月5日 星期五</div>`))?.dateline, null);
  });

  test("no dateline is taken from outside when the headline is inside the article's block", () => {
    const found = findArticleText(page(`<div class="info">发布时间:2025-11-21</div>`, { h1Inside: true }));
    assert.ok(found);
    assert.equal(found.dateline, null);
  });
});
