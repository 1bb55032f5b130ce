/**
 * The page's tail of furniture: a list of other stories (`相关新闻:`, `推荐阅读`, `上一篇:`)
 * after the article. Its headlines name other leaders and say what they stressed; none of
 * it is the report, so nothing is read there: no officials, orders, phrases or meeting.
 */
import { charTable } from "./chars";
import type { Landmarks } from "./landmarks";
import type { Line } from "./meta";

/**
 * A line that opens such a list: the heading alone, or the heading with a colon and its first
 * item. Portals write 上一篇 or 上一条 (上一则); television sites list 热门视频; an e-paper
 * lists 本版其他稿件, the other stories on the page.
 */
const TAIL_HEADING_RE =
  /^[【\[]?(?:相关新闻|相关阅读|相关报道|相关链接|相关文章|相关稿件|相关视频|推荐阅读|延伸阅读|往期回顾|往期推荐|热点推荐|热门推荐|热门视频|热门新闻|热门文章|更多阅读|猜你喜欢|上一篇|下一篇|上一条|下一条|上一则|下一则|本版其他稿件|本版其它稿件)[】\]]?(?:[:\s]|$)/;
/** Units a heading may open with: most lines are ruled out by their first. */
const HEADING_FIRSTS = charTable("【[相推延往热更猜上下本");
/** Shortest line that shows the article has begun (a paragraph, not a menu item or a date). */
const MIN_PARAGRAPH = 24;

/** Whether the line at `start` opens a list of other stories (`上一篇:…`, `相关新闻`). */
export function opensTail(s: string, start: number, end: number): boolean {
  return HEADING_FIRSTS[s.charCodeAt(start)] === 1 && TAIL_HEADING_RE.test(s.slice(start, Math.min(end, start + 12)));
}

/**
 * Where the tail begins (a line's start), or the text's length when there is none. Only a
 * heading after the article's first paragraph counts: a list of links above the article
 * is the page's, not a tail, and the text after the headline is left whole.
 */
export function furnitureTail(s: string, all: readonly Line[], bodyFrom: number): number {
  let begun = false;
  for (let k = 0; k < all.length; k++) {
    const l = all[k];
    if (l.start < bodyFrom) continue;
    if (begun && opensTail(s, l.start, l.end)) return l.start;
    if (l.end - l.start >= MIN_PARAGRAPH) begun = true;
  }
  return s.length;
}

/** The landmarks that stand before `end`. */
export function landmarksBefore(lm: Landmarks, end: number): Landmarks {
  const before = <T>(xs: readonly T[], at: (x: T) => number): T[] => xs.filter((x) => at(x) < end);
  const place = (i: number) => i;
  return {
    posts: before(lm.posts, (p) => p.start),
    marks: before(lm.marks, place),
    openings: before(lm.openings, place),
    masks: before(lm.masks, place),
    cues: before(lm.cues, place),
    labels: before(lm.labels, place),
  };
}
