/**
 * What each official does in the reported event: chair (主持), speaker (a lead-in names
 * them), attendee (出席, 参加 … at the end of their sentence), or mentioned.
 */
import { foldScript } from "./normalize";
import type { FoundOfficial } from "./officials";
import type { Sentence } from "./sentences";
import type { Role } from "./types";
import { charTable } from "./chars";

/**
 * 主持 just after a name, perhaps after the name's titles in brackets (`张德明(市长)主持`) or a
 * word of time or manner (`X同志主持`, `X于8日主持`), or the place it met (`X在某部队驻地
 * 主持`, `X到某乡组织召开`, which may run longer). Not across a space or the name's own
 * predicate: a headline's `郁文涛讲话 屈振邦主持` gives the chair to the second name only.
 * 同志 may stand before the place (`X同志在区机关二楼会议室主持召开…`).
 * A comma right before 主持 is the long titles' pause (`…指挥长X,主持召开…`), no new subject.
 * An official who convenes the meeting (`县长X组织召开…会议`) chairs it as well.
 */
const CHAIR_RE = /^(?:\([^()\n]{1,24}\))?(?:,(?=主持)|(?:同志)?(?:[在到赴](?:(?!讲话|出席|强调|指出|要求|参加|致辞)[^,。;:\s]){1,16}?)?(?:(?!讲话|出席|强调|指出|要求|参加|致辞)[^,。;:\s]){0,6}?)(?:主持|组织(?:召开|举行|举办))/;
/**
 * An official who convenes the meeting (`县委书记X组织召开…专题会议`, `X召开座谈会`) chairs it
 * when the text names no one who 主持: who calls the meeting runs it, wherever it met
 * (`X在镇政府会议室召开…`). Read as CHAIR_RE is.
 */
const CONVENES_RE = /^(?:[在到赴](?:(?!讲话|出席|强调|指出|要求|参加|致辞|主持)[^,。;:\s]){1,16}?)?(?:(?!讲话|出席|强调|指出|要求|参加|致辞|主持)[^,。;:\s]){0,6}?(?:组织|主持)?召开(?!的)/;
/** A chair's own clause that ends in a speech (`主持会议并讲话`, `主持召开…会议并作重要讲话`). */
const CHAIR_SPEAKS_RE = /^[^,。;!]{0,30}?主持[^,。;!]{0,30}?并(?:作了?)?(?:重要|动员|总结|工作)?讲话/;
/** What opens the place a chair met in, before 主持 (CHAIR_RE). */
const PLACE_OPENERS = "在到赴";
/** Enough of what follows a name to hold its bracketed titles, or a place, and then 主持. */
const CHAIR_READ = 40;
/**
 * Co-chairs listed before one 主持 (`县委书记A、县长B共同主持召开…`, `市委书记A,市委副书记、
 * 市长B共同主持…`): 主持 stands after the last name only, yet each in the list chaired, and
 * the first named is the meeting's chair. Parties (`双方`, `两地`) who co-host are no list.
 */
const CO_CHAIR_RE = /^[、,](?!双方|各方|两)[^,。;:\n]{1,30}?(?:共同|联合)主持/;
/**
 * Attendance closing the sentence: `出席会议`, `参加会见`, `陪同督导检查`, `到会指导` (a
 * superior who attends to guide), or an event named in full (`出席…战略合作协议签约仪式`,
 * `出席新闻发布会`, `应邀出席大会`, `出席重大项目集中签约活动`), or seats on the rostrum (`在主席台就座`, a plenary's way of
 * listing who attends), or sits in at a reception (`…负责同志等会见时在座`). A guest of the
 * host's province who comes to speak (`副省长X到会致辞`) attends and speaks. At a press conference those who attend also present and answer
 * (`出席发布会,介绍有关情况并回答记者提问`): they spoke as well, as with `并讲话`; so did those
 * at a standing meeting who attend and then give their orders (`参加会议,提出工作要求`).
 */
const ATTEND_END_RE =
  /(?:出席|参加|列席|陪同|参会|在座|(?:到会|莅临)(?:指导)?|到场指导|在主席台(?:上|前排)?就[座坐])(?:了)?(?:此次|本次|这次)?(?:会议|活动|(?:调研|督导|考察|视察)(?:检查|指导|调研)?|检查|座谈会?|仪式|会见|发布会|看望|慰问|看望慰问|收听收看|[^,;。!]{0,40}?(?:仪式|会议|大会|典礼|论坛|发布会|活动))?((?:并|(?<=到会|莅临))(?:讲话|致辞|发言|讲了?[^,;。!]{0,6}?意见|作总结|作了?(?:重要|动员|工作)?(?:讲话|点评|发言))|,并?(?:(?:介绍|通报)[^,;。!]{1,10}?(?:并(?:回答|答)记者(?:提问|问))?|(?:回答|答)记者(?:提问|问)|提出[^,;。!]{0,8}?(?:要求|意见)))?[。!]?$/;
