/**
 * Speech transcripts: one speaker throughout, named by the headline (`王德明同志在…上的讲话`,
 * `市委书记在…上的讲话`) or by a byline under it (`县委书记 赵国栋`), or by nobody, when the
 * text only addresses its audience (`同志们:`).
 */
import { firstMatchAtLiteral } from "./anchored";
import { isDigit, isMaskCharAt } from "./chars";
import type { Speaker } from "./directives";
import type { Line } from "./meta";
import type { TextView } from "./normalize";
import { ENDS_WITH_POST_RE } from "./offices";
import type { FoundOfficial } from "./officials";
import { nameLengthAt } from "./names";
import { isFurnitureLine } from "./furniture-line";

/**
 * How a speech transcript's headline names its speaker: `市委书记在…会议上的讲话`; a portal
 * may set the speaker off with a colon (`王德明:在…上的讲话`) or put its column's label
 * first (`【领导讲话】王德明在…`).
 */
const SPEECH_HEADLINE_RE = /^(?:\d+)?(?:【[^】]{1,10}】\s*)?(.{2,30}?)(?:同志)?\s*:?\s*在.{2,60}?上的(?:讲话|发言|致辞|报告|总结讲话|主持词)/;
/**
 * A headline or subtitle that says the text is a speech, naming nobody: `——在…上的讲话`; a
 * document site's title may drop the 在 before a meeting's name (`2021年全市调度会上的讲话范文`).
 */
const SPEECH_SUBTITLE_RE = /^[-—―\s]*(?:在.{2,60}?|[^在,。]{2,60}?(?:会议?|大会))上的(?:讲话|发言|致辞|报告|总结讲话|主持词)/;
/** (`同志们、朋友们:` and `各位代表、同志们:` address it as well.) */
const ADDRESSES_AUDIENCE_RE = /同志们(?:、[\u4e00-\u9fff]{2,6})?\s*[:,!]/y;
/**
 * A document site's title for a speech that drops the `上的` (`书记在新区建设会发言`,
 * `县长在全县大会讲话`): read only when the text speaks to its audience, since a news
 * headline may say as much (`…在全市大会上讲话`).
 */
const LOOSE_SPEECH_HEADLINE_RE = /^(.{2,30}?)(?:同志)?在.{2,60}?(?:会议?|大会)上?(?:讲话|发言|致辞)(?:稿|范文)?$/;
/**
 * The speaker announcing his points in the first person (`下面,我再强调三点意见`, `我讲几个
 * 方面`): a speech, even when the page dropped its `同志们:` and its headline.
 */
const ANNOUNCES_POINTS_RE = /我再?(?:讲|强调|谈|提)[几两三四五六七八九十](?:点|个方面)/y;

/** Whether the text addresses its audience or announces its points, as only a speech does. */
function speaks(s: string): boolean {
  return firstMatchAtLiteral(s, "同志们", ADDRESSES_AUDIENCE_RE, 2) !== null || firstMatchAtLiteral(s, "我", ANNOUNCES_POINTS_RE) !== null;
}
/** Lines after the headline where a byline may stand (subtitle, byline, date). */
const BYLINE_LINES = 3;
/** A byline is a title and a name, or a name: a short line. */
const MAX_BYLINE = 30;

export interface SpeechHeadline {
  /** Who the headline says gave the speech, normalised (`市委书记`, `王德明`). */
  who: string;
  /** Normalised offset of `who`. */
  start: number;
}

export function speechHeadline(s: string, headline: Line | null): SpeechHeadline | null {
  if (!headline) return null;
  const m = SPEECH_HEADLINE_RE.exec(s.slice(headline.start, headline.end));
  if (!m) return null;
  return { who: m[1], start: headline.start + m.index + m[0].indexOf(m[1]) };
}

/**
 * The transcript's speaker: an official, a bare title, or null when unnamed; undefined when
 * the text is no transcript.
 */
