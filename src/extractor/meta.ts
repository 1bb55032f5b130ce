/**
 * Page and meeting facts: headline, dates, source, meeting name.
 * (The chair is decided with the roles, where the officials are known.)
 */
import { arabicDates } from "./chinese-dates";
import { firstMatchAtLiteral, matchAt } from "./anchored";
import { charTable, inTable, isDigit, isHan, positionsOf } from "./chars";
import { opensTail } from "./furniture-tail";
import type { TextView } from "./normalize";
import type { Span } from "./types";
import { postAt } from "./offices";
import { keepShape } from "./shapes";
import { bylineDate } from "./transcript";
import { isFurnitureLine } from "./furniture-line";
import { isSpeechTitleLine } from "./transcript";

export interface Line {
  start: number;
  end: number;
}

const SITE_NAME_RE = /(?:网|网站|门户|在线|资讯|频道|政府|日报|晚报|文档)$/;

/**
 * A site's banner standing alone over the page (`鹭洲区人民政府网`), named for what it is; a
 * broadcaster's site is named for the station (`青岚网络广播电视台`, `桐川融媒`); a portal's
 * for the body that runs it (`江屿市临澜区人民政府`), a name no headline ends with.
 */
const SITE_BANNER_RE = /(?:政府网|门户网站?|网站|新闻网|信息网|政务网|资讯网|电视台|广电网|融媒|人民政府|人民代表大会常务委员会)$/;

/**
 * What a page appends to a headline to say what the story carries (`…调度会议(视频)`,
 * `【组图】`, a document site's `(本页约4900字)`): a mark of the page, not words of the headline.
 */
const MEDIA_MARK_RE = /\s*[(\[【](?:附?视频|音频|组?图|图文|多图|VIP|(?:本页|全文)?约?\d+\+?字)[)\]】]$/;

/** The headline line without a media mark at its end. */
function withoutMediaMark(s: string, l: Line): Line {
  const m = MEDIA_MARK_RE.exec(s.slice(l.start, l.end));
  return m && m.index > 0 ? { start: l.start, end: l.start + m.index } : l;
}

const isWs = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x3000 || c === 0xa0 || c === 0xfeff;

export function lines(s: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (let i = s.indexOf("\n"); ; i = s.indexOf("\n", i + 1)) {
    const stop = i < 0 ? s.length : i;
    {
      let a = start;
      let b = stop;
      while (a < b && isWs(s.charCodeAt(a))) a++;
      while (b > a && isWs(s.charCodeAt(b - 1))) b--;
      if (b > a) out.push({ start: a, end: b });
      start = stop + 1;
    }
    if (i < 0) return out;
  }
}

/** What follows the `标题` of a headline field: `标题: 关于…`. */
const FIELD_RE = /标题\s*:\s*([^\n]{4,80})/y;
const SPACE_RE = /\s/;

/**
 * The field `(?:^|\n)\s*(?:本文)?标题\s*:\s*(…)`, found from each `标题`: the label must
 * open the text or a line, with only spaces (and 本文) before it.
 */
function headlineField(s: string): RegExpExecArray | null {
  // Looked for by 题 (see firstMatchAtLiteral).
  for (let q = s.indexOf("题", 1) - 1; q >= 0; q = s.indexOf("题", q + 2) - 1) {
    if (s[q] !== "标") continue;
    let j = q >= 2 && s.startsWith("本文", q - 2) ? q - 2 : q;
    let lineStart = false;
    while (j > 0 && SPACE_RE.test(s[j - 1])) {
      if (s[j - 1] === "\n") lineStart = true;
      j--;
    }
    if (!lineStart && j > 0) continue;
    const m = matchAt(FIELD_RE, s, q);
    if (m) return m;
  }
  return null;
}