const ACTING_ALL_RE = /主持|强调|指出|要求|讲话|部署/g;
/**
 * Attendance announced before the list: `出席会议的市领导:A、B`, `参加会议的有:`,
 * `列席会议的还有…:`, `应邀出席大会的市领导还有:`, `出席会议的领导有…`, `出席大会并在主席台
 * 就坐的…领导有…`. Everyone named after its colon attended.
 */
const ATTEND_OPEN_RE = /^\s*(?:应邀)?(?:出席|参加|列席)(?:会议|大会|活动|座谈会?|仪式)?(?:并在主席台(?:上|前排)?就[座坐])?的[^,。;:\n]{0,20}?(?::|领导有)/;

/**
 * A turn at speaking told, not quoted, with the verbs the genre uses for speakers: a speech
 * (`作交流发言`, `作个人对照检查发言`, `作工作报告`, `作点评`), orders given (`作了部署`),
 * a briefing (`通报了…情况`; a content farm's copy writes `通告`), points given as a township's
 * report says it (`镇长X讲意见:一是…`, `讲了三点意见`), and work assigned (`市长X安排部署相关工作`).
 * A bare 讲话 or 致辞 closing the clause is a turn too, as the lead lists who did what
 * (`书记A主持会议并讲话,省长B讲话,主席C出席`). Not `作出部署` (a decision, often an organ's), nor
 * `通报批评` (a sanction on the person named); reporting up (`汇报`), explaining a draft
 * (`作说明`) and arranging (`作了安排`) are told of attendees too, and stay so.
 */
const SPOKE_RE = /(?:作|做)(?![出为风])了?[^,;。!、]{0,10}?(?:发言|讲话|报告|点评|部署)|通[报告](?!批评|表扬)|讲了?[^,;。!、]{0,6}?意见|安排部署|(?:讲话|致辞)(?=[,;。!]|$)/;
/** First units of what SPOKE_RE matches: 作, 做, 通, 讲, 安, 致. */
const TURN_FIRSTS = charTable("作做通讲安致");
/** Most characters between 讲 and the 意见 it gives (`讲了三点意见`). */
const POINTS_GAP = 8;

/**
 * Whether a turn may start at `i`, one of TURN_FIRSTS: 安, 讲 and 致 open common words (安全,
 * 讲话稿, 致力), and only 安排部署, 讲…意见, 讲话 and 致辞 (SPOKE_RE wants a break after
 * those two) are turns; read here so that SPOKE_RE is tried at few places.
 */
function turnMayStartAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c === 0x5b89) return s.startsWith("安排部署", i); // 安
  if (c === 0x81f4) return s.startsWith("致辞", i); // 致
  if (c !== 0x8bb2) return true; // 讲
  if (s.charCodeAt(i + 1) === 0x8bdd) return true; // 话
  for (let k = i + 1; k <= i + POINTS_GAP && k < s.length; k++) if (s.charCodeAt(k) === 0x610f && s.charCodeAt(k + 1) === 0x89c1) return true; // 意见
  return false;
}

/**
 * Words that give a name its own predicate before a turn told later in the sentence
 * (`X主持会议,Y作交流发言`): the turn is not X's.
 */
const OWN_PREDICATE_RE = /主持|出席|参加|列席|陪同|强调|指出|要求|讲话|表示|听取|宣读|传达|提出|会见|签署|致辞|调研|考察|了|。|;/;
/** Most characters between a name and the turn it takes (a list of titled names between). */
const MAX_TO_TURN = 80;

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

/**
 * Whether the name at `[start, end)` takes a turn told in its sentence: the first turn
 * after it, with nothing between but a setting or topic (`就…`) or the rest of a list of
 * titled names (`A,B、C作交流发言`). The name opens its clause or is a list item, so that
 * `向市长X通报…` does not make X the one briefing.
 */
function takesTurn(s: string, sen: Sentence, start: number, end: number, titles: readonly string[] | undefined): boolean {
  // Read in the stretch after the name only: a search of the whole text from each name on
  // would cost the page's length per mention.
  const to = Math.min(sen.end, end + MAX_TO_TURN);
  // Most stretches hold none of the turn's first units: no slice, no match.
  let first = end;
  while (first < to && (TURN_FIRSTS[s.charCodeAt(first)] === 0 || !turnMayStartAt(s, first))) first++;
  if (first === to) return false;
  const after = s.slice(end, to);
  const turn = SPOKE_RE.exec(after);
  if (!turn) return false;
  if (OWN_PREDICATE_RE.test(after.slice(0, turn.index))) return false;
  const k = beforeOwnTitles(s, start, titles);
  // …or the first of a list after a group label (`市领导A、B在会上通报了…`), or after a word
  // of the meeting's order with no comma (`最后镇长X讲意见`).
  return k <= sen.start || s.charCodeAt(k - 1) === 0x3001 || s.charCodeAt(k - 1) === 0x2c || s.startsWith("领导", k - 2) || turnOrderBefore(s, k);
}

