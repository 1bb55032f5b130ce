/**
 * A portal's sub-headline names the leaders at the meeting bare, each with what they did
 * (`常书铭提出具体要求 潘海燕王建忠出席`, `柏晓岚 蔺涛出席`). The body often names them
 * again with their titles, but it may say only `市领导出席会议`: then the sub-headline is the
 * one place their names stand. They join the officials as the headline's chair does.
 *
 * The line is read only in the header (between the headline and the first paragraph of
 * prose), only when it ends with attending, and only when every part of it reads as names
 * and the verbs such lines use: a headline-like line of anything else names no one.
 */
import { isNameCharAt } from "./chars";
import { isNotName } from "./names";
import { surnameAt } from "./surnames";

interface Span {
  start: number;
  end: number;
}

/** How the line ends: the attendees' verb, and an object if any. */
const ATTENDING = /(?:出席|参加|列席)(?:会议|活动)?$/;
/** What a leader named before the attendees did (`常书铭提出具体要求`). */
const DEEDS = /(?:提出具体要求|提出要求|作具体部署|作出部署|作总结讲话|作讲话|讲话|主持|致辞|点评)$/;
/** Between the named: spaces of any kind, 、 and the comma. */
const SEPARATORS = /[\s\u3000、,，]+/;
/** A sub-headline is short: a few names and a verb or two. */
const MAX_LINE = 48;
/** Header lines looked at after the headline: breadcrumbs, source line, sub-headline. */
const MAX_HEADER_LINES = 6;
/** Names in one run without a separator (`潘海燕王建忠`): a handful at most. */
const MAX_RUN = 16;
/** How far past the line the body is read for the names it gives (its lead names them, if anywhere). */
const BODY_SPAN = 4000;

/** The names in the sub-headline, in line order; none when there is no such line. */
export function subHeadlineNames(s: string, lines: readonly Span[], headline: Span | null): string[] {
  if (!headline) return [];
  let seen = 0;
  for (const line of lines) {
    if (line.start < headline.end) continue;
    if (++seen > MAX_HEADER_LINES) break;
    const text = s.slice(line.start, line.end);
    // The first paragraph of prose ends the header.
    if (text.includes("。")) break;
    if (text.length > MAX_LINE) continue;
    const names = namesOfLine(text, s.slice(line.end, line.end + BODY_SPAN));
    if (names.length > 0) return names;
  }
  return [];
}

/**
 * Whether a line reads as such a sub-headline by its shape alone: short, parts set apart by
 * spaces, the last ending in a deed or in attending (`甲讲话 乙主持 丙丁出席`). It is no
 * sentence broken at the line's end, whatever its missing full stop suggests.
 */
export function looksLikeSubHeadline(text: string): boolean {
  const t = text.trim();
  return t.length <= MAX_LINE && /\s/.test(t) && (ATTENDING.test(t) || DEEDS.test(t));
}

function namesOfLine(text: string, body: string): string[] {
  const attending = ATTENDING.exec(text);
  if (!attending) return [];
  const parts = text.slice(0, attending.index).split(SEPARATORS).filter((p) => p.length > 0);
  if (parts.length === 0) return [];
  const names: string[] = [];
  for (const part of parts) {
    const deed = DEEDS.exec(part);
    const run = deed ? part.slice(0, deed.index) : part;
    const split = splitRun(run, body);
    if (split === null) return [];
    names.push(...split);
  }
  return names;
}

/**
 * A run of names written together, as names: each a surname and one or two characters
 * (a compound surname and one or two). Of the readings that cover the run exactly, the one
 * with the most names the body gives too (`邓鑫黎卫方智` is 邓鑫|黎卫|方智 when the lead names
 * them so), then the fewest names, and on a tie the reading with three-character names first
 * (`潘海燕|王建忠`, not `潘海|燕王|建忠`). Null when the run is no names at all.
 */
function splitRun(run: string, body: string): string[] | null {
  const n = run.length;
  if (n < 2 || n > MAX_RUN) return null;
  for (let i = 0; i < n; i++) if (!isNameCharAt(run, i)) return null;
  // For run[i..]: the most names the body gives, the fewest names, and the first one's length.
  const known = new Array<number>(n + 1).fill(-1);
  const count = new Array<number>(n + 1).fill(Infinity);
  const first = new Array<number>(n + 1).fill(0);
  known[n] = 0;
  count[n] = 0;
  for (let i = n - 1; i >= 0; i--) {
    const surname = surnameAt(run, i);
    if (surname === 0) continue;
    // Longer given names first, so a tie keeps the three-character reading.
    for (const given of [2, 1]) {
      const end = i + surname + given;
      if (end > n || count[end] === Infinity) continue;
      const name = run.slice(i, end);
      if (isNotName(name)) continue;
      const k = known[end] + (body.includes(name) ? 1 : 0);
      const c = count[end] + 1;
      if (k < known[i] || (k === known[i] && c >= count[i])) continue;
      known[i] = k;
      count[i] = c;
      first[i] = end - i;
    }
  }
  if (count[0] === Infinity) return null;
  const out: string[] = [];
  for (let i = 0; i < n; i += first[i]) out.push(run.slice(i, i + first[i]));
  return out;
}