/** A page's info bar: `发布时间:…`, `来源:…`, or a bare `时间:`/`日期:` with the date after it. */
const INFO_BAR_RE = /^(?:(?:发布时间|发布日期|信息来源|来源)\s*:|(?:时间|日期)\s*:\s*\d{4})/;
/** An info bar that opens with its author or a bracket (`[ 作者:本站 | 发布时间:…]`). */
const LABELLED_BAR_RE = /^[\[【(]?\s*(?:作者\s*:[^|\n]{0,20}\|\s*)?(?:发布时间|发布日期)\s*:/;
/** Fewest characters of a short headline (`县长接访群众`). */
const MIN_SHORT_HEADLINE = 5;

/**
 * Whether a line too short to be taken for a headline on its own is one all the same: the
 * page's info bar follows it, as it follows a headline, and it is no site's name.
 */
function shortHeadline(s: string, text: string, next: Line | undefined): boolean {
  return text.length >= MIN_SHORT_HEADLINE && next !== undefined && INFO_BAR_RE.test(s.slice(next.start, next.start + 8)) && !SITE_NAME_RE.test(text);
}

const lineText = (s: string, l: Line): string => s.slice(l.start, l.end);

/** A breadcrumb: where the page says the reader is (`您的位置:`, `首页 >> 本县新闻`). */
const CRUMB_RE = /位置|首页|\s>>?\s|»/;

/** Whether a breadcrumb stands among the lines `[from, to)`: what stands above it is the site's. */
function crumbBetween(s: string, all: Line[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (CRUMB_RE.test(lineText(s, all[k]))) return true;
  return false;
}

/** A numbered list's item: `3. `, `12.`. */
const LIST_ITEM_RE = /^\d{1,2}\.\s/;

/** A subtitle's opening dash. */
const SUBTITLE_DASH_RE = /^[-—―]/;

/** A section heading of a speech or report: `一、`, `(三)`, `第二,`. */
const OUTLINE_HEADING_RE = /^(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|第[一二三四五六七八九十]{1,3}[,、])/;

/** Whether any line stands after line `n` (lines hold text: blank ones are not kept). */
const textFollows = (all: Line[], n: number): boolean => n + 1 < all.length;

/** The headline: an explicit `标题:` field, else the first line shaped like one. */
const TRAILING_MARKS_RE = /[。!?]+["”’」』)]*$/;

export function findHeadline(view: TextView, all: Line[]): Line | null {
  const s = view.norm;
  const field = headlineField(s);
  if (field) {
    const start = field.index + field[0].length - field[1].length;
    let end = start + field[1].length;
    while (end > start && /\s/.test(s[end - 1])) end--;
    return { start, end };
  }
  const scan = Math.min(all.length, 40);
  let first: Line | null = null;
  // The page's <title> pasted with the text (`…专题会强调 - 晋中市人民政府`): its headline part,
  // taken only when no line gives the headline alone.
  let pageTitle: Line | null = null;
  let shaped = 0;
  let speechTitle: Line | null = null;
  let firstLine = -1;
  // A page that opens straight on its body (a content farm's copy) has no headline: the
  // other stories listed after the body (`上一篇:…`) head nothing of this one.
  let prose = false;
  for (let n = 0; n < scan; n++) {
    const l = all[n];
    const text = s.slice(l.start, l.end);
    const len = l.end - l.start;
    if (prose && opensTail(s, l.start, l.end)) break;
    if (len > 70 || (len < 8 && !shortHeadline(s, text, all[n + 1]))) {
      if (len > 70 && text.includes("。")) prose = true;
      continue;
    }
    // A menu: several short items side by side (`首页 政务公开 办事服务`).
    const items = text.split(/\s+/);
    if (items.length >= 3 && len / items.length <= 5) continue;
    // Prose: a sentence mark inside the line, or a full stop ending it (quotes after it
    // included); a headline may end in ! or ? but reads as no sentence, and may exclaim
    // inside itself too (`好消息!…获批`), where prose has its commas.
    const body = text.replace(TRAILING_MARKS_RE, "");
    if (body.includes("。") || (/[!?]/.test(body) && /[,;]/.test(body)) || /。["”’」』)]*$/.test(text)) {
      // The article has begun: what stands further on (a list of other reports after it)
      // heads nothing.
      if (first && text.length >= MIN_PROSE_LINE) break;
      if (text.length >= MIN_PROSE_LINE) prose = true;
      continue;
    }
    // A line ending in a colon introduces what follows (`会议强调,要做到以下几点:`); one
    // ending in a semicolon is a point of a list set line by line (`要…;`), never a headline.
    if (text.endsWith(":") || text.endsWith(";")) continue;
    if (/^\d{1,2}月\d{1,2}日/.test(text) || /^(?:本报讯|新华社|记者)/.test(text)) continue;
    // A speech's section heading (`一、…`, `(二)…`) stands where a page pasted without its
    // headline opens (`同志们:` and the first paragraph before it): it heads a part, not the page.
    if (OUTLINE_HEADING_RE.test(text)) continue;
    // An item of a numbered list (a breadcrumb set as one: `3. …`) repeats the headline at best.
    if (LIST_ITEM_RE.test(text)) continue;
    // Once prose has begun with no headline above it, a short line at the very end heads
    // nothing (a link pasted after the body): a headline has text under it.
    if (prose && first === null && !textFollows(all, n)) continue;
    if (isFurnitureLine(text)) continue;
    if (/[-—|_]/.test(text) && SITE_NAME_RE.test(text)) {
      pageTitle ??= headlineOfPageTitle(s, l);
      continue;
    }
    if (SITE_BANNER_RE.test(text)) continue;
    let han = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x4e00 && c <= 0x9fff) han++;
    }
    if (han < len * 0.6) continue;
    // Other reports' headlines may be listed above the article's (a column pasted with it):
    // after two or more, the one the page's info bar follows is the article's. A single line
    // before that one is the headline, and the one under it its subtitle.
    if (shaped >= 2 && infoBarFollows(s, all, n)) return withoutMediaMark(s, l);
    // Above a breadcrumb, a line of the site's chrome (`用户投诉处理机制`): the line the info
    // bar follows, below the breadcrumb, is the headline; a subtitle has no breadcrumb between
    // it and its headline.
    if (shaped === 1 && crumbBetween(s, all, firstLine + 1, n) && infoBarFollows(s, all, n)) return withoutMediaMark(s, l);
    // A site's slogan may stand above a speech's title (`…网提供各类素材!`): the line that
    // says whose speech at which meeting is the page's headline.
    // (Not a subtitle under a speech's own title: `——在…上的讲话`.)
    if (first !== null && speechTitle === null && !SUBTITLE_DASH_RE.test(text) && isSpeechTitleLine(lineText(s, withoutMediaMark(s, l))) && !isSpeechTitleLine(lineText(s, withoutMediaMark(s, first)))) speechTitle = l;
    if (first === null) {
      first = l;
      firstLine = n;
    }
    shaped++;
    if (shaped >= 2 && !infoBarWithin(s, all, n + 1, scan)) break;
  }
  const chosen = speechTitle ?? first;
  return chosen ? withoutMediaMark(s, chosen) : pageTitle;
}

/** A page title's separator: ` - `, `_`, `|`, `—` with whatever spaces around it. */
const TITLE_SEPARATOR_RE = /\s*[-—|_]+\s*/;
/** Fewest characters of a headline taken from a page title. */
const MIN_TITLE_HEADLINE = 8;

/** The headline part of a page title (what stands before its first separator), or null. */
function headlineOfPageTitle(s: string, l: Line): Line | null {
  const text = s.slice(l.start, l.end);
  const sep = TITLE_SEPARATOR_RE.exec(text);
  if (!sep) return null;
  let start = l.start;
  while (start < l.start + sep.index && isWs(s.charCodeAt(start))) start++;
  const end = l.start + sep.index;
  if (end - start < MIN_TITLE_HEADLINE || isFurnitureLine(s.slice(start, end))) return null;
  return { start, end };
}

/** A line of prose this long is the article's text under way. */
const MIN_PROSE_LINE = 20;

/** A page's info bar: a labelled date or source, or a date with the source after it. */
const DATED_SOURCE_RE = /^\s*\d{4}\s*[-年/.]\s*\d{1,2}[^\n]{0,40}来源/;
function isInfoBar(s: string, l: Line): boolean {
  const head = s.slice(l.start, Math.min(l.end, l.start + 60));
  const trimmed = head.trimStart();
  return INFO_BAR_RE.test(trimmed) || LABELLED_BAR_RE.test(trimmed) || DATED_SOURCE_RE.test(head);
}

function infoBarFollows(s: string, all: Line[], n: number): boolean {
  for (let k = n + 1; k < all.length && k <= n + 2; k++) {
    if (isInfoBar(s, all[k])) return true;
    if (all[k].end > all[k].start) return false;
  }
  return false;
}

/** Whether an info bar stands in the lines `[from, to)`: else nothing is gained by reading on. */
function infoBarWithin(s: string, all: Line[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isInfoBar(s, all[k])) return true;
  return false;
}

const pad = (n: number): string => String(n).padStart(2, "0");
const iso = (y: number, m: number, d: number): string | null =>
  y > 1900 && y < 2200 && m >= 1 && m <= 12 && d >= 1 && d <= 31 ? `${y}-${pad(m)}-${pad(d)}` : null;

const FULL_DATE_RE = /(\d{4})\s*(?:年|-|\/|\.)\s*(\d{1,2})\s*(?:月|-|\/|\.)\s*(\d{1,2})/g;

/**
 * A date after a label: `(?:发布时间|发布日期|发表时间|发文日期|更新时间|日期|时间)` then the
 * date. Every label ends in 时间 or 日期 and what follows does not depend on which, so the
 * first of those two words with a date after it is where the first labelled date stands.
 */
const DATE_AFTER_LABEL_RE = /\s*[:]?\s*(\d{4})\s*(?:年|-|\/|\.)\s*(\d{1,2})\s*(?:月|-|\/|\.)\s*(\d{1,2})/y;
function labelledDate(s: string): RegExpExecArray | null {
  // The two words' places, merged in text order (they cannot share one).
  let time = s.indexOf("时间");
  let date = s.indexOf("日期");
  while (time >= 0 || date >= 0) {
    let at: number;
    if (date < 0 || (time >= 0 && time < date)) {
      at = time;
      time = s.indexOf("时间", time + 1);
    } else {
      at = date;
      date = s.indexOf("日期", date + 1);
    }
    // Most are no label: what follows opens with neither space, colon nor digit.
    if (DATE_TAIL_FIRSTS[s.charCodeAt(at + 2)] !== 1) continue;
    const m = matchAt(DATE_AFTER_LABEL_RE, s, at + 2);
    if (m) return m;
  }
  return null;
}
/** The units DATE_AFTER_LABEL_RE can open with: `\s`, `:` and digits. */
const DATE_TAIL_FIRSTS = charTable("\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff:0123456789");

/** Publication date: a labelled date anywhere, else a full date in the page's header lines. */
/**
 * The publication date: a labelled one anywhere, else the first date in the header. A speech's
 * own dateline (`(2024年2月27日)` under its headline, `lineOfEvent`) dates the speech, not the
 * page: unlabelled, it is passed over.
 */
export function findPublished(s: string, headerEnd: number, lineOfEvent: Line | null = null): string | null {
  const labelled = labelledDate(s);
  if (labelled) return iso(+labelled[1], +labelled[2], +labelled[3]);
  const header = s.slice(0, headerEnd);
  FULL_DATE_RE.lastIndex = 0;
  for (let m = FULL_DATE_RE.exec(header); m; m = FULL_DATE_RE.exec(header)) {
    if (!(lineOfEvent && m.index >= lineOfEvent.start && m.index < lineOfEvent.end)) return iso(+m[1], +m[2], +m[3]);
  }
  return closingDate(s, lineOfEvent);
}

/** A line of nothing but a date (and perhaps its time): `2022-03-02`, `2022年3月2日 10:15`. */
const DATE_LINE_RE = /^[\s(（\[]*(\d{4})\s*[年\-\/.]\s*(\d{1,2})\s*[月\-\/.]\s*(\d{1,2})日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?[\s)）\]]*$/;
/** How far from the end a page's closing date line may stand: past a credit or two. */
const CLOSING_LINES = 3;

/**
 * A page that prints no date above the report may close it with one on a line of its own
 * (`2022-03-02` under the last paragraph): the date it was posted. Not a speech's own date
 * under its text (`lineOfEvent`), which dates the event.
 */
function closingDate(s: string, lineOfEvent: Line | null): string | null {
  let end = s.length;
  for (let n = 0; n < CLOSING_LINES && end > 0; ) {
    const start = s.lastIndexOf("\n", end - 1) + 1;
    const line = s.slice(start, end);
    end = start - 1;
    if (line.trim() === "") continue;
    n++;
    const m = DATE_LINE_RE.exec(line);
    if (m && !(lineOfEvent && start >= lineOfEvent.start && start < lineOfEvent.end)) return iso(+m[1], +m[2], +m[3]);
  }
  return null;
}

const firstAt = (m: RegExpExecArray | null): number => (m ? m.index : Infinity);

/**
 * Words that date the event only vaguely (`近日,市委召开…`): when the lead opens with one,
 * a date further on is a deadline or another event's, not this one's. `日前` right after a
 * day (`20日前完成`) is "before the 20th", not "recently".
 */
const VAGUE_DATE_RE = /近日|日前|近期|前不久|上周|本周/g;
function vagueDateAt(body: string): number {
  VAGUE_DATE_RE.lastIndex = 0;
  for (let m = VAGUE_DATE_RE.exec(body); m; m = VAGUE_DATE_RE.exec(body)) {
    if (!(m[0] === "日前" && isDigit(body.charCodeAt(m.index - 1)))) return m.index;
  }
  return Infinity;
}

/**
 * A sentence that opens with a day and reports a meeting held (`6月9日下午,…主持召开…`,
 * `…进驻澄州市。4月8日下午,…动员会召开。`): after a vaguely dated lead (`近日,省委书记作出
 * 批示`), that is the event reported.
 */
function heldOnDate(body: string, after: number, pub: number[]): string | null {
  CLAUSE_DAY_RE.lastIndex = after;
  for (let m = CLAUSE_DAY_RE.exec(body); m; m = CLAUSE_DAY_RE.exec(body)) {
    if (!m[3].includes("召开") && !m[3].includes("举行")) continue;
    const month = +m[1];
    return iso(month > pub[1] + 1 ? pub[0] - 1 : pub[0], month, +m[2]);
  }
  return null;
}

/** What follows a date that opens a span of days (`4月10日至6月10日`, `3月5日—7日`). */
const SPAN_TAIL_RE = /(?:上午|下午)?\s*(?:至|到|—|-|~)\s*(?:\d{4}年)?\d{1,2}[月日]/y;
/** A clause that opens with a day (`。9月10日上午,…`), with the rest of its sentence. */
const CLAUSE_DAY_RE = /(?:^|[。\n;])\s*(\d{1,2})月(\d{1,2})日(?:上午|下午|晚上|晚)?,([^。\n]*)/g;
const HELD_WORD_RE = /召开|举行|开幕/;

/**
 * The lead's first date opens a span of days (`2024年4月10日至6月10日,巡视组对…进行了巡视`):
 * when the span's sentence holds no meeting, the span is the background (an inspection, a
 * campaign), and a later day whose sentence holds a meeting held is the event. A meeting
 * held over days (`3月5日至7日,…会议举行`) keeps its first day. Read within the lead only.
 */
function heldAfterSpan(body: string, dateEnd: number, pub: number[] | null): string | null {
  if (!pub || !matchAt(SPAN_TAIL_RE, body, dateEnd)) return null;
  const stop = body.indexOf("。", dateEnd);
  const sentenceEnd = stop < 0 ? body.length : stop;
  if (HELD_WORD_RE.test(body.slice(dateEnd, sentenceEnd))) return null;
  CLAUSE_DAY_RE.lastIndex = sentenceEnd;
  for (let m = CLAUSE_DAY_RE.exec(body); m; m = CLAUSE_DAY_RE.exec(body)) {
    if (!HELD_WORD_RE.test(m[3])) continue;
    const month = +m[1];
    return iso(month > pub[1] + 1 ? pub[0] - 1 : pub[0], month, +m[2]);
  }
  return null;
}

/**
 * A day without its month opening the lead's clause (`11日上午,…`, `本月11日,…`), as papers date
 * what happened this month: the day and what follows it say it is the event's.
 */
const DAY_ONLY_RE = /(?:^|[\s,。:)\]】讯电]|本月)(\d{1,2})日(?=上午|下午|晚上|晚|早上|中午|,|至|在|召开|举行|[\u4e00-\u9fff]{0,12}(?:召开|举行))/;

/** Event date from the lead: `8月22日上午`, `2022年8月22日`, `今天上午`, `昨天(15日)`, `11日上午`. */
export function findEventDate(s: string, from: number, published: string | null): string | null {
  const body = arabicDates(s.slice(from, from + 600));
  const pub = published ? published.split("-").map(Number) : null;
  // Some pages space the numbers out from their units (`4 月 28 日`).
  const full = /(\d{4}) ?年 ?(\d{1,2}) ?月 ?(\d{1,2}) ?日/.exec(body);
  // A dateline's day (`东营1月26日讯`, `北京3月5日电`) dates the dispatch, not the event.
  const md = /(\d{1,2}) ?月 ?(\d{1,2}) ?日(?!讯|电(?![\u4e00-\u9fff]))/.exec(body);
  const rel = /(今天|今日|昨天|昨日|前天)/.exec(body);
  // A day alone counts only before every other date: looked for in that stretch alone.
  const before = Math.min(firstAt(full), firstAt(md), firstAt(rel));
  const day = DAY_ONLY_RE.exec(before === Infinity ? body : body.slice(0, before));
  const at = Math.min(before, firstAt(day));
  if (at === Infinity) return null;
  const vague = vagueDateAt(body);
  if (vague < at) return pub ? heldOnDate(body, vague, pub) : null;
  if (full && full.index === at) {
    // Without a publication date, a later day takes the year the lead wrote.
    const held = heldAfterSpan(body, at + full[0].length, pub ?? [+full[1], 12, 31]);
    return held ?? iso(+full[1], +full[2], +full[3]);
  }
  if (md && md.index <= at + 5 && (!full || md.index < full.index)) {
    if (!pub) return null;
    const held = heldAfterSpan(body, md.index + md[0].length, pub);
    if (held) return held;
    const m = +md[1];
    // A December meeting reported in January belongs to the year before.
    const y = m > pub[1] + 1 ? pub[0] - 1 : pub[0];
    return iso(y, m, +md[2]);
  }
  if (day && day.index === at && !rel) {
    if (!pub) return null;
    // The month is the publication's, or the one before when the day is still to come in it.
    const d = +day[1];
    const back = d > pub[2] ? 1 : 0;
    const month = pub[1] - back;
    return month === 0 ? iso(pub[0] - 1, 12, d) : iso(pub[0], month, d);
  }
  if (rel && pub) {
    const back = rel[1].startsWith("昨") ? 1 : rel[1] === "前天" ? 2 : 0;
    const d = new Date(Date.UTC(pub[0], pub[1] - 1, pub[2] - back));
    return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  return null;
}

/** A line that is only a full date, bracketed or not: `(2024年2月27日)`. */
const DATELINE_RE = /^\(?\s*(\d{4})年(\d{1,2})月(\d{1,2})日\s*\)?$/;
/**
 * Lines under the headline where a transcript's date may stand (subtitle, byline, date);
 * the page's own bars (info, font size, share) are not counted among them.
 */
const DATELINE_LINES = 3;

/**
 * A speech transcript is dated by a line of its own under the headline, or by its byline's
 * (`(县委书记 赵国栋 2022年11月5日)`), if at all.
 */
export function datelineDate(s: string, after: number, all: Line[]): { date: string | null; line: Line } | null {
  let seen = 0;
  for (const l of all) {
    if (l.start < after) continue;
    const m = DATELINE_RE.exec(s.slice(l.start, l.end));
    if (m) return { date: iso(+m[1], +m[2], +m[3]), line: l };
    const byline = bylineDate(s, l);
    if (byline !== null) return { date: byline, line: l };
    if (isFurnitureLine(s.slice(l.start, l.end))) continue;
    if (++seen === DATELINE_LINES) break;
  }
  return null;
}

/**
 * (A code of letters and digits after the label, `来源: sp20241121`, is a feed's id, no outlet:
 * the next 来源 is looked at.)
 */
const SOURCE_RE = /来源\s*:\s*(?![A-Za-z0-9_-]*\d[A-Za-z0-9_-]*(?:\s|$))([^\s:,;。|【】\[\]()]{2,24}?)(?=\s|$|发布时间|发布日期|作者|时间|日期|编辑|浏览|\||,|[【】\[\]()]|&nbsp;)/my;
/** A `copyright` before the sign may be there or not: the holder after the sign is the same. */
const COPYRIGHT_RE = /©\s*(?:\d{4}(?:-\d{4})?\s*)?([\u4e00-\u9fff]{2,20}(?:网|报|台|社|中心|政府))/iy;
const RIGHTS_RE = /版权所有\s*[:]?\s*([\u4e00-\u9fff]{2,20})/y;
/** What follows 版权所有 when it forbids copying instead of naming the holder (`版权所有 未经许可不得转载`). */
const FORBIDS_RE = /^(?:未经|不得|违者|禁止|严禁|翻印|转载|侵权|如需)/;
/**
 * A holder written before the words, on their line: `丰阳日报社版权所有`, `柳塘镇人民政府 版权所有`.
 * It must read as an outlet or an office, so that `本站版权所有` names none.
 */
const HOLDER_BEFORE_RE = /([\u4e00-\u9fff]{2,20}(?:网|报|台|社|中心|政府|办公室))[^\S\n]*$/;
/** Characters read before 版权所有 for its holder. */
const HOLDER_READ = 24;

/**
 * A paper's own dateline opening a line: `《松江日报》2024年3月6日 第01版`,
 * `《人民日报》(2024年03月06日 第01版)`. The year right after it tells it from a book cited.
 */
const PAPER_DATELINE_RE = /^《([\u4e00-\u9fff]{2,12}(?:报|刊))》\s*\(?\s*\d{4}\s*[年\-/.]/my;

/** The publishing outlet: `来源:晋中新闻网`, else a paper's dateline, else the copyright holder, else a WeChat account's header. */
export function findSource(view: TextView): string | null {
  const s = view.norm;
  return (
    keptGroup(view, firstMatchAtLiteral(s, "来源", SOURCE_RE, 1)) ??
    paperName(view, firstMatchAtLiteral(s, "《", PAPER_DATELINE_RE)) ??
    ePaperBanner(view) ??
    keptGroup(view, firstMatchAtLiteral(s, "©", COPYRIGHT_RE)) ??
    rightsHolder(view) ??
    outletDateline(view) ??
    keptGroup(view, wechatHeader(s)) ??
    siteBanner(view)
  );
}

/**
 * The site's banner or the paper's masthead on the page's first line (`北疆资讯网-金河频道`,
 * `岫川日报`): when nothing else names the outlet (no source field, no copyright footer kept
 * with the text), the site that shows the page is its publisher. Its name is the first part
 * of the line that is named as a site.
 */
const BANNER_PART_RE = /^[\u4e00-\u9fff]{2,16}$/;
/** A paper's masthead standing as the page's first line (`岫川日报`). */
const MASTHEAD_RE = /(?:日报|晚报|都市报)$/;
function siteBanner(view: TextView): string | null {
  const s = view.norm;
  let at = 0;
  while (at < s.length && (isWs(s.charCodeAt(at)) || s.charCodeAt(at) === 0x0a)) at++;
  const stop = s.indexOf("\n", at);
  const line = s.slice(at, stop < 0 ? s.length : stop).trimEnd();
  let from = 0;
  for (const part of line.split(TITLE_SEPARATOR_RE)) {
    const start = line.indexOf(part, from);
    from = start + part.length;
    if (BANNER_PART_RE.test(part) && (SITE_BANNER_RE.test(part) || MASTHEAD_RE.test(part))) return view.kept.slice(at + start, at + start + part.length);
  }
  return null;
}

/**
 * A dateline that opens with the outlet, unlabelled: `清江区融媒体中心　2024年11月22日 16:40`.
 * The outlet is told by what such names end in; the date right after it says it is a dateline.
 */
const OUTLET_DATELINE_RE = /([\u4e00-\u9fff]{2,16}(?:融媒体中心|日报|晚报|新闻网|电视台|发布))[^\S\n]+\d{4}\s*[-年/.]/y;
/**
 * The same dateline written date first: `2017-11-28 16:01   湖北日报` (or `09时18分`). The outlet ends the line
 * or is followed by a space, so that a date opening a sentence (`2024年3月5日,县融媒体中心…`)
 * names none.
 */
const DATE_THEN_OUTLET_RE = /\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}日?(?:[^\S\n]+(?:\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}时\d{1,2}分))?[^\S\n]+([\u4e00-\u9fff]{2,16}(?:融媒体中心|日报|晚报|新闻网|电视台|发布))(?=[^\S\n]|\n|$)/y;
/** Lines at the top of a text where such a dateline is looked for. */
const OUTLET_DATELINE_LINES = 8;

function outletDateline(view: TextView): string | null {
  const s = view.norm;
  for (let at = 0, n = 0; at >= 0 && n < OUTLET_DATELINE_LINES; ) {
    // However the line is indented (tabs, ideographic spaces). Blank lines do not count (a
    // page saved with CR LF has one after every line, in the view).
    while (at < s.length && s.charCodeAt(at) !== 0x0a && isWs(s.charCodeAt(at))) at++;
    if (s.charCodeAt(at) === 0x0a) {
      at++;
      continue;
    }
    n++;
    const m = matchAt(OUTLET_DATELINE_RE, s, at);
    if (m) return view.kept.slice(m.index, m.index + m[1].length);
    if (isDigit(s.charCodeAt(at))) {
      const d = matchAt(DATE_THEN_OUTLET_RE, s, at);
      if (d) return keptGroup(view, d);
    }
    at = s.indexOf("\n", at);
    if (at >= 0) at++;
  }
  return null;
}

/**
 * The holder a `版权所有` notice names, after it (`版权所有:临渊日报社`) or before it
 * (`丰阳日报社版权所有  未经书面授权,不得转载`). A paper's office (`…日报社`) stands for the
 * paper it publishes.
 */
function rightsHolder(view: TextView): string | null {
  const s = view.norm;
  for (let at = s.indexOf("版权所有"); at >= 0; at = s.indexOf("版权所有", at + 4)) {
    const after = matchAt(RIGHTS_RE, s, at);
    if (after && !FORBIDS_RE.test(after[1])) return paperOfOffice(s, at + after[0].length - after[1].length, after[1].length, view);
    const from = Math.max(0, at - HOLDER_READ);
    const before = HOLDER_BEFORE_RE.exec(s.slice(from, at));
    if (before) return paperOfOffice(s, from + before.index, before[1].length, view);
  }
  return null;
}

/** The kept text of `[start, start + len)`, with a paper's office (`日报社`) read as the paper. */
function paperOfOffice(s: string, start: number, len: number, view: TextView): string {
  const office = len > 3 && s.startsWith("报社", start + len - 2);
  return view.kept.slice(start, start + len - (office ? 1 : 0));
}

/**
 * The header of an article copied from a WeChat account: `原创 [author] account date time`
 * (`原创 枫江发布 枫江发布 2022-04-18 21:05 发表于浙江`); the account published it.
 */
const WECHAT_HEADER_RE = /原创[ \t]+(?:\S{1,20}[ \t]+)?([\u4e00-\u9fff]{2,16})(?=[ \t]+\d{4}\s*[-年]\s*\d{1,2}\s*[-月]\s*\d{1,2}日?[ \t]+\d{1,2}:\d{2})/y;

function wechatHeader(s: string): RegExpExecArray | null {
  for (let i = s.indexOf("原创"); i >= 0; i = s.indexOf("原创", i + 2)) {
    // At the start of its line, however the line is indented.
    let k = i;
    while (k > 0 && isWs(s.charCodeAt(k - 1))) k--;
    if (k > 0 && s[k - 1] !== "\n") continue;
    const m = matchAt(WECHAT_HEADER_RE, s, i);
    if (m) return m;
  }
  return null;
}

/** A paper's e-edition banner on a line of its own: `澜江日报数字报`, `松江报 电子版`. */
const E_PAPER_EDITIONS = ["数字报", "电子版", "数字版"];
const E_PAPER_NAME_RE = /^[\u4e00-\u9fff]{1,12}报$/;

/** The paper named by its e-edition's banner: the banner's line holds nothing else. */
function ePaperBanner(view: TextView): string | null {
  const s = view.norm;
  for (const edition of E_PAPER_EDITIONS) {
    for (let i = s.indexOf(edition); i >= 0; i = s.indexOf(edition, i + edition.length)) {
      let end = i + edition.length;
      while (end < s.length && s[end] !== "\n" && isWs(s.charCodeAt(end))) end++;
      if (end < s.length && s[end] !== "\n") continue;
      let name = i;
      while (name > 0 && isWs(s.charCodeAt(name - 1)) && s[name - 1] !== "\n") name--;
      let start = name;
      while (start > 0 && s[start - 1] !== "\n" && !isWs(s.charCodeAt(start - 1))) start--;
      const lineStart = s.lastIndexOf("\n", start - 1) + 1;
      if (s.slice(lineStart, start).trim() !== "" || !E_PAPER_NAME_RE.test(s.slice(start, name))) continue;
      return view.kept.slice(start, name);
    }
  }
  return null;
}

/** The paper's name in a dateline match, as the page wrote it (right after the 《). */
function paperName(view: TextView, m: RegExpExecArray | null): string | null {
  return m ? view.kept.slice(m.index + 1, m.index + 1 + m[1].length) : null;
}

/** A match's first group as the page wrote it. */
function keptGroup(view: TextView, m: RegExpExecArray | null): string | null {
  if (!m) return null;
  const start = m.index + m[0].length - m[1].length;
  return view.kept.slice(start, start + m[1].length);
}

/**
 * Nouns of the meetings reports are held at, two characters before 会: what the meeting does
 * (分析, 调度, 部署 …), with or without 议 after it (`分析会议`). Each of them also names a
 * meeting as the subject of 召开 or 举行.
 */
export const WORKING_MEETINGS = [
  "专题会", "常务会", "常委会", "办公会", "党组会", "座谈会", "推进会", "调度会", "部署会", "动员会", "联席会", "协调会", "现场会",
  "汇报会", "研讨会", "工作会", "发布会", "通气会", "报告会", "培训会", "交流会", "对接会", "观摩会", "恳谈会", "分析会", "评审会",
  "述职会", "评议会", "推介会", "洽谈会", "说明会", "听证会", "务虚会", "碰头会", "见面会", "表彰会", "誓师会", "启动会", "总结会",
  "讲评会", "点评会", "通报会", "警示会", "学习会", "反馈会", "研判会", "约谈会", "讨论会", "会商会", "协商会",
  // Meetings named by how they are held or what is done at them: `防汛抗旱调度视频会`,
  // `…电视电话会`, `集体廉政谈话会`, `问题交办会`.
  "视频会", "电话会", "谈话会", "交办会", "督办会",
  // A Party committee's self-criticism sessions: 民主生活会, 组织生活会.
  "生活会",
  // Congresses by their short names (`县第五次党代会`, `市人代会`).
  "党代会", "人代会", "团代会", "职代会", "妇代会",
  // A Party committee's yearly session on the militia and conscription.
  "议军会",
  // Meetings of the calendar and of review: `节后收心会`, `新春团拜会`, `项目论证会`, `…复盘会`.
  "收心会", "团拜会", "茶话会", "复盘会", "晾晒会", "论证会", "评估会", "议事会",
];
/** A room or building named after meetings (`会议室`, `会议中心`, `大会堂`) is where one is held, not its name. */
const MEETING_NOUN_RE = new RegExp(
  `(?:常务会议|全体会议|工作会议|专题会议|领导小组会议|常委会会议|办公会议|党组会议|会议|(?:${WORKING_MEETINGS.join("|")})议?|例会|全会|大会|论坛|仪式|(?<=\\))会)(?![室厅堂楼]|中心|大厦|酒店|宾馆)`,
  "g",
);
/**
 * Whether a stretch may hold a meeting noun: each holds 会, but 论坛 and a ceremony
 * (`签约仪式`, `开工仪式`), which are events reported as meetings are.
 */
const mayHoldMeeting = (seg: string): boolean => seg.includes("会") || seg.includes("论坛") || seg.includes("仪式");

/** Longest meeting phrase read. */
const MAX_PHRASE = 80;
/** Characters of a parenthesised aside kept inside a meeting's name, brackets included. */
const MAX_ASIDE = 6;
/** An ordinal session after an organ that is also a meeting noun: `常委会第二十次会议`. */
const SESSION_RE = /^第[一二三四五六七八九十百零〇\d]{1,6}次/;
/**
 * A congress's standing committee written in full after the congress's 大会, which is its
 * organ and not the meeting: `…人民代表大会常务委员会第十九次会议`.
 */
const STANDING_COMMITTEE = "常务委员会";
/** Most characters between an organ's noun and the meeting's noun in one name (`主任`). */
const NOUN_GAP = 2;
/**
 * A body of a congress's session before its own meeting: `…人大二次会议岚江代表团全体会议`,
 * `…会议主席团第三次会议`. The session names the congress; the body's meeting is the one held.
 */
const SESSION_BODY_RE = /^[\u4e00-\u9fff]{0,8}?(?:代表团|主席团)(?:第[一二三四五六七八九十百零〇\d]{1,6}次)?(?=全体会议|会议|小组会议)/;
/** Prepositions of place: `在`, `于`. */
const PLACE_PREPOSITION_RE = /[在于]/;
/**
 * A verb ends the meeting's name: `区委常委会召开会议` names 区委常委会. So does one of
 * attending or watching: `在主会场参加会议` names no meeting, nor does `我县组织收看…会议`.
 */
const HOLDING_VERB_RE = /召开|举行|参加|出席|列席|收听|收看/;
/** Watching a meeting held elsewhere: `组织收听收看了省委…会议`. */
const WATCHED_RE = /收(?:听收)?看了?|收听了?/y;
const PHRASE_BREAK = charTable(",.;:!?。!?;:、()“”‘’《》「」\n ");

/** Most characters of a watchword quoted inside a meeting's name, marks excluded. */
const MAX_QUOTED_WORD = 12;

/**
 * Where the short Han watchword opened by the “ at `open` closes (its ”), when the name goes
 * on with Han text right after it; -1 otherwise.
 */
function quotedWordEnd(s: string, open: number): number {
  for (let k = open + 1; k < s.length && k - open - 1 <= MAX_QUOTED_WORD; k++) {
    const c = s.charCodeAt(k);
    if (c === 0x201d) {
      if (k === open + 1) return -1;
      // Watchwords quoted one after another (`“亲”“清”新型政商关系座谈会`).
      if (s.charCodeAt(k + 1) === 0x201c) return quotedWordEnd(s, k + 1);
      return isHan(s.charCodeAt(k + 1)) ? k : -1;
    }
    if (!isHan(c) && c !== 0x3001 && !isDigit(c)) return -1; // 、
  }
  return -1;
}

/** Where the short Han aside closing at `close` opens (its `(`), or -1: as meetingEnd keeps one. */
function asideOpening(s: string, close: number): number {
  for (let k = close - 1; k >= 0 && close - k <= MAX_ASIDE; k--) {
    if (s.charCodeAt(k) === 0x28) return k < close - 1 ? k : -1; // (
    const c = s.charCodeAt(k);
    if (c < 0x4e00 || c > 0x9fff) return -1;
  }
  return -1;
}

/**
 * Where the watchword quoted inside a meeting's name that closes at the ” at `close` opens
 * (its “), reading back as quotedWordEnd reads forward (`全市“四个城市”建设调度会议`,
 * `“亲”“清”…座谈会`); -1 otherwise.
 */
function quotedWordOpening(s: string, close: number): number {
  for (let k = close - 1; k >= 0 && close - k - 1 <= MAX_QUOTED_WORD; k--) {
    const c = s.charCodeAt(k);
    if (c === 0x201c) {
      if (k === close - 1) return -1;
      return k > 0 && s.charCodeAt(k - 1) === 0x201d ? quotedWordOpening(s, k - 1) : k;
    }
    if (!isHan(c) && c !== 0x3001 && !isDigit(c)) return -1; // 、
  }
  return -1;
}

/** Most characters between 暨 and a 、 that lists the second meeting's topics. */
const MAX_JOINED_TOPIC = 8;

/**
 * The 暨 a 、 at `at` stands after, within a name read from `from` (`…座谈会暨信访、安全稳定
 * 工作会议`: the second meeting's topics are listed), or -1. Only Han between them.
 */
function afterJoin(s: string, from: number, at: number): number {
  for (let k = at - 1; k >= from && at - k <= MAX_JOINED_TOPIC; k--) {
    const c = s.charCodeAt(k);
    if (c === 0x66a8) return k; // 暨
    if (c < 0x4e00 || c > 0x9fff) return -1;
  }
  return -1;
}

/**
 * Where reading back goes on over the 、 at `at` inside a meeting's name read back from its
 * noun: after 暨 (see afterJoin), or when a Han item stands before it (`甲村、乙村…动员会`,
 * `防汛、安全生产工作会议`), whose start the reading then finds. -1 otherwise.
 */
function listedItemOpening(s: string, at: number): number {
  const join = afterJoin(s, 0, at);
  if (join >= 0) return join;
  return at > 0 && isHan(s.charCodeAt(at - 1)) ? at : -1;
}

/** A meeting pointed at, not named: `这次会议`, `此次会议`, `本次会`, `今天的会议`. */
const DEICTIC_RE = /^(?:这次|此次|本次|这个|今天的?|今天这次)(?:会议|会)(?!暨)/;

/**
 * Whether the name goes on past the noun ending at `end` to a second meeting joined by 暨,
 * right after it or after the organ's body that holds it (`…人大常委会党组暨主任会议`).
 */
function joinsAnother(seg: string, end: number): boolean {
  const j = seg.indexOf("暨", end);
  return j >= 0 && j - end <= NOUN_GAP;
}

/** End of the meeting noun phrase starting at `i`, following `暨` joins; -1 if none. */
function meetingEnd(s: string, i: number): number {
  // Most places tried (after each 在) have no meeting noun near.
  if (!mayHoldMeeting(s.slice(i, i + MAX_PHRASE))) return -1;
  let j = i;
  for (; j < s.length && j - i < MAX_PHRASE; j++) {
    if (!inTable(PHRASE_BREAK, s, j)) continue;
    // A short aside inside the name: `市委常委会(扩大)会议`.
    const aside = s.charCodeAt(j) === 0x28 ? s.indexOf(")", j) : -1;
    if (aside > j + 1 && aside - j <= MAX_ASIDE && !/[^\u4e00-\u9fff]/.test(s.slice(j + 1, aside))) j = aside;
    else if (s.charCodeAt(j) === 0x3001 && afterJoin(s, i, j) >= 0) continue; // 、
    // Organs or topics listed before the noun (`县委、县政府联席会议`, `甲河、乙河河长联席会议`).
    else if (s.charCodeAt(j) === 0x3001 && isHan(s.charCodeAt(j + 1)) && !mayHoldMeeting(s.slice(i, j))) continue;
    // A short watchword quoted inside the name, the name going on after it:
    // `村“两委”换届工作推进会`, `“三农”工作会议`.
    else if (s.charCodeAt(j) === 0x201c && quotedWordEnd(s, j) > 0) j = quotedWordEnd(s, j);
    else break;
  }
  let seg = s.slice(i, j);
  if (!mayHoldMeeting(seg)) return -1;
  // `召开的座谈会`: a relative clause, no name; `召开这次会议`: the speaker's own, unnamed.
  if (seg.startsWith("的") || DEICTIC_RE.test(seg)) return -1;
  const verb = HOLDING_VERB_RE.exec(seg);
  if (verb) seg = seg.slice(0, verb.index);
  MEETING_NOUN_RE.lastIndex = 0;
  let end = -1;
  let joined = false;
  for (let m = MEETING_NOUN_RE.exec(seg); m; m = MEETING_NOUN_RE.exec(seg)) {
    // A noun that names the organ goes on into the meeting's own (`市人大常委会党组会议`,
    // `市人大常委会主任会议`): another noun starting right after it, or two characters on.
    // A place between them (`…全体会议在市会议中心召开`) is where it met, not part of its name.
    if (end >= 0 && !joined && (m.index - end > NOUN_GAP || PLACE_PREPOSITION_RE.test(seg.slice(end, m.index)))) break;
    end = m.index + m[0].length;
    // `信访工作会商会`: the search took the 工作会 that overlaps it.
    if (seg.charCodeAt(end - 1) === 0x4f1a && seg.startsWith("商会", end)) end += 2; // 会
    // `反馈会议`, `座谈会议`: a noun in 会 written in full.
    if (seg.charCodeAt(end - 1) === 0x4f1a && seg.charCodeAt(end) === 0x8bae) end++; // 会, 议
    // `…专题会暨…会议`, `…常委会(扩大)会议` and `…常委会第二十次会议` go on to the next noun.
    joined =
      joinsAnother(seg, end) || seg[end] === "(" || seg.startsWith(STANDING_COMMITTEE, end) || SESSION_RE.test(seg.slice(end, end + 8)) || SESSION_BODY_RE.test(seg.slice(end, end + 20));
  }
  // `省人大常委会副主任`, `…领导小组组长`: a noun with a post after it is the organ someone
  // holds office in, not a meeting.
  if (end < 0 || postAt(s, i + end) !== undefined) return -1;
  // A congress's standing committee with more of a name after it (`省人大常委会执法检查组`) is
  // the organ whose body that is; held (`市人大常委会召开…`, `…在…`) it may name the meeting.
  if (end >= 5 && end < seg.length && seg.startsWith("人大常委会", end - 5) && !PLACE_PREPOSITION_RE.test(seg[end])) return -1;
  return i + end;
}

const LEAD_SPAN = 4000;

const DAY_PART_COMMA_RE = /(?:上午|下午|晚上|晚)?,/y;

/** The day told between a session and its opening or closing, then the verb. */
const OPENS_OR_CLOSES_RE = /(?:\d{1,2}月)?(?:\d{1,2}日|今天|昨天)?(?:上午|下午|晚上)?(?:胜利)?(?:开幕|闭幕)/y;

/** Most characters of the date and place between a communiqué's meeting and its verb. */
const HELD_LATER_SPAN = 30;

/**
 * A meeting noun before the verb or place that says it was held, or before a comma and the
 * date and place of a communiqué's opening (`…全体会议,于12月27日在青岚举行`).
 */
const HELD_RE = new RegExp(
  `(?:会议|大会|(?:${WORKING_MEETINGS.join("|")})议?|全会|仪式)(?=(?:\\d{1,2}日(?:上午|下午|晚上|晚)?)?(?:召开|举行|在)|,于[^,。;\n]{0,${HELD_LATER_SPAN}}?(?:召开|举行)|\\d[^,。;\n]{0,${HELD_LATER_SPAN}}?(?:召开|举行)|${OPENS_OR_CLOSES_RE.source})`,
  "y",
);
function heldAfter(s: string, at: number): boolean {
  if (opensOrCloses(s, at) || heldLater(s, at)) return true;
  // A wire report's day between the meeting and its verb: `…主席会议12日下午在北京举行`.
  const verbAt = isDigit(s.charCodeAt(at)) ? afterDayOfMonth(s, at) : at;
  return s.startsWith("召开", verbAt) || s.startsWith("举行", verbAt) || s.charCodeAt(verbAt) === 0x5728; // 在
}

/** `…会议1月15日上午闭幕`, `…大会今天开幕`: a session opened or closed is the meeting held. */
function opensOrCloses(s: string, at: number): boolean {
  return matchAt(OPENS_OR_CLOSES_RE, s, at) !== null;
}

/** Where a day of the month at `at` (`12日`, `12日下午`) ends, or `at` when none is there. */
function afterDayOfMonth(s: string, at: number): number {
  let k = at;
  while (k < at + 2 && isDigit(s.charCodeAt(k))) k++;
  if (s.charCodeAt(k) !== 0x65e5) return at; // 日
  k++;
  for (const part of ["上午", "下午", "晚上", "晚"]) if (s.startsWith(part, k)) return k + part.length;
  return k;
}

/**
 * `,于…举行` within the clause: the date and place said between the meeting and its verb; or
 * the days right after the noun, as papers date a meeting of some days (`…工作会议25日至26日在
 * 京召开`).
 */
function heldLater(s: string, at: number): boolean {
  const dated = isDigit(s.charCodeAt(at));
  if (!dated && (s.charCodeAt(at) !== 0x2c || s.charCodeAt(at + 1) !== 0x4e8e)) return false; // , 于
  const from = dated ? at + 1 : at + 2;
  const to = Math.min(s.length, from + HELD_LATER_SPAN);
  for (let j = from; j < to && !inTable(PHRASE_BREAK, s, j); j++) {
    if (s.startsWith("召开", j) || s.startsWith("举行", j)) return true;
  }
  return false;
}

/**
 * The first characters of the cues below, and 会, which every noun HELD_RE reads holds:
 * `findLandmarks` notes their places in its pass over the text.
 */
export const CUE_CHARS = "主召举出参会在日式收";

interface MeetingCues {
  /** After `主持召开|主持举行`. */
  hosted: number[];
  /** After `召开了|召开|举行了|举行|出席了|出席|参加了|参加`. */
  held: number[];
  /** After each 在. */
  at: number[];
  /** After a day of the month opening the lead: `\d{1,2}日(?:上午|下午|晚上|晚)?,`. */
  dated: number[];
  /** After `收听收看|收看|收听` (a meeting watched by video, `组织收看…视频会议`): named when
   * no meeting is held in the text. */
  watched: number[];
  /** Ends of the matches of HELD_RE, as a search with it finds them. */
  nounEnds: number[];
}

/**
 * Where each cue leaves off, in text order, as a search with the cue's pattern would find
 * them. A noun of HELD_RE holds one 会, at most two characters in, and ends right after it
 * or after 会议: it is tried only at a 会 followed by a holding word, where it may start;
 * or it is 仪式, tried at its 式.
 */
function meetingCues(s: string, places: readonly number[]): MeetingCues {
  const cues: MeetingCues = { hosted: [], held: [], at: [], dated: [], watched: [], nounEnds: [] };
  let nounFrom = 0;
  for (const i of places) {
    if (i >= s.length) break;
    switch (s.charCodeAt(i)) {
      case 0x4e3b: // 主
        if (s.startsWith("主持召开", i) || s.startsWith("主持举行", i)) cues.hosted.push(i + 4);
        break;
      case 0x53ec: // 召
      case 0x4e3e: // 举
      case 0x51fa: // 出
      case 0x53c2: // 参
        if (s.startsWith("召开", i) || s.startsWith("举行", i) || s.startsWith("出席", i) || s.startsWith("参加", i)) {
          cues.held.push(s.charCodeAt(i + 2) === 0x4e86 ? i + 3 : i + 2); // 了
        }
        break;
      case 0x5728: // 在
        cues.at.push(i + 1);
        break;
      case 0x65e5: // 日
        if (isDigit(s.charCodeAt(i - 1))) {
          const m = matchAt(DAY_PART_COMMA_RE, s, i + 1);
          if (m) cues.dated.push(i + 1 + m[0].length);
        }
        break;
      case 0x4f1a: // 会
        if (i < nounFrom || (!heldAfter(s, i + 1) && !(s.charCodeAt(i + 1) === 0x8bae && heldAfter(s, i + 2)))) break; // 议
        for (let p = Math.max(nounFrom, i - 2); p <= i; p++) {
          const m = matchAt(HELD_RE, s, p);
          if (m) {
            cues.nounEnds.push((nounFrom = p + m[0].length));
            break;
          }
        }
        break;
      case 0x6536: { // 收
        const m = matchAt(WATCHED_RE, s, i);
        if (m) cues.watched.push(i + m[0].length);
        break;
      }
      case 0x5f0f: // 式
        // A ceremony as the subject: `…签约仪式在…举行`.
        if (i >= nounFrom && s.charCodeAt(i - 1) === 0x4eea && heldAfter(s, i + 1)) cues.nounEnds.push((nounFrom = i + 1)); // 仪
        break;
    }
  }
  return cues;
}

/**
 * The meeting's full name as written, with romanisation dropped. `cuePlaces`: the places
 * of CUE_CHARS in the normalised text, in order.
 */
export function findMeeting(
  view: TextView,
  bodyFrom: number,
  headline: Line | null,
  speech: boolean,
  cuePlaces: readonly number[] = positionsOf(view.norm, CUE_CHARS),
): string | null {
  const s = view.norm;
  if (speech && headline) {
    // A transcript's meeting is the one its headline says the speech was given at.
    // (A document site's title may drop the 在: `2021年全市调度会上的讲话范文`.)
    const head = s.slice(headline.start, headline.end);
    const m = /在(.{2,60}?)上的/.exec(head) ?? /^(.{2,60}?)上的/.exec(head);
    if (m) {
      const start = headline.start + m.index + m[0].length - m[1].length - 2;
      const end = meetingEnd(s, start);
      // A quoted watchword inside the name (`…“奋勇争先”工作动员大会`) breaks the phrase
      // as read: the whole span up to 上的 is the name when it ends in the meeting's noun.
      if (end < start + m[1].length && ENDS_IN_MEETING_RE.test(m[1]) && /[“”「」]/.test(m[1])) return view.kept.slice(start, start + m[1].length);
      if (end > start) return view.kept.slice(start, end);
    }
  }
  // The lead names the meeting; past the first few thousand characters a page is reporting
  // other things, and looking further would only cost time on long pages.
  const scope = s.slice(0, Math.max(bodyFrom, headline ? headline.end : 0) + LEAD_SPAN);
  const pick = new MeetingChoice(s, bodyFrom, headline);
  const cues = meetingCues(scope, cuePlaces);
  // A speech names its own meeting as held now (`今天,我们召开…`, `这次召开…`); the others it
  // names were held before it (`前不久,市政府召开了…分析会`).
  if (speech) for (const start of cues.held) if (heldNow(s, start)) pick.consider(start, -1);
  for (const start of cues.hosted) if (!beforeOrAfterMeeting(s, start)) pick.consider(start, 0);
  if (!pick.settled()) {
    for (const start of cues.held) if (!beforeOrAfterMeeting(s, start) && !orderedOrPlanned(s, start)) pick.consider(start, 1, ordinalHolder(s, start));
    // `…领导小组会议召开`: the meeting as the subject, read back from the verb.
    for (const end of cues.nounEnds) {
      if (holdsCeremony(s, end)) continue;
      let start = end;
      for (;;) {
        while (start > 0 && end - start < 60 && !inTable(PHRASE_BREAK, s, start - 1)) start--;
        // A short aside inside the name, read back over as meetingEnd reads it forward:
        // `市疫情防控工作领导小组(指挥部)第四十二次会议`.
        const before = s.charCodeAt(start - 1);
        // So is a quoted watchword (`全市“四个城市”建设调度会议`), and the topics listed after 暨
        // (`…座谈会暨信访、安全稳定工作会议`).
        // So are places or topics listed with 、 (`…巡察甲村、乙村党组织工作动员会召开`).
        const open =
          before === 0x29 ? asideOpening(s, start - 1) : before === 0x201d ? quotedWordOpening(s, start - 1) : before === 0x3001 ? listedItemOpening(s, start - 1) : -1; // ) ” 、
        if (open < 0) break;
        start = open;
      }
      // `今年…工作会议…召开`: a word of time opening the clause dates the meeting, and names nothing.
      start += timeWordAt(s, start);
      // `会后,县委常委会召开会议`: a second meeting, named only when no other is (below).
      if (end - start >= 4 && meetingEnd(s, start) === end) pick.take(start, end, beforeOrAfterMeeting(s, start) ? 4 : 1);
    }
  }
  if (!pick.settled()) {
    for (const start of cues.at) if (!spiritOfSpeechAt(s, start)) pick.consider(start, 2);
    if (!pick.settled()) for (const start of cues.dated) pick.consider(start, 3);
    if (!pick.settled()) for (const start of cues.watched) pick.consider(start, 3);
  }
  // A meeting held before or after the reported one is named only when no other is.
  if (!pick.settled()) for (const start of [...cues.hosted, ...cues.held]) if (beforeOrAfterMeeting(s, start)) pick.consider(start, 4);
  const found = pick.best ?? pick.first;
  if (!found) return null;
  if (found.holder >= 0) return view.kept.slice(found.holder, found.holderEnd) + view.kept.slice(found.start, found.end);
  return headlineHead(s, view.kept, headline, found) + view.kept.slice(found.start, found.end) + headlineTail(s, view.kept, headline, found);
}

/** Words of time that may open a clause before the meeting that is its subject. */
const TIME_WORDS = ["今年", "去年", "近日", "日前", "今天", "昨天", "今日", "昨日", "本周", "上周"];
/** The length of the word of time at `at`, or 0. */
function timeWordAt(s: string, at: number): number {
  for (const w of TIME_WORDS) if (s.startsWith(w, at)) return w.length + dayPartAt(s, at + w.length);
  return 0;
}

/** A part of the day after a word of time (`今天下午`). */
const DAY_PARTS = ["上午", "下午", "晚上", "早上", "中午"];
function dayPartAt(s: string, at: number): number {
  for (const w of DAY_PARTS) if (s.startsWith(w, at)) return w.length;
  return 0;
}

/** A name ending in a meeting's noun. */
const ENDS_IN_MEETING_RE = /会议?$/;

/** What follows a meeting cited for a speech given there and relayed now (`…会上的重要讲话精神`). */
const SPEECH_SPIRIT_RE = /^上的(?:重要)?讲话精神/;

/**
 * Whether the meeting after the 在 at `start` is where a speech now relayed was given
 * (`传达学习X同志在…座谈会上的讲话精神`): another meeting, held before the reported one.
 */
function spiritOfSpeechAt(s: string, start: number): boolean {
  const end = meetingEnd(s, start);
  return end > start && SPEECH_SPIRIT_RE.test(s.slice(end, end + 10));
}

/** Words before a speech's holding verb that make the meeting its own: held now. */
const NOW_WORDS = ["今天", "这次", "本次", "现在", "今天上午", "今天下午"];
/** Characters between such a word and the verb (`今天,我们召开`). */
const NOW_GAP = 4;

/** Whether the holding verb whose cue ends at `at` follows a word of now in its clause. */
function heldNow(s: string, at: number): boolean {
  const verb = s.charCodeAt(at - 1) === 0x4e86 ? at - 3 : at - 2; // 了
  for (let k = verb - 1; k >= 0 && verb - k <= NOW_GAP + 4 && !inTable(SENTENCE_ENDS, s, k); k--) {
    for (const w of NOW_WORDS) if (s.startsWith(w, k) && verb - (k + w.length) <= NOW_GAP) return true;
  }
  return false;
}

/** Most characters of a ceremony's name after its verb (`宪法宣誓仪式`, `重点项目集中开工仪式`). */
const MAX_CEREMONY = 16;

/**
 * Whether the organ whose noun ends at `end` holds a ceremony (`市人大常委会举行宪法宣誓仪式`):
 * the ceremony, the verb's object, is the event (found after the verb), not the organ.
 */
function holdsCeremony(s: string, end: number): boolean {
  if (!s.startsWith("举行", end) && !s.startsWith("召开", end)) return false;
  const from = s.charCodeAt(end + 2) === 0x4e86 ? end + 3 : end + 2; // 了
  for (let j = from; j < s.length && j - from < MAX_CEREMONY && !inTable(PHRASE_BREAK, s, j); j++) {
    if (s.startsWith("仪式", j)) return true;
  }
  return false;
}

/** How far back a cue's sentence is read for its opening word. */
const SIDE_SPAN = 40;
const SENTENCE_ENDS = charTable("。!?\n");

/**
 * Whether the cue at `at` stands in a sentence that opens 会前 or 会后 (`会前,X主持召开
 * 座谈会`): a second meeting beside the one reported.
 */
function beforeOrAfterMeeting(s: string, at: number): boolean {
  let k = at;
  while (k > 0 && at - k < SIDE_SPAN && !inTable(SENTENCE_ENDS, s, k - 1)) k--;
  while (k < at && (s.charCodeAt(k) === 0x20 || s.charCodeAt(k) === 0x3000)) k++;
  return s.startsWith("会前", k) || s.startsWith("会后", k) || s.startsWith("会议前", k) || s.startsWith("会议后", k);
}

/** Words right before a holding verb that make its meeting one being prepared. */
const PLANS_BEFORE = ["研究", "筹备", "酝酿", "筹划", "关于"];

/** How far back from a holding verb its clause is read for an order or a plan. */
const ORDER_SPAN = 30;
const CLAUSE_STOPS = charTable(",。;:!?\n");
/** Words before 要 that make it no modal: 重要, 主要, 需要 …. */
const NOT_MODAL_BEFORE_YAO = charTable("重主需必首纲摘简");

/**
 * Whether the holding verb whose cue ends at `at` (`召开`, `举行了`) is ordered or planned in
 * its clause (`要求…在一周内召开村民代表大会`, `将于下月召开`): a meeting yet to be held,
 * not the one reported.
 */
function orderedOrPlanned(s: string, at: number): boolean {
  let verb = at - 2;
  if (s.charCodeAt(verb) === 0x4e86) verb--; // 了
  // `研究召开…的有关事宜`, `筹备召开…`: a meeting the reported one prepares.
  for (const w of PLANS_BEFORE) if (s.startsWith(w, verb - w.length)) return true;
  for (let k = verb - 1; k >= 0 && verb - k <= ORDER_SPAN && !inTable(CLAUSE_STOPS, s, k); k--) {
    const c = s.charCodeAt(k);
    if (c === 0x8981 && !inTable(NOT_MODAL_BEFORE_YAO, s, k - 1)) return true; // 要
    if (c === 0x8d23 && s.charCodeAt(k + 1) === 0x6210) return true; // 责成
    if (c === 0x62df) return true; // 拟
    if (c === 0x5c06 && (k === verb - 1 || s.charCodeAt(k + 1) === 0x4e8e || s.charCodeAt(k + 1) === 0x5728)) return true; // 将, 将于, 将在
  }
  return false;
}

/** The organ that holds a meeting, as a headline writes it before the meeting's noun (`区政府`, `县委`, `市人大常委会`). */
const HOLDER_RE = /^(?:[\u4e00-\u9fff]{0,8}?[省市州县区旗盟镇乡])?(?:人民政府|政府|党委|委|人大常委会|政协|管委会)$/;
/** Most characters of such an organ. */
const MAX_HOLDER = 12;

/**
 * What the headline writes before the name the body gives (`区政府召开第四十四次常务会议` in
 * the body, `区政府第四十四次常务会议召开` in the headline): the organ the body made the
 * subject of its verb, where the headline writes the meeting's full name. Read within the
 * headline only.
 */
function headlineHead(s: string, kept: string, headline: Line | null, found: { start: number; end: number }): string {
  if (!headline || (found.start >= headline.start && found.start < headline.end)) return "";
  const name = s.slice(found.start, found.end);
  const at = s.slice(headline.start, headline.end).indexOf(name);
  if (at <= 0) return "";
  const end = headline.start + at;
  let k = end;
  while (k > headline.start && end - k < MAX_HOLDER && !inTable(PHRASE_BREAK, s, k - 1) && !HOLDING_VERB_RE.test(s.slice(k - 2, k)) && s.charCodeAt(k - 1) !== 0x6301) k--; // 持 (主持)
  return k < end && HOLDER_RE.test(s.slice(k, end)) ? kept.slice(k, end) : "";
}

/**
 * What the headline writes after the name the body gives (`市委常委会召开会议` in the body,
 * `…主持召开市委常委会会议` in the headline): the body's name is cut at its holding verb, the
 * headline's is the meeting's full name. Read within the headline only.
 */
function headlineTail(s: string, kept: string, headline: Line | null, found: { start: number; end: number }): string {
  if (!headline || (found.start >= headline.start && found.start < headline.end)) return "";
  const name = s.slice(found.start, found.end);
  const at = s.slice(headline.start, headline.end).indexOf(name);
  if (at < 0) return "";
  const start = headline.start + at;
  const end = meetingEnd(s, start);
  return end > start + name.length && end <= headline.end ? kept.slice(start + name.length, end) : "";
}

/**
 * The candidates for the meeting's name, as they are read. They rank by (demoted, rank,
 * start), the first found winning a tie; the best one in the body or headline is taken,
 * else the best of all. Ranks are read in order, and once an undemoted candidate is taken
 * no later rank can beat it: the rest are not read. (A class rather than closures made per
 * text: see mention-lookup.ts.)
 */
class MeetingChoice {
  best: Candidate | null = null;
  first: Candidate | null = null;

  constructor(
    private readonly s: string,
    private readonly bodyFrom: number,
    private readonly headline: Line | null,
  ) {}

  private inHeadline(start: number): boolean {
    const h = this.headline;
    return h !== null && start >= h.start && start < h.end;
  }

  /** Prose paragraphs name the meeting in full; headlines and their copies shorten it. */
  private inProse(start: number): boolean {
    const s = this.s;
    const lineEnd = s.indexOf("\n", start);
    const lineStart = s.lastIndexOf("\n", start) + 1;
    return s.slice(lineStart, lineEnd < 0 ? s.length : lineEnd).includes("。");
  }

  /** A turn of an interview (`问:…`, `答:…`): the meetings it cites are not the page's event. */
  private inTurn(start: number): boolean {
    const s = this.s;
    let k = s.lastIndexOf("\n", start) + 1;
    while (k < start && (s.charCodeAt(k) === 0x20 || s.charCodeAt(k) === 0x3000)) k++;
    return INTERVIEW_TURN_RE.test(s.slice(k, k + 5));
  }

  take(start: number, end: number, rank: number, holder: Span | null = null): void {
    if (this.inTurn(start)) return;
    const c: Candidate = {
      start,
      end,
      rank,
      demoted: this.inHeadline(start) || !this.inProse(start) ? 1 : 0,
      holder: holder ? holder.start : -1,
      holderEnd: holder ? holder.end : -1,
    };
    if (this.first === null || ranksBefore(c, this.first)) this.first = c;
    if ((start >= this.bodyFrom || this.inHeadline(start)) && (this.best === null || ranksBefore(c, this.best))) this.best = c;
  }

  consider(start: number, rank: number, holder: Span | null = null): void {
    // `召开了由镇长X主持、…参加的疫情防控工作会议`: who chaired and who came qualify the
    // meeting, whose name follows the last 的 before it.
    // `主持召开了…会议`: the aspect mark is the verb's.
    if (this.s.charCodeAt(start) === 0x4e86) start++; // 了
    if (this.s.charCodeAt(start) === 0x7531) start = qualifiedMeetingStart(this.s, start); // 由
    if (start < 0) return;
    // `参加今天下午的…会议`: when it met is no part of its name.
    start += timeWordAt(this.s, start);
    const end = meetingEnd(this.s, start);
    // A bare `会议` (`参加会议`) names no meeting.
    if (end - start >= 4) this.take(start, end, rank, holder && BARE_SESSION_RE.test(this.s.slice(start, end)) ? holder : null);
  }

  settled(): boolean {
    return this.best !== null && this.best.demoted === 0;
  }
}

/** Most characters a 由… clause qualifying a meeting holds (`由…主持、…参加的`). */
const MAX_QUALIFIER = 80;

/**
 * Where the meeting's name begins after a clause that qualifies it (`由镇长X主持…参加的`), from
 * its 由 at `at`: past the last 的 before the sentence's end; -1 when none is in reach.
 */
function qualifiedMeetingStart(s: string, at: number): number {
  let last = -1;
  for (let i = at + 1; i < s.length && i - at < MAX_QUALIFIER; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x3002 || c === 0x0a || c === 0x3b) break; // 。, line break, ;
    if (c === 0x7684) last = i + 1; // 的
  }
  return last;
}

