/**
 * What each official does in the reported event: chair (主持), speaker (a lead-in names
 * them), attendee (出席, 参加 … at the end of their sentence), or mentioned.
 */
import type { FoundOfficial } from "./officials";
import type { Sentence } from "./sentences";
import type { Role } from "./types";

const CHAIR_RE = /^(?:[^,。;:\n]{0,6}?)主持/;
const ATTEND_END_RE = /(?:出席|参加|列席|陪同|参会)(?:了)?(?:会议|活动|调研|检查|座谈会?|仪式|督导|考察)?(并(?:讲话|致辞|发言|作总结|作讲话|作动员讲话))?[。!]?$/;
const ACTING_ALL_RE = /主持|强调|指出|要求|讲话|部署/g;

/** The clause from a name's end to the next comma or semicolon, if it ends in attendance. */
function ownClauseAttendance(s: string, from: number, sentenceEnd: number): RegExpExecArray | null {
  let to = from;
  while (to < sentenceEnd && to - from < MAX_CLAUSE && s.charCodeAt(to) !== 0x2c && s.charCodeAt(to) !== 0x3b) to++;
  if (to >= sentenceEnd || to - from >= MAX_CLAUSE) return null;
  return ATTEND_END_RE.exec(s.slice(from, to));
}
/** A clause ends at `,` or `;` (read by code: indexing gives a new string per character). */
/** How far into its clause a name may start, its titles before it included. */
const MAX_OPENING = 24;

/**
 * Whether the mention at `at` opens its clause, nothing before it there but the person's
 * own titles (`4月2日,市委副书记、市长X到…`); `陪同市长X…` does not.
 */
function opensClause(s: string, senStart: number, at: number, titles: readonly string[] | undefined): boolean {
  let k = at;
  while (k > senStart && at - k < MAX_OPENING && s.charCodeAt(k - 1) !== 0x2c) k--;
  if (k > senStart && s.charCodeAt(k - 1) !== 0x2c) return false;
  if (k === at) return true;
  return titles !== undefined && s.slice(k, at).split("、").every((t) => titles.includes(t));
}
/** An attendance clause is short: `出席会议并讲话`. */
const MAX_CLAUSE = 20;

export interface RoleResult {
  roles: Map<string, Role[]>;
  /** Key of the official who chaired, preferring the body over the headline. */
  chair: string | null;
}

/** A closure made per text would cost more (see mention-lookup.ts). */
function give(roles: Map<string, Set<Role>>, key: string, r: Role): void {
  let set = roles.get(key);
  if (!set) roles.set(key, (set = new Set()));
  set.add(r);
}

export function assignRoles(
  s: string,
  officials: FoundOfficial[],
  sentences: Sentence[],
  speakers: Set<string>,
  headline: { start: number; end: number } | null,
): RoleResult {
  const roles = new Map<string, Set<Role>>();
  for (const key of speakers) give(roles, key, "speaker");

  // Sentences by start, to find the sentence of a mention in one pass.
  const bySentence: { sen: Sentence; key: string; start: number; end: number }[] = [];
  const mentions: { key: string; start: number; end: number }[] = [];
  for (const o of officials) {
    for (const m of o.mentions) mentions.push({ key: o.key, start: m.start, end: m.end });
  }
  mentions.sort((a, b) => a.start - b.start);
  let k = 0;
  for (const m of mentions) {
    while (k < sentences.length && sentences[k].end <= m.start) k++;
    if (k < sentences.length && sentences[k].start <= m.start) bySentence.push({ sen: sentences[k], key: m.key, start: m.start, end: m.end });
  }

  const titlesOf = new Map<string, string[]>();
  for (const o of officials) titlesOf.set(o.key, o.titles);

  let chairBody: string | null = null;
  let chairHead: string | null = null;
  // Per sentence, once: does it end in attendance, and where does its last acting verb end?
  // A mention after that verb is in the attendance list.
  let attendOf: Sentence | null = null;
  let attend: RegExpExecArray | null = null;
  let actingEnd = -1;
  let hostsLater = -1;
  for (const { sen, key, start, end } of bySentence) {
    let opens = false;
    if (sen !== attendOf) {
      attendOf = sen;
      const text = s.slice(sen.start, sen.end);
      // `X到高新区调研…,并主持召开座谈会`: the official who opens the sentence chaired.
      hostsLater = text.indexOf("并主持");
      opens = hostsLater >= 0 && opensClause(s, sen.start, start, titlesOf.get(key));
      attend = ATTEND_END_RE.exec(text);
      actingEnd = -1;
      if (attend) {
        const head = text.slice(0, text.length - attend[0].length);
        for (let m = ACTING_ALL_RE.exec(head); m; m = ACTING_ALL_RE.exec(head)) actingEnd = sen.start + m.index + m[0].length;
        ACTING_ALL_RE.lastIndex = 0;
      }
    }
    const after = s.slice(end, Math.min(sen.end, end + 12));
    const inHead = headline !== null && end <= headline.end && end > headline.start;
    // `X主持召开`, `X会议主持`, and `会议由X主持` alike put 主持 just after the name.
    if (CHAIR_RE.test(after) || (opens && hostsLater > end - sen.start)) {
      give(roles, key, "chair");
      if (inHead) chairHead ??= key;
      else chairBody ??= key;
    }
    // Attendance ends the sentence (`A,B、C出席会议。`), or the person's own clause in a
    // sentence that goes on (`市长X出席会议并讲话,副市长Y主持会议。`).
    const own = attend && end > actingEnd ? attend : ownClauseAttendance(s, end, sen.end);
    if (own) {
      give(roles, key, "attendee");
      // `出席会议并讲话`: they spoke as well.
      if (own[1]) give(roles, key, "speaker");
    }
  }
  const order: Role[] = ["chair", "speaker", "attendee", "mentioned"];
  const out = new Map<string, Role[]>();
  for (const o of officials) {
    const set = roles.get(o.key);
    out.set(o.key, set && set.size ? order.filter((r) => set.has(r)) : ["mentioned"]);
  }
  return { roles: out, chair: chairBody ?? chairHead };
}
