/**
 * A paragraph that opens with a bare name laying down requirements (`郦春华就做好年底前各项
 * 工作提出具体要求,…`, `郦春华强调,…`): in a meeting's report only a leader addressing it
 * does that, so the person holds office though the text never gives the title. Taken only
 * where this is the name's first mention: a company chairman or an expert introduced
 * earlier with his own description (`…董事长项天佑`) is no official for speaking later.
 * Read at line starts only, never over the whole text.
 */
import type { Line } from "./meta";
import type { Span } from "./types";
import { charTable, inTable, isDigit } from "./chars";
import { nameLengthAt } from "./names";
import { surnameAt } from "./surnames";
import { firstMentions } from "./first-mention";

/**
 * What a leader's requirements open with, right after the name: a verb of direction
 * (强调, 指出, 要求), perhaps after a setting (`在讲话中`), or a topic and a light verb
 * (`就…提出具体要求`, `对…作出部署`). Not 说, 表示, 认为, 建议: anyone speaks so.
 */
const REQUIRES_RE = /^(?:同志)?(?:在[^,。;]{1,20}?[时中上])?(?:强调|指出|要求|(?:就|对|围绕)[^,。;]{2,30}?(?:提出|作出)(?:了)?(?:具体|明确)?(?:要求|部署))/;
/** Characters after the name that the pattern may read. */
const SPAN = 48;

/** First units of what REQUIRES_RE reads right after a name. */
const AFTER_NAME_FIRSTS = charTable("同在强指要就对围");

/**
 * Whether what follows a name of two to four units at `at` may open REQUIRES_RE: most lines
 * are ruled out here, before the name itself is read (which may count its recurrences).
 */
function mayRequire(s: string, at: number): boolean {
  if (surnameAt(s, at) === 0) return false;
  for (let k = 2; k <= 4; k++) if (inTable(AFTER_NAME_FIRSTS, s, at + k)) return true;
  return false;
}

/**
 * A lead's opening date (`3月12日上午,`, `本报讯 3月12日,`), after which a bare name chairing
 * (`…,王立军主持召开县委常委会会议`) is the leader who held the meeting, as in a headline.
 */
const LEAD_DATE_RE = /^(?:本报讯\s*(?:\([^()]{0,30}\))?\s*)?(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚)?,/;

export function bareSpeakers(s: string, allLines: readonly Line[], from: number): Span[] {
  const found: { start: number; end: number }[] = [];
  for (const l of allLines) {
    if (l.start < from) continue;
    let first = l.start;
    while (first < l.end && s.charCodeAt(first) === 0x20) first++;
    const dated = isDigit(s.charCodeAt(first)) || s.startsWith("本报讯", first) ? LEAD_DATE_RE.exec(s.slice(first, Math.min(l.end, first + 48))) : null;
    if (dated) {
      const at = first + dated[0].length;
      const len = surnameAt(s, at) > 0 ? nameLengthAt(s, at) : 0;
      // `王立军主持召开…`, also as a Party report names a cadre: `王立军同志主持召开…`.
      const chairs = s.startsWith("主持", at + len) || s.startsWith("同志主持", at + len);
      if (len >= 2 && chairs && !readsAsPlace(s, at, at + len)) found.push({ start: at, end: at + len });
    }
    if (s.startsWith("刚才,", first)) justSpoke(s, first + 3, l.end, found);
    if (!mayRequire(s, l.start)) continue;
    const len = nameLengthAt(s, l.start);
    if (len < 2 || !REQUIRES_RE.test(s.slice(l.start + len, Math.min(l.end, l.start + len + SPAN)))) continue;
    if (!readsAsPlace(s, l.start, l.start + len)) found.push({ start: l.start, end: l.start + len });
  }
  return firstMentions(s, found, PLACE_SUFFIXES);
}

/** Most colleagues a speaker thanks in one breath (`刚才,A同志、B同志分别…`). */
const MAX_JUST_SPOKE = 6;

/**
 * Who just addressed the meeting, as a speech says it: `刚才,李晓明同志通报了…`, `刚才,A同志、
 * B同志分别作了发言`. A full name with 同志 after it, there, is a colleague on the platform.
 */
function justSpoke(s: string, at: number, end: number, found: Span[]): void {
  for (let n = 0; n < MAX_JUST_SPOKE && at < end; n++) {
    const len = surnameAt(s, at) > 0 ? nameLengthAt(s, at) : 0;
    if (len < 2 || !s.startsWith("同志", at + len)) return;
    found.push({ start: at, end: at + len });
    at += len + 2;
    if (s.charCodeAt(at) !== 0x3001) return; // 、
    at++;
  }
}

/** Last units of the names of places (`王家村`, `石家庄`) and of cities said short (`郑州`). */
const PLACE_LASTS = charTable("村庄屯寨堡湾州");
/** Units that make a place of the name before them (`金华市`, `常德市委`), a post aside. */
const PLACE_SUFFIXES = charTable("省市县区州盟旗镇乡村");

/** A village or city by its last unit: opening a paragraph (`石家庄强调`), no person. */
function readsAsPlace(s: string, start: number, end: number): boolean {
  return end > start && inTable(PLACE_LASTS, s, end - 1);
}