/** The marks that open an interview's turns (see interview.ts). */
const INTERVIEW_TURN_RE = /^(?:问|答|记者|主持人)\s?:/;

keepShape(new MeetingChoice("", 0, null));

interface Candidate {
  start: number;
  end: number;
  rank: number;
  /** 1 in the headline or a line that is no prose. */
  demoted: number;
  /** Where the organ that holds an ordinal meeting starts and ends (see ordinalHolder), or -1. */
  holder: number;
  holderEnd: number;
}

/**
 * Organs whose sessions are numbered (`市人大常委会举行第十次会议`, `主席团举行第一次会议`,
 * `…常委会举行第23次主任会议`): a session said by its number alone is named by the organ and
 * the number, as the organ's own records write it (`市人大常委会第十次会议`).
 */
const NUMBERING_ORGAN_RE = /(?:常委会|常务委员会|主席团|委员会|党组|领导小组|指挥部|代表团|政府|管委会|政协|[届次]会议)$/;
/** Most characters of such an organ, read back from the verb. */
const MAX_NUMBERING_ORGAN = 24;
/**
 * A session said by its number alone (`第十次会议`, `第23次主任会议`), or a congress's
 * preparatory meeting (`县政协十届一次会议举行预备会议`): only the organ or congress tells
 * which. A meeting with a noun of its own (`第三十六次调度会`, `第四十四次常务会议`) is named
 * by it as written.
 */