export function transcriptSpeaker(
  view: TextView,
  headline: Line | null,
  allLines: Line[],
  found: FoundOfficial[],
): Speaker | null | undefined {
  const s = view.norm;
  const byHeadline = speechHeadline(s, headline);
  if (byHeadline) {
    return whoSpeaks(view, byHeadline, found) ?? bylineSpeaker(view, headline, allLines, found) ?? null;
  }
  const speech = (headline !== null && SPEECH_SUBTITLE_RE.test(s.slice(headline.start, headline.end))) || subtitled(s, headline, allLines);
  if (!speech && !speaks(s)) return undefined;
  return bylineSpeaker(view, headline, allLines, found) ?? titledCopy(view, headline, allLines, found) ?? looseHeadlineSpeaker(view, headline, found);
}

/** The speaker a loosely worded speech title names (LOOSE_SPEECH_HEADLINE_RE), or null. */
function looseHeadlineSpeaker(view: TextView, headline: Line | null, found: FoundOfficial[]): Speaker | null {
  if (headline === null) return null;
  const m = LOOSE_SPEECH_HEADLINE_RE.exec(view.norm.slice(headline.start, headline.end));
  return m ? whoSpeaks(view, { who: m[1], start: headline.start }, found) : null;
}

/** The speaker a speech's title names (`市委书记`, `王德明`, `XXX同志`, `**市长`), or null. */
function whoSpeaks(view: TextView, { who, start }: SpeechHeadline, found: FoundOfficial[]): Speaker | null {
  // `市委书记王某某在…的讲话`: the name after the title is the speaker.
  const named = found.find((o) => !o.masked && o.key === who) ?? found.find((o) => !o.masked && o.key.length >= 2 && who.endsWith(o.key));
  if (named) return { kind: "official", key: named.key };
  // `XXX同志在…上的讲话`: a withheld name speaks, written as the mask is.
  if (maskedName(view.norm, start, who.length)) return { kind: "title", text: view.kept.slice(start, start + who.length) };
  // `**市长在…上的讲话`: the mask withholds the name, and the title alone is known.
  if (ENDS_WITH_POST_RE.test(who)) return maskedTitle(view, start, start + who.length);
  return null;
}

/** Lines read for a copy of the headline that names the speaker. */
const COPY_LINES = 40;
/** Most characters of who a copy names before the headline's words. */
const MAX_WHO = 30;

/**
 * The speaker named by a copy of a headline that names nobody: a document site heads the
 * page `在…上的讲话` and prints the document's own title under it, `县委书记在…上的讲话`.
 */
function titledCopy(view: TextView, headline: Line | null, allLines: Line[], found: FoundOfficial[]): Speaker | null {
  if (headline === null) return null;
  const s = view.norm;
  const text = s.slice(headline.start, headline.end);
  if (!SPEECH_SUBTITLE_RE.test(text)) return null;
  let read = 0;
  for (const l of allLines) {
    if (l.start < headline.end) continue;
    if (++read > COPY_LINES) break;
    const head = s.slice(l.start, Math.min(l.end, l.start + MAX_WHO + text.length)).indexOf(text);
    if (head < 2) continue;
    const at = l.start + head;
    let from = l.start;
    while (from < at && isDigit(s.charCodeAt(from))) from++;
    if (at - from < 2) continue;
    const sp = whoSpeaks(view, { who: s.slice(from, at), start: from }, found);
    if (sp !== null) return sp;
  }
  return null;
}

/**
 * A title as the speaker, without a mask standing for the name before it (`**市长` gives
 * `市长`): the title is what the text tells of who spoke.
 */
function maskedTitle(view: TextView, start: number, end: number): Speaker {
  let from = start;
  while (from < end - 1 && isMaskCharAt(view.norm, from)) from++;
  return { kind: "title", text: view.kept.slice(from, end) };
}