/** Words of a meeting's order of turns, written straight before the speaker's titles. */
const TURN_ORDER = ["最后", "随后", "然后", "接着", "首先", "其后", "会上"];

function turnOrderBefore(s: string, at: number): boolean {
  for (const w of TURN_ORDER) if (s.startsWith(w, at - w.length)) return true;
  return false;
}

/**
 * Names listed before one speech verb, each speaking in turn (`刘春燕、方德明分别就…提出要求`,
 * `A和B分别讲话`): 分别 makes every name of the list a speaker, as the verb would one name.
 */
const LIST_TURN_RE = /^(?:[、和与及][^,。;:\n]{2,24}?)?分别(?:就[^,。;:]{1,30}?|对[^,。;:]{1,30}?)?(?:作了?|做了?)?(?:讲话|发言|提出[^,。;:]{0,6}?要求|强调|指出|部署)/;
/** Units that may follow a name in such a list: 、 和 与 及 分. */
const LIST_TURN_FIRSTS = charTable("、和与及分");
/** Enough of what follows a name to hold the rest of the list, the topic and the verb. */
const LIST_TURN_READ = 64;

/** Whether the name at `[start, end)`, opening its clause or a list item, takes a turn with the others listed. */
function takesListedTurn(s: string, sen: Sentence, start: number, end: number, titles: readonly string[] | undefined): boolean {
  if (LIST_TURN_FIRSTS[s.charCodeAt(end)] === 0 || !LIST_TURN_RE.test(s.slice(end, Math.min(sen.end, end + LIST_TURN_READ)))) return false;
  const k = beforeOwnTitles(s, start, titles);
  return k <= sen.start || LIST_JOINS[s.charCodeAt(k - 1)] === 1;
}
/** What separates the items of a list of those present. */
const LIST_SEPARATORS = charTable(",、");
/** What stands before a list item: the list's joins, or a comma opening the clause. */
const LIST_JOINS = charTable("、,和与及");

/** Where the person's own titles before `at` begin (`…、招商服务中心主任韦嘉树`), joined by 、 or not. */
function beforeOwnTitles(s: string, at: number, titles: readonly string[] | undefined): number {
  if (!titles) return at;
  let k = at;
  for (let stripped = true; stripped; ) {
    stripped = false;
    for (const t of titles) {
      if (t.length > 0 && k >= t.length && s.startsWith(t, k - t.length)) {
        k -= t.length;
        stripped = true;
        break;
      }
    }
    // A 、 between two of the person's titles (`县委常委、县纪委书记`).
    if (stripped && s.charCodeAt(k - 1) === 0x3001 && endsWithOneOf(s, k - 1, titles)) k--;
  }
  return k;
}

/** Units between a label's role word, the titles and the name: spaces, a colon, the bracket. */
const LABEL_GAPS = charTable(" \u3000:【");

/**
 * A host's label before the name (`【主持人 省政府新闻办主任 覃晓岚】`, `主持人:覃晓岚`): a
 * press conference's record names the one who chairs it so, and may say 主持 nowhere else.
 */
function hostLabelBefore(s: string, at: number, titles: readonly string[] | undefined): boolean {
  let k = at;
  while (k > 0 && LABEL_GAPS[s.charCodeAt(k - 1)] === 1) k--;
  k = beforeOwnTitles(s, k, titles);
  while (k > 0 && LABEL_GAPS[s.charCodeAt(k - 1)] === 1) k--;
  return k >= 3 && s.startsWith("主持人", k - 3);
}