const BARE_SESSION_RE = /^(?:第[一二三四五六七八九十百零〇\d]{1,6}次(?:主任|全体|主席)?会议|预备会议)$/;

/**
 * The organ that holds the meeting whose name starts at `at`, right after `举行` or `召开`
 * (perhaps with 了), as the clause's subject: its span, or null when none stands there.
 */
function ordinalHolder(s: string, at: number): Span | null {
  let verb = at - 2;
  if (s.charCodeAt(at - 1) === 0x4e86) verb--; // 了
  if (!s.startsWith("举行", verb) && !s.startsWith("召开", verb)) return null;
  let k = verb;
  while (k > 0 && verb - k < MAX_NUMBERING_ORGAN && !inTable(PHRASE_BREAK, s, k - 1)) k--;
  // A wire report's day after the organ (`市政协常委会9日召开…`) is no part of it.
  const day = SUBJECT_DAY_RE.exec(s.slice(k, verb));
  const end = day ? verb - day[0].length : verb;
  // A clause that also holds a date or a place (`15日下午市政协党组召开…`, `…在市行政中心召开`)
  // is not the organ alone: left to the number's own name.
  const subject = s.slice(k, end);
  if (!NUMBERING_ORGAN_RE.test(subject) || /[日时午晚在于]/.test(subject)) return null;
  return { start: k, end };
}

/** A day of the month closing a clause's subject, before its verb: `9日`, `9日下午`. */
const SUBJECT_DAY_RE = /\d{1,2}日(?:上午|下午|晚上|晚)?$/;

function ranksBefore(a: Candidate, b: Candidate): boolean {
  if (a.demoted !== b.demoted) return a.demoted < b.demoted;
  if (a.rank !== b.rank) return a.rank < b.rank;
  // A numbered session is read from where its organ stands (`市人大常委会举行第十次会议`).
  return (a.holder >= 0 ? a.holder : a.start) < (b.holder >= 0 ? b.holder : b.start);
}