/** Whether `s[start, start + len)` is a mask standing for a name: two or more mask characters. */
function maskedName(s: string, start: number, len: number): boolean {
  if (len < 2) return false;
  for (let k = start; k < start + len; k++) if (!isMaskCharAt(s, k)) return false;
  return true;
}

/**
 * The lines after the headline where a subtitle or byline may stand; a portal's info and
 * share bars between them and the headline are passed over, as the date's reader does.
 */
function linesAfter(s: string, headline: Line | null, allLines: Line[]): Line[] {
  const from = headline ? headline.end : 0;
  const out: Line[] = [];
  for (const l of allLines) {
    if (l.start < from || isFurnitureLine(s.slice(l.start, l.end))) continue;
    out.push(l);
    if (out.length === BYLINE_LINES) break;
  }
  return out;
}

function subtitled(s: string, headline: Line | null, allLines: Line[]): boolean {
  return speechSubtitle(s, headline, allLines) !== null;
}

/**
 * The subtitle under a headline that says the text is a speech (`——在全县…会议上的讲话`), or
 * null. It heads the text, as the headline does: it orders nothing, whatever its words.
 */
export function speechSubtitle(s: string, headline: Line | null, allLines: Line[]): Line | null {
  return linesAfter(s, headline, allLines).find((l) => SPEECH_SUBTITLE_RE.test(s.slice(l.start, l.end))) ?? null;
}

/** Most characters of a name standing alone as a byline. */
const MAX_BYLINE_NAME = 4;

/**
 * The name a speech's byline gives with no title (`张立新` alone on its line under
 * `——在…上的讲话`): the speaker, an official whom nothing else in the text may introduce.
 * Read only in a text that says it is a speech (its headline or subtitle, or `同志们:`).
 */
export function bylineName(s: string, headline: Line | null, allLines: Line[]): string | null {
  const speech =
    speechHeadline(s, headline) !== null ||
    (headline !== null && SPEECH_SUBTITLE_RE.test(s.slice(headline.start, headline.end))) ||
    subtitled(s, headline, allLines) ||
    speaks(s);
  if (!speech) return null;
  for (const l of linesAfter(s, headline, allLines)) {
    const { start, end } = bylineParts(s, l);
    const len = end - start;
    if (len >= 2 && len <= MAX_BYLINE_NAME && nameLengthAt(s.slice(start, end), 0) === len) return s.slice(start, end);
  }
  return null;
}

/**
 * A full date closing a byline's line, after a space or in brackets
 * (`县委书记 赵国栋 2022年11月5日`, `县委书记 赵国栋(2022年11月5日)`).
 */
const BYLINE_DATE_RE = /(?:\s+|\()(\d{4})年(\d{1,2})月(\d{1,2})日\)?\)?$/;

/** A byline's title and name, with the brackets around its line and a date closing it set apart. */
interface BylineParts {
  start: number;
  end: number;
  /** The date the line gives, ISO, or null. */
  date: string | null;
}

/**
 * The parts of a line that may be a byline: a portal that reprints a speech often puts the
 * speaker and the date in one bracketed line under the headline (`(县委书记 赵国栋
 * 2022年11月5日)`), where a document site gives them a line each.
 */
function bylineParts(s: string, l: Line): BylineParts {
  let start = l.start;
  let end = l.end;
  let date: string | null = null;
  const d = BYLINE_DATE_RE.exec(s.slice(start, end));
  if (d) {
    end = start + d.index;
    date = `${d[1]}-${d[2].padStart(2, "0")}-${d[3].padStart(2, "0")}`;
  }
  if (s.charCodeAt(start) === 0x28) {
    start++;
    if (s.charCodeAt(end - 1) === 0x29) end--; // )
  }
  while (start < end && s.charCodeAt(start) === 0x20) start++;
  while (end > start && s.charCodeAt(end - 1) === 0x20) end--;
  return { start, end, date };
}

