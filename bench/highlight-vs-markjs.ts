/**
 * Highlighting alone, Govlens against mark.js (the popular DOM-wrapping highlighter), on the
 * same 100,000-character page in the same browser, passes interleaved. The ranges are the
 * ones the extension drew on that page (read back from `CSS.highlights` once the page has
 * been scrolled through, since marks far from the viewport are drawn as it nears), as character
 * offsets over the body's text nodes, which is how mark.js's `markRanges` counts; overlapping
 * ones (a name inside a directive) are dropped since mark.js skips them. A pass runs from
 * the first call to the first task after the next rendered frame: Govlens builds its ranges
 * (StaticRanges) with its TextMap and draws them with its CssHighlighter; mark.js wraps each
 * range in `<mark>`.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { bundleForPage } from "../tests/e2e/support/bundle";
import { stats, type Stats } from "./stats";

export interface CharRange {
  start: number;
  length: number;
}

export interface HighlightComparison {
  ranges: number;
  /** Ranges Govlens drew, and `<mark>` elements mark.js made (one per text node touched). */
  govlensMarks: number;
  markjsElements: number;
  govlensMs: Stats;
  markjsMs: Stats;
  /** mark.js median over Govlens median. */
  ratio: number;
}

// Text nodes in mark.js's order and filter (body, not inside script/style), as one string's offsets.
const TEXT_NODES = `(() => {
  const out = [];
  let at = 0;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (/^(SCRIPT|STYLE)$/.test(n.parentNode.nodeName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push({ node: n, start: at, end: (at += n.data.length) });
  return out;
})()`;

const FRAME = "new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))";

/** In the extension's page: every mark as character ranges, sorted, without overlaps. The page
 * is scrolled through a screen at a time first, so that every mark is drawn. */
export async function drawnRanges(page: Page): Promise<CharRange[]> {
  await page.evaluate(`(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) {
      scrollTo(0, y);
      await ${FRAME};
      await ${FRAME};
    }
    scrollTo(0, 0);
  })()`);
  return page.evaluate(`(() => {
    const starts = new Map(${TEXT_NODES}.map((s) => [s.node, s.start]));
    const all = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!/^govlens-(official|directive|slogan)$/.test(name)) continue;
      for (const r of highlight) {
        const s = starts.get(r.startContainer);
        const e = starts.get(r.endContainer);
        if (s !== undefined && e !== undefined) all.push({ start: s + r.startOffset, end: e + r.endOffset });
      }
    }
    all.sort((a, b) => a.start - b.start);
    const out = [];
    let end = -1;
    for (const r of all) if (r.start >= end && r.end > r.start) { out.push({ start: r.start, length: r.end - r.start }); end = r.end; }
    return out;
  })()`);
}

/** In a page without the extension, holding the same HTML. */
export async function compareHighlighting(page: Page, ranges: CharRange[], runs: number): Promise<HighlightComparison> {
  const require = createRequire(import.meta.url);
  await page.addScriptTag({ content: readFileSync(require.resolve("mark.js/dist/mark.min.js"), "utf8") });
  await page.addScriptTag({ content: await bundleForPage("bench/highlight-entry.ts", "GovlensBench") });
  await page.evaluate((r) => {
    (window as unknown as { benchRanges: CharRange[] }).benchRanges = r;
  }, ranges);
  const govlensPass = `(async () => {
    const t0 = performance.now();
    const map = new GovlensBench.TextMap(${TEXT_NODES});
    const highlighter = new GovlensBench.CssHighlighter(window);
    const marks = [];
    benchRanges.forEach((r, i) => {
      const range = map.rangeOf({ start: r.start, end: r.start + r.length }, highlighter.makeRange);
      if (range) marks.push({ kind: "directive", key: "d" + i, range });
    });
    highlighter.draw(marks);
    await ${FRAME};
    const ms = performance.now() - t0;
    highlighter.clear();
    await ${FRAME};
    return [ms, marks.length];
  })()`;
  const markjsPass = `(async () => {
    const t0 = performance.now();
    new Mark(document.body).markRanges(benchRanges);
    await ${FRAME};
    const ms = performance.now() - t0;
    const drawn = document.querySelectorAll("mark[data-markjs]").length;
    new Mark(document.body).unmark();
    await ${FRAME};
    return [ms, drawn];
  })()`;
  const count = await page.evaluate(`document.querySelectorAll("mark").length`);
  if (count !== 0) throw new Error("the page already holds <mark> elements");
  // One warm-up pass each, then interleaved so that a busy machine slows both alike.
  await page.evaluate(govlensPass);
  await page.evaluate(markjsPass);
  const govlens: number[] = [];
  const markjs: number[] = [];
  let govlensMarks = 0;
  let markjsElements = 0;
  for (let i = 0; i < runs; i++) {
    const [g, gn] = (await page.evaluate(govlensPass)) as [number, number];
    const [m, mn] = (await page.evaluate(markjsPass)) as [number, number];
    govlens.push(g);
    markjs.push(m);
    govlensMarks = gn;
    markjsElements = mn;
  }
  const govlensMs = stats(govlens);
  const markjsMs = stats(markjs);
  return { ranges: ranges.length, govlensMarks, markjsElements, govlensMs, markjsMs, ratio: markjsMs.median / govlensMs.median };
}