/** Whether `s` before `at` ends with one of `words` (a loop: no closure per call). */
function endsWithOneOf(s: string, at: number, words: readonly string[]): boolean {
  for (const w of words) if (w.length > 0 && at >= w.length && s.startsWith(w, at - w.length)) return true;
  return false;
}

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
  transcript = false,
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
  // Titles are kept as written (Traditional on such pages); the scans read the folded view.
  for (const o of officials) titlesOf.set(o.key, o.titles.map(foldScript));

  let chairBody: string | null = null;
  let chairHead: string | null = null;
  let convener: string | null = null;
  // Per sentence, once: does it end in attendance, and where does its last acting verb end?
  // A mention after that verb is in the attendance list.
  let attendOf: Sentence | null = null;
  let attend: RegExpExecArray | null = null;
  let actingEnd = -1;
  let listFrom = -1;
  let hostsLater = -1;
  // Which mentions attend by their own clause, for the list items before them (below).
  const attended = new Uint8Array(bySentence.length);
  for (let i = 0; i < bySentence.length; i++) {
    const { sen, key, start, end } = bySentence[i];
    let opens = false;
    if (sen !== attendOf) {
      attendOf = sen;
      const text = s.slice(sen.start, sen.end);
      // `X到高新区调研…,并主持召开座谈会`: the official who opens the sentence chaired.
      hostsLater = text.indexOf("并主持");
      opens = hostsLater >= 0 && opensClause(s, sen.start, start, titlesOf.get(key));
      attend = ATTEND_END_RE.exec(text);
      const opening = ATTEND_OPEN_RE.exec(text);
      listFrom = opening ? sen.start + opening[0].length : -1;
      actingEnd = -1;
      if (attend) {
        const head = text.slice(0, text.length - attend[0].length);
        for (let m = ACTING_ALL_RE.exec(head); m; m = ACTING_ALL_RE.exec(head)) actingEnd = sen.start + m.index + m[0].length;
        ACTING_ALL_RE.lastIndex = 0;
      }
    }
    // Brackets of titles, or the place it met (`到某乡(镇)甲村组织召开`, `同志在…会议室`), take
    // longer to reach 主持.
    const placeAt = s.charCodeAt(end) === 0x540c && s.charCodeAt(end + 1) === 0x5fd7 ? end + 2 : end; // 同, 志
    const reach = s.charCodeAt(end) === 0x28 || PLACE_OPENERS.includes(s[placeAt]) ? CHAIR_READ : 12; // (
    const after = s.slice(end, Math.min(sen.end, end + reach));
    const inHead = headline !== null && end <= headline.end && end > headline.start;
    // `X主持召开`, `X会议主持`, and `会议由X主持` alike put 主持 just after the name.
    // Only a name with 、 after it can open a list of co-chairs: no slice for the others.
    const coChairs = (s.charCodeAt(end) === 0x3001 || s.charCodeAt(end) === 0x2c) && CO_CHAIR_RE.test(s.slice(end, Math.min(sen.end, end + CHAIR_READ)));
    // A speech's body cites the meetings others chaired elsewhere (`省委X书记8月6日主持召开…`):
    // the speech's own meeting is chaired by no one it names there.
    const chairs = !transcript || inHead;
    if (chairs && (CHAIR_RE.test(after) || coChairs || (opens && hostsLater > end - sen.start) || hostLabelBefore(s, start, titlesOf.get(key)))) {
      give(roles, key, "chair");
      // `X主持会议并讲话`: the chair spoke too, as `出席会议并讲话` says of an attendee.
      if (CHAIR_SPEAKS_RE.test(s.slice(end, Math.min(sen.end, end + CHAIR_READ)))) give(roles, key, "speaker");
      if (inHead) chairHead ??= key;
      else chairBody ??= key;
    } else if (chairs && convener === null && CONVENES_RE.test(after)) convener = key;
    // Attendance ends the sentence (`A,B、C出席会议。`), or the person's own clause in a
    // sentence that goes on (`市长X出席会议并讲话,副市长Y主持会议。`).
    const own = attend && end > actingEnd ? attend : ownClauseAttendance(s, end, sen.end);
    if (listFrom >= 0 && start >= listFrom) give(roles, key, "attendee");
    if (own) {
      attended[i] = 1;
      give(roles, key, "attendee");
      // `出席会议并讲话`: they spoke as well.
      if (own[1]) give(roles, key, "speaker");
    }
    if (takesTurn(s, sen, start, end, titlesOf.get(key)) || takesListedTurn(s, sen, start, end, titlesOf.get(key))) give(roles, key, "speaker");
  }
  // `A,B、C出席会议,D主持会议`: the sentence goes on past the attendance, and the first items
  // of the list, each closing a clause of titles and name, attend with the item after them.
  for (let i = bySentence.length - 2; i >= 0; i--) {
    const cur = bySentence[i];
    const next = bySentence[i + 1];
    if (attended[i] || !attended[i + 1] || cur.sen !== next.sen || LIST_SEPARATORS[s.charCodeAt(cur.end)] === 0) continue;
    if (beforeOwnTitles(s, next.start, titlesOf.get(next.key)) !== cur.end + 1) continue;
    attended[i] = 1;
    give(roles, cur.key, "attendee");
  }
  const chair = chairBody ?? chairHead ?? convener;
  if (chair !== null && chair === convener) give(roles, chair, "chair");
  const order: Role[] = ["chair", "speaker", "attendee", "mentioned"];
  const out = new Map<string, Role[]>();
  for (const o of officials) {
    const set = roles.get(o.key);
    out.set(o.key, set && set.size ? order.filter((r) => set.has(r)) : ["mentioned"]);
  }
  return { roles: out, chair };
}