/**
 * The date of a speech given on its byline's line (`(县委书记 赵国栋 2022年11月5日)`), when
 * the line reads as a byline: a name closing it, after nothing or a title.
 */
export function bylineDate(s: string, l: Line): string | null {
  const b = bylineParts(s, l);
  if (b.date === null || b.end - b.start > MAX_BYLINE) return null;
  const core = s.slice(b.start, b.end);
  const space = core.lastIndexOf(" ");
  const name = core.slice(space + 1);
  if (name.length < 2 || name.length > MAX_BYLINE_NAME || nameLengthAt(name, 0) !== name.length) return null;
  const before = space < 0 ? "" : core.slice(0, space).trim();
  return before === "" || ENDS_WITH_POST_RE.test(before) ? b.date : null;
}

/**
 * A byline under the headline that is only a name, or a title and a name
 * (`县委书记 赵国栋`, `赵国栋`, bracketed, perhaps with the date): that official gave the
 * speech. A masked name before a title (`**市长`) leaves the title as the speaker.
 */
function bylineSpeaker(view: TextView, headline: Line | null, allLines: Line[], found: FoundOfficial[]): Speaker | null {
  const s = view.norm;
  for (const l of linesAfter(s, headline, allLines)) {
    const b = bylineParts(s, l);
    if (b.end - b.start > MAX_BYLINE) continue;
    const masked = maskedByline(view, b);
    if (masked !== null) return masked;
    for (const o of found) {
      if (o.masked) continue;
      const m = o.mentions.find((x) => x.start >= b.start && x.end <= b.end);
      if (!m || m.end !== b.end) continue;
      const before = s.slice(b.start, m.start).trim();
      if (before === "" || ENDS_WITH_POST_RE.test(before)) return { kind: "official", key: o.key };
    }
  }
  return null;
}

/**
 * A byline whose name is masked, before its title or after it (`**市长`, `市长 **`): the
 * title is the speaker; null when the line is no such byline.
 */
function maskedByline(view: TextView, b: BylineParts): Speaker | null {
  const s = view.norm;
  if (b.end - b.start < 3) return null;
  if (isMaskCharAt(s, b.start)) {
    let k = b.start;
    while (k < b.end && isMaskCharAt(s, k)) k++;
    // Only a title after the mask: `**市长`, not `**同志在…` or a sentence.
    return k > b.start + 1 && k < b.end && isTitleOnly(s.slice(k, b.end)) ? maskedTitle(view, b.start, b.end) : null;
  }
  if (!isMaskCharAt(s, b.end - 1)) return null;
  let k = b.end;
  while (k > b.start && isMaskCharAt(s, k - 1)) k--;
  let title = k;
  while (title > b.start && s.charCodeAt(title - 1) === 0x20) title--;
  return b.end - k >= 2 && title > b.start && isTitleOnly(s.slice(b.start, title)) ? { kind: "title", text: view.kept.slice(b.start, title) } : null;
}

/** Longest title read alone on a masked byline (`**市长`, `***县委书记`). */
const MAX_MASKED_TITLE = 8;

/** Whether a short text is a title and nothing else: it ends in a post and holds no break in it. */
function isTitleOnly(t: string): boolean {
  return t.length <= MAX_MASKED_TITLE && ENDS_WITH_POST_RE.test(t) && !/[\s,:;。、()]/.test(t);
}

/**
 * A speech's title standing as a line of the page (`县委书记在…上的讲话`, a document site's
 * copy of it, or that copy glued to the `同志们:` of a preview): it names the speech, it
 * orders nothing. Read on a line with no end mark and no comma, as a title is written.
 */
const SPEECH_TITLE_LINE_RE = /^[^,。;]{0,30}在[^,。;]{2,60}?上的(?:讲话|发言|致辞|报告|总结讲话|主持词)(?:范文|稿)?(?:$|\s*同志们)/;

export function isSpeechTitleLine(t: string): boolean {
  return SPEECH_TITLE_LINE_RE.test(t);
}
