/**
 * Finds the officials: named people the text gives an office, or lists among the leaders.
 *
 * Evidence, strongest first: a title right before a name (`市委副书记、市长常书铭`), a
 * title shared by a list (`管委会副主任陈曦、崔俊林`), a group label with a list
 * (`市领导A、B出席`, `A、B等市领导`), a top post after a name (`习近平总书记`), a mask
 * before a post (`**市长`). Once a name is known, every occurrence of it is a mention.
 */
import { charTable, inTable, isClauseBreakAt, isMaskCharAt, isNameCharAt, MASK_CHARS, positionsOf } from "./chars";
import type { Landmarks } from "./landmarks";
import { closesFormula, personnelNames } from "./personnel";
import { describedNameAt, followWordAt, isNotName, nameLengthAt, nameLengthBefore } from "./names";
import { companyPostsOnly, findPosts, formerOfficesOnly, groupLabels, joinsOrganHalves, PARTY_ORGAN_RE, POSTS_AFTER_NAME, TITLE_STOP_CHARS, TITLE_STOP_WORDS, withoutPrivateFirmPosts } from "./offices";
import type { TextView } from "./normalize";
import type { Span } from "./types";
import { keepShape } from "./shapes";
import { firstMentions } from "./first-mention";
import { surnameAt } from "./surnames";
import { WordIndex } from "./word-index";

/** An official as the later stages see it, in normalised coordinates. */
export interface FoundOfficial {
  /** Normalised name: the key for matching mentions and speakers. */
  key: string;
  /** The name as written (original script, romanisation dropped). */
  name: string;
  titles: string[];
  masked: boolean;
  /** Normalised spans of each mention, in text order. */
  mentions: { start: number; end: number }[];
}

interface Title {
  start: number;
  end: number;
  /** The organ written before the name (`区委X副书记`), whose post follows the name. */
  organ?: Span;
}

/** Longest organ + post kept: `市疫情防控工作领导小组第一副组长` is 16. */
const MAX_TITLE = 24;

/** Where a title that ends at `postStart`'s post begins, walking back to a boundary. */
function titleStart(s: string, postStart: number): number {
  let i = postStart;
  while (i > 0 && postStart - i < MAX_TITLE) {
    // A watchword quoted inside the organ's name (`中央“不忘初心、牢记使命”主题教育领导小组
    // 组长`, `县“两违”整治办主任`): the walk goes on from before its opening quote.
    if (s.charCodeAt(i - 1) === 0x201d && i < postStart) { // ”
      const open = quotedWatchwordOpen(s, i - 1, postStart);
      if (open >= 0) {
        i = open;
        continue;
      }
    }
    if (isClauseBreakAt(s, i - 1) || inTable(TITLE_STOP_CHARS, s, i - 1) || TITLE_STOP_WORDS.endingAt(s, i) !== undefined) {
      if (!organGoesOn(s, i, postStart)) break;
    }
    // `同志任市委副书记`, `现任…`: 任 is a verb before the title, unless it ends 主任.
    if (s.charCodeAt(i - 1) === 0x4efb && s.charCodeAt(i - 2) !== 0x4e3b) break; // 任, 主
    i--;
  }
  // `我院党组书记`, `我县县长`: 我 and the unit it stands for are the writer's, not the title's;
  // so are 该 and the unit it points back to (`该镇党委书记`, a unit named before).
  if (i + 2 <= postStart && s.charCodeAt(i) === 0x8be5 && inTable(OWN_UNITS, s, i + 1)) i += 2; // 该
  else if (i < postStart && s.charCodeAt(i - 1) === 0x6211 && inTable(OWN_UNITS, s, i)) i++; // 我
  return i;
}

/** Most characters, quotes included, that a title may spend on a watchword inside it. */
const MAX_TITLE_QUOTE = 16;

/**
 * Where the opening quote of the watchword whose closing quote is at `close` stands, or -1:
 * within the title's reach and the watchword's own length, with no clause mark inside but
 * the 、 of its items.
 */
function quotedWatchwordOpen(s: string, close: number, postStart: number): number {
  for (let k = close - 1; k >= 0 && close - k <= MAX_TITLE_QUOTE && postStart - k <= MAX_TITLE; k--) {
    const c = s.charCodeAt(k);
    if (c === 0x201c) return k; // “
    if (c !== 0x3001 && isClauseBreakAt(s, k)) return -1; // 、
  }
  return -1;
}

/** The unit a report calls its own with 我 (`我院`, `我县`, `我局`). */
const OWN_UNITS = charTable("省市州县区镇乡院局厅委校");

/** The levels a place's name runs into (`…都市`, `…都县`). */
const PLACE_LEVELS = charTable("市县区州");

/** Teams and offices named after what they do: `督导组`, `考察团`, `监督检查室`, `督导处`. */
const TEAM_CHARS = charTable("组团室处科队");

/**
 * Whether the organ's name goes on back over the boundary met at `i` (rare, so kept out of
 * the walk's own loop): a 和 or 与 inside it (`市住房和城乡建设局局长`, a congress's
 * `环境与资源保护委员会主任委员`), or a verb that names a
 * team or office with the 组, 团, 室 … after it (`督导组组长`, `代表团团长`,
 * `监督检查室主任`), not the verb of `督导…`, `代表市委…`. That 组 must be the organ's,
 * not the post's own (`向组长`). And the 对 of 应对 in a group's task.
 */
function organGoesOn(s: string, i: number, postStart: number): boolean {
  const c = s.charCodeAt(i - 1);
  if (c === 0x548c || c === 0x4e0e) return joinsOrganHalves(s, i - 1, postStart); // 和, 与
  // 对 of 应对, which names a command post by its task (`区应对疫情应急指挥部指挥长`), and
  // of 对外, which opens the names of foreign-affairs bodies (`市对外友协副会长`).
  if (c === 0x5bf9 && (s.charCodeAt(i - 2) === 0x5e94 || s.charCodeAt(i) === 0x5916)) return true; // 对, 应, 外
  // 时 of 临时, a body set up for the emergency (`指挥部临时党委书记`), not the 时 of `调研时`.
  if (c === 0x65f6 && s.charCodeAt(i - 2) === 0x4e34) return true; // 时, 临
  // 受 of 受理, an office's business (`…受理中心主任`), not the 受 of `受X委托`.
  if (c === 0x53d7 && s.charCodeAt(i) === 0x7406) return true; // 受, 理
  // 都 that ends a place's name before its level (`成都市委书记`), not the adverb (`都要`).
  if (c === 0x90fd && inTable(PLACE_LEVELS, s, i)) return true; // 都
  return i < postStart && inTable(TEAM_CHARS, s, i) && TITLE_STOP_WORDS.endingAt(s, i)?.length === 2;
}

/** A photo caption's place of the person in the picture (`市委书记（左二）吴俊清`): not the title's. */
const PLACE_IN_PHOTO_RE = /^[左右中前后][一二三四五六七八九十]?$/;

/** Most characters inside a title's aside, brackets excluded (`兼办公室主任`). */
const MAX_TITLE_ASIDE = 8;

/**
 * Where a short aside of Han characters opening at `open` ends (after its `)`), when a name
 * may follow it; -1 otherwise.
 */
function titleAsideEnd(s: string, open: number): number {
  for (let k = open + 1; k < s.length && k - open <= MAX_TITLE_ASIDE + 1; k++) {
    const c = s.charCodeAt(k);
    if (c === 0x29) return k > open + 1 && nameLengthAt(s, k + 1) > 0 ? k + 1 : -1; // )
    if (c < 0x4e00 || c > 0x9fff) return -1;
  }
  return -1;
}

/** What makes a post one the person is nominated for (`区长提名候选人`, `县长候选人`, `县长提名人选`). */
const CANDIDACY_RE = /^(?:提名)?候选人|^提名人选/;

/**
 * Where a nomination after a post ends, when a name follows it (`区委副书记、区长提名候选人
 * X`): the nomination is part of that title, and the name stands after it. -1 otherwise;
 * a nomination with no name after it (`提名为市长候选人`) names no one.
 */
function candidacyEnd(s: string, postEnd: number): number {
  const c = s.charCodeAt(postEnd);
  if (c !== 0x5019 && c !== 0x63d0) return -1; // 候, 提
  const m = CANDIDACY_RE.exec(s.slice(postEnd, postEnd + 5));
  return m && nameLengthAt(s, postEnd + m[0].length) > 0 ? postEnd + m[0].length : -1;
}

/** Most characters of one item of a list read whole (`巴图孟和`, `图门巴雅尔`). */
const MAX_ITEM = 6;

/** Most characters a whole item may run past the Han reading of its name. */
const MAX_ITEM_TAIL = 2;

/**
 * Where the item at `at`, whose Han reading is `read` long, ends when it is all name
 * characters up to the next `、`: a minority name between two separators is one name,
 * though it ends with what would follow a Han name (`县领导祝长青、巴图孟和、焦慧敏`).
 * Only a reading that a surname opens is extended, and by little: a title between two
 * separators (`…、市委副书记、…`) is never taken for a name. -1 otherwise.
 */
function wholeItemEnd(s: string, at: number, read: number): number {
  if (read === 0) return -1;
  let k = at + read;
  while (k - at < MAX_ITEM && k - at - read < MAX_ITEM_TAIL && isNameCharAt(s, k)) k++;
  return k > at + read && s.charCodeAt(k) === 0x3001 ? k : -1; // 、
}

/**
 * A run of name items separated by `、` starting at `i`; each must read as a whole name.
 * After a group label (`loose`), which says that names follow, a list may also be spaced
 * or comma-separated (`市领导张德明 李春华 赵卫国`, `市领导张德明,李春华,赵卫国`) and open after a
 * colon (`出席会议的市领导:A、B`). A title shared by a list is not read so loosely: after
 * `副市长陈曦,` the next clause's subject is not a 副市长.
 */
function nameListAt(s: string, i: number, out: { start: number; end: number }[], loose = false): number {
  let at = i;
  if (loose) while (s[at] === ":" || s[at] === " ") at++;
  const first = out.length;
  for (;;) {
    const read = nameLengthAt(s, at);
    const whole = wholeItemEnd(s, at, read);
    const len = whole > 0 ? whole - at : read > 0 ? read : unknownSurnameItem(s, at, out.length > first, loose);
    if (len === 0) break;
    const end = at + len;
    const next = loose ? looseItemAfter(s, end) : -1;
    // An item that runs on into a post is the next person's title, not a name.
    if (next < 0 && !isClauseBreakAt(s, end) && !followWordAt(s, end)) break;
    out.push({ start: at, end });
    if (next >= 0) {
      at = next;
      continue;
    }
    if (s[end] !== "、") return end;
    at = end + 1;
  }
  return at;
}

/** What ends a list of attending names: `等`, or the attendance itself. */
const ATTENDANCE_AFTER_RE = /^(?:等|出席|参加|列席)/;

/**
 * Names sharing the title before them though set off with commas (`副县长甲乙丙,丁戊,己庚,
 * 各乡镇负责人参加会议`): each item a whole name standing alone between two commas, two of
 * them at least, or one that the attendance ends (`,丁戊出席`). One name after a comma is
 * otherwise the next clause's subject (`副市长陈曦,李春华强调`), who holds no title said here.
 */
function commaListAt(s: string, i: number): { start: number; end: number }[] {
  const items: { start: number; end: number }[] = [];
  for (let at = i; ; ) {
    const len = nameLengthAt(s, at) || unknownSurnameBetween(s, at, items.length > 0);
    if (len === 0) break;
    const end = at + len;
    if (s[end] === "," || s[end] === "、") {
      items.push({ start: at, end });
      at = end + 1;
      continue;
    }
    if (ATTENDANCE_AFTER_RE.test(s.slice(end, end + 2))) return [...items, { start: at, end }];
    break;
  }
  return items.length >= 2 ? items : [];
}

/** A comma list's item whose surname the lexicon lacks (`回`): name characters alone between
 * two commas, with a name before it in the list and one after. 0 if not. */
function unknownSurnameBetween(s: string, at: number, listed: boolean): number {
  if (!listed) return 0;
  let k = at;
  while (k - at < MAX_UNKNOWN_ITEM && isNameCharAt(s, k)) k++;
  const len = k - at;
  if (len < MIN_UNKNOWN_ITEM || s[k] !== "," || isNotName(s.slice(at, k))) return 0;
  return nameLengthAt(s, k + 1) > 0 ? len : 0;
}

/** Fewest and most characters of a listed name whose surname the lexicon lacks. */
const MIN_UNKNOWN_ITEM = 2;
const MAX_UNKNOWN_ITEM = 3;

/**
 * Length of an item of a list that reads as a name but for its surname, which the lexicon
 * lacks (`籍`, `禚` …), or for its first two characters, which make a word (`方向明`): name
 * characters between separators, with a name that a known surname opens after it. After a
 * group label (`loose`), which says that names follow, two characters will do, and once the
 * list has given names (`listed`) the item may end it before a word of the report (`…、X等
 * 出席`). A word of the report between two names is never so short a run of name
 * characters; after a shared title, only three-character items are read so. 0 if not.
 */
function unknownSurnameItem(s: string, at: number, listed: boolean, loose: boolean): number {
  if (!listed && !loose) return 0;
  let k = at;
  while (k - at < MAX_UNKNOWN_ITEM && isNameCharAt(s, k)) k++;
  const len = k - at;
  if (len < (loose ? MIN_UNKNOWN_ITEM : MAX_UNKNOWN_ITEM) || (len === MIN_UNKNOWN_ITEM && isNotName(s.slice(at, k)))) return 0;
  if (s[k] === "、") return nameLengthAt(s, k + 1) > 0 ? len : 0;
  return loose && listed && s[at - 1] === "、" && (isClauseBreakAt(s, k) || followWordAt(s, k)) ? len : 0;
}

/**
 * Words between a group label and its list that announce the names (`出席会议的市领导还有:
 * A、B`, `市领导分别是A、B`), as long as a colon or a name follows them.
 */
const LIST_LEADS = new WordIndex(["还有", "有", "分别是", "分别为", "包括", "是"]);

/** Length of such a word at `at`, or 0. */
function listLeadAt(s: string, at: number): number {
  const w = LIST_LEADS.at(s, at);
  if (w === undefined) return 0;
  const k = at + w.length;
  return s[k] === ":" || nameLengthAt(s, k) > 0 ? w.length : 0;
}

/** Where the next name of a loose list starts after the item ending at `end` (spaces or a comma between), or -1. */
function looseItemAfter(s: string, end: number): number {
  let k = end;
  const comma = s[k] === ",";
  if (comma) k++;
  while (s[k] === " ") k++;
  if (k === end || (!comma && k - end > 4)) return -1;
  return nameLengthAt(s, k) > 0 ? k : -1;
}

/**
 * The name that ends the item from `from`, when the item describes the person by a work unit
 * with no post of its own (the next post, `next`, stands past the name), else -1.
 */
function describedOfficeHolder(s: string, from: number, next: Span | undefined): number {
  const at = describedNameAt(s, from, true);
  return at >= 0 && (next === undefined || next.start >= at) ? at : -1;
}

/** Adds the given name of `name` to `out` when it has two characters or more (`利瑶` of `许利瑶`). */
function addGivenName(name: string, out: Set<string>): void {
  const sl = surnameAt(name, 0);
  if (sl > 0 && name.length - sl >= 2) out.add(name.slice(sl));
}

/** Whether a name already read starts at `at` (a post there is the name's beginning). */
function knownNameAt(s: string, at: number, known: ReadonlySet<string>): boolean {
  if (surnameAt(s, at) === 0) return false;
  for (let len = 2; len <= 4; len++) if (known.has(s.slice(at, at + len))) return true;
  return false;
}

/** What a CPPCC member named before 委员 does in a report (`邢佳禾委员建议`). */
const MEMBER_ACTS_RE = /^(?:建议|提出|认为|表示|说|发言|指出|强调|谈到|呼吁)/;
/** Characters of organs and places, never of a name before 委员 (`区政协委员`, `纪委委员`). */
const ORGAN_OR_PLACE = charTable("委协会省市县区州镇乡村党政");

/**
 * Whether `s[start, end)` before 委员 (ending at `postEnd`) is a member speaking: the name
 * holds no organ's or place's character, and what follows is a verb of speaking.
 */
function memberSpeaks(s: string, start: number, end: number, postEnd: number): boolean {
  for (let k = start; k < end; k++) if (inTable(ORGAN_OR_PLACE, s, k)) return false;
  return MEMBER_ACTS_RE.test(s.slice(postEnd, postEnd + 2));
}

/** Separators of the items of a list of those present. */
const LIST_SEPARATORS = charTable(",、");
/** What a clause of titles may open after (the start of a sentence, a line, a clause). */
const CLAUSE_OPENERS = charTable("。!?;:,\n");
/** Verbs of attending right after a name that ends a list of those present. */
const ATTENDING_NEXT_RE = /^(?:出席|参加|列席)$/;

/** Lengths of a name without a surname, longest first. */
const SURNAMELESS_LENGTHS = [6, 5, 4, 3];

/**
 * Characters Chinese spells Tibetan, Uyghur, Mongolian, Kazakh and Yi names with (尼玛次仁,
 * 格桑旺姆, 阿不都热依木, 巴特尔, 那日苏): a name of these alone reads as transliterated, not
 * as words of the report. Few of them make words together; 多次 and 平时 are two characters,
 * shorter than such a name.
 */
const TRANSLITERATION = charTable(
  "阿巴卓多吉扎西次仁旺堆尼玛格桑拉姆平措央金索朗达瓦娃丹增顿珠曲才让嘎布赤列白德庆洛贡觉琼江村加" +
    "热依木买提艾力古丽努尔克孜不都吾斯曼托乎迪亚库班夏合苏吐逊哈额乌兰特图那日宝音朝鲁其赛汗满顺" +
    "孟和呼毕勒其其木伊帕罕穆萨沙塔吉玉洪赫奇莫秀南尕朋杰泽益藏旦",
);
/** What a leader named once does right after the name, in a report of the event they led. */
const ACTING_NEXT_RE = /^(?:主持|出席|参加|讲话|强调|指出|要求|致辞)$/;

/** How far on a name given without a surname is looked for again. */
const RECUR_SPAN = 3_000;

/**
 * Characters the searches for such names may read in one text, per character of it: a
 * text of nothing but posts before unknown words would otherwise cost RECUR_SPAN per post.
 * Reports hold a handful of such names; past the budget, none is looked for.
 */
const RECUR_BUDGET_PER_CHAR = 2;

/**
 * A name with no Han surname right after a title (`州长尼玛次仁`): Tibetan and other
 * minority names. Three to six name characters that end where a word of the report
 * follows, taken only when the text names the person again opening a clause
 * (`尼玛次仁强调`): a noun run on after a post (`书记亲自挂帅`) does not recur that way.
 * Or, in a list of those present, when attending follows at once (`…,副主任格桑旺姆出席会议`):
 * the list's last name, whose title follows another item's name (`inList`). Outside a list
 * the slot holds what a leader does too (`县委书记亲自带队参加`).
 */
class SurnamelessNames {
  private budget: number;

  constructor(private readonly s: string) {
    this.budget = RECUR_BUDGET_PER_CHAR * s.length;
  }

  /** Length of such a name at `at`, or 0. */
  at(at: number, inList = false): number {
    const s = this.s;
    for (const len of SURNAMELESS_LENGTHS) {
      let k = at;
      // A Mongolian name unjoined (`图门巴雅尔`) runs to five or six characters; so long a
      // run is read only where no word of the report starts inside it (`尼玛次仁主持`).
      while (k < at + len && isNameCharAt(s, k) && (len < 5 || k - at < 2 || !followWordAt(s, k))) k++;
      if (k < at + len || !(isClauseBreakAt(s, k) || followWordAt(s, k)) || isNotName(s.slice(at, k))) continue;
      if ((inList && ATTENDING_NEXT_RE.test(s.slice(k, k + 2))) || this.namedAgain(at, k)) return len;
      // One of a list of titled names (`…,州长尕玛朋措,副州长…`), of a transliteration's characters.
      if (inList && isClauseBreakAt(s, k) && transliterated(s, at, k)) return len;
      // Named once, chairing or speaking (`州长尼玛次仁主持召开…`): the name's characters vouch.
      if (ACTING_NEXT_RE.test(s.slice(k, k + 2)) && transliterated(s, at, k)) return len;
    }
    return 0;
  }

  /** Whether the name at `s[at, end)` opens a clause again further on, as a subject does. */
  namedAgain(at: number, end: number): boolean {
    const s = this.s;
    const to = Math.min(s.length, end + RECUR_SPAN);
    if (this.budget < to - end) return false;
    this.budget -= to - end;
    // Searched in the span only: indexOf on the whole text would run on to its end.
    const span = s.slice(end, to);
    const name = s.slice(at, end);
    const len = end - at;
    for (let j = span.indexOf(name); j >= 0; j = span.indexOf(name, j + len)) {
      if (isClauseBreakAt(s, end + j - 1) && followWordAt(s, end + j + len)) return true;
    }
    return false;
  }
}

keepShape(new SurnamelessNames(""));

function transliterated(s: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (TRANSLITERATION[s.charCodeAt(k)] !== 1) return false;
  return true;
}

/**
 * Surnames that are also conjunctions: after a post, `和` mostly joins another group
 * (`各村党支部书记和网格员`, `第一书记和工作队要…`) rather than starting a name, and `由`
 * names who holds it (`大会副秘书长由A、B担任`).
 */
const CONJUNCTION_SURNAMES = charTable("和暨由");

/**
 * Whether a name read right after a post stands: one that opens with a conjunction is
 * taken only when it ends its clause or list item, or the text names the person again.
 */
function standsAfterPost(s: string, at: number, len: number, names: SurnamelessNames): boolean {
  if (!inTable(CONJUNCTION_SURNAMES, s, at)) return true;
  return isClauseBreakAt(s, at + len) || names.namedAgain(at, at + len);
}

/** The verbs of attending, whose first units the meeting's cues note (出, 参, 会 of 到会指导). */
const ATTENDING_RE = /出席|参加|会指导/y;

/**
 * Bare names listed right before a verb of attending, the list opening its clause
 * (`。郜振川、祁晓岚出席会议`): every item a whole name with a surname, as read at its start.
 * `cues`: the places of the meeting's cue characters, which include 出 and 参.
 */
function attendingNames(s: string, cues: readonly number[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const p of cues) {
    const c = s.charCodeAt(p);
    // `到会指导`: a superior's team attends to guide; the verb starts at 到.
    const guides = c === 0x4f1a && s.charCodeAt(p - 1) === 0x5230; // 会, 到
    // `A、B等与会同志…`: those at the meeting, whatever the sentence goes on to say of them.
    const atMeeting = c === 0x4f1a && s.charCodeAt(p - 1) === 0x4e0e && s.charCodeAt(p - 2) === 0x7b49 && s.startsWith("同志", p + 1); // 会, 与, 等
    if (c !== 0x51fa && c !== 0x53c2 && !guides && !atMeeting) continue; // 出, 参
    ATTENDING_RE.lastIndex = p;
    const verb = guides || atMeeting ? p - 1 : p;
    if ((!atMeeting && !ATTENDING_RE.test(s)) || verb < 2 || isClauseBreakAt(s, verb - 1)) continue;
    const list: { start: number; end: number }[] = [];
    nameListBefore(s, attendanceLeadStart(s, verb), list);
    // A list read only in part (`企业家代表项天佑、鞠明远参加`) is someone else's.
    if (list.length === 0 || s[list[0].start - 1] === "、") continue;
    // `A、B等同志出席`: 同志 after the list vouches for every name in it, as for one.
    const comrades = s.startsWith("等同志", verb - 3) || atMeeting;
    let whole = true;
    for (const n of list) {
      if (!fullNameAt(s, n.start, n.end) && !comradeAt(s, n.start, n.end) && !(comrades && nameLengthAt(s, n.start) === n.end - n.start)) whole = false;
    }
    if (whole) out.push(...list);
  }
  return out;
}

/** Most characters of the place between a list and its attending (`在各市分会场`). */
const MAX_ATTENDED_PLACE = 16;

/**
 * Where the words between a bare list and its verb of attending begin: `分别`, the place it
 * attended from (`在主会场`, `在各市分会场`), or both (`A、B分别在各市分会场参加会议`);
 * `verb` itself when there are none.
 */
function attendanceLeadStart(s: string, verb: number): number {
  let k = verb;
  for (let j = verb - 1; j >= 0 && verb - j <= MAX_ATTENDED_PLACE; j--) {
    if (isClauseBreakAt(s, j)) break;
    if (s.charCodeAt(j) === 0x5728) { // 在
      k = j;
      break;
    }
  }
  return s.startsWith("分别", k - 2) ? k - 2 : k;
}

/**
 * A bare name that chairs with 由 before it (`会议由王建华主持`): a session's record often
 * gives no title to the deputy who chairs it. The frame is strict, and the name must be
 * whole (three units or more, or two with 同志), as for the attending list.
 * `cues`: the places of the meeting's cue characters, which include 主.
 */
function chairedByNames(s: string, cues: readonly number[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const p of cues) {
    if (s.charCodeAt(p) !== 0x4e3b || s.charCodeAt(p + 1) !== 0x6301) continue; // 主持
    const end = s.startsWith("同志", p - 2) ? p - 2 : p;
    for (let len = 2; len <= 4; len++) {
      const at = end - len;
      if (at < 1 || s.charCodeAt(at - 1) !== 0x7531) continue; // 由
      if (fullNameAt(s, at, end) || comradeAt(s, at, end)) out.push({ start: at, end });
      break;
    }
  }
  return out;
}

/**
 * Last units of the words for groups of people (`万余人`, `与会者`, `代表们`) and of places
 * (`王家村`), hardly ever of a name.
 */
const GROUP_WORD_LASTS = charTable("人名位们者员家众士方村庄屯寨镇乡区县市省厂站所");
/**
 * 民 ends words for people (`村民`, `农牧民`, `新市民`) and given names alike (`为民`, `建民`):
 * the word is known by the unit before 民.
 */
const PEOPLE_BEFORE_MIN = charTable("居村市农牧渔灾移网公股彩难选侨山贫乡镇县藏船岛果菜茶棉");

/**
 * A whole name of three units or more at `s[start, end)` (`郜振川`, `欧阳蔚`): with no post
 * to vouch for it, a two-unit word before 出席 is far more often a noun (居民, 游客) than a name.
 */
function fullNameAt(s: string, start: number, end: number): boolean {
  if (end - start < 3 || nameLengthAt(s, start) !== end - start || inTable(GROUP_WORD_LASTS, s, end - 1)) return false;
  return s.charCodeAt(end - 1) !== 0x6c11 || !inTable(PEOPLE_BEFORE_MIN, s, end - 2); // 民
}

/** A two-unit name with 同志 after it (`王芳同志`): the word vouches for a person, as three units do. */
function comradeAt(s: string, start: number, end: number): boolean {
  return end - start === 2 && s.startsWith("同志", end) && nameLengthAt(s, start) === 2;
}

/** Most characters between 等 and the label it qualifies (`等区四套班子领导`, `等县几个班子领导`). */
const LABEL_QUALIFIER = 5;

/** Where the list of names before the label at `at` ends (its 等), or -1 when none stands there. */
function listEndBeforeLabel(s: string, at: number): number {
  for (let k = at - 1; k >= 0 && at - 1 - k <= LABEL_QUALIFIER; k--) {
    if (s.charCodeAt(k) === 0x7b49) return k; // 等
    if (isClauseBreakAt(s, k)) return -1;
  }
  return -1;
}

/** Last units of the teams whose members a list names (`工作组`, `专班`, `督导队`, `考察团`). */
const TEAM_ENDS = charTable("组班队团");

/**
 * Where a whole name of three units that ends at `end` starts, when a team's name stands right
 * before it (`县工作专班刘彩云`); -1 otherwise.
 */
function teamMemberBefore(s: string, end: number): number {
  const at = end - 3;
  return at > 0 && inTable(TEAM_ENDS, s, at - 1) && fullNameAt(s, at, end) ? at : -1;
}

/** Names in a list that ends right before `end` (`A、B等市领导`), read backwards. */
function nameListBefore(s: string, end: number, out: { start: number; end: number }[]): void {
  let stop = end;
  const found: { start: number; end: number }[] = [];
  // `张德明、李春华等同志出席`: the list ends before 等同志.
  if (stop >= 5 && s.startsWith("等同志", stop - 3)) stop -= 3;
  // `贾宏宇、李思杰等参加`: and before 等 alone.
  else if (stop >= 3 && s.charCodeAt(stop - 1) === 0x7b49) stop -= 1; // 等
  for (;;) {
    // `张德明同志、李春华同志出席`: the name stands before its 同志.
    if (stop >= 4 && s.startsWith("同志", stop - 2)) stop -= 2;
    let st = stop;
    while (st > 0 && stop - st < 5 && !isClauseBreakAt(s, st - 1)) st--;
    const len = stop - st;
    if (len < 2 || len > 4 || (st > 0 && !isClauseBreakAt(s, st - 1))) {
      // `县督导组A、B等同志出席`: the team the list's members come from, right before its first.
      const team = teamMemberBefore(s, stop);
      if (team >= 0) found.push({ start: team, end: stop });
      break;
    }
    if (nameLengthAt(s, st) === 0 && !isNameCharAt(s, st)) break;
    if (isNotName(s.slice(st, stop))) break;
    found.push({ start: st, end: stop });
    if (s[st - 1] !== "、") break;
    stop = st - 1;
  }
  out.push(...found.reverse());
}

/**
 * All names found in one pass over the text, the longest name at each place first
 * (`李明华` before `李明`), however many officials there are: a list of thousands of
 * names must not make the page scan once per name.
 */
function findMentions(s: string, codes: Uint16Array, officials: FoundOfficial[]): void {
  if (officials.length === 0) return;
  const byName = new Map<string, FoundOfficial>();
  // The first unit, and the first two units hashed, of every name: a common surname
  // character (高, 全, 安 …) mostly starts other words, and these reject those without
  // building a string. The tables are shared between calls and cleared after use.
  const lengths = new Set<number>();
  for (const o of officials) {
    byName.set(o.key, o);
    MENTION_FIRSTS[o.key.charCodeAt(0)] = 1;
    setPair(o.key.charCodeAt(0), o.key.charCodeAt(1));
    lengths.add(o.key.length);
  }
  const lens = Array.from(lengths).sort((a, b) => b - a);
  const n = s.length;
  try {
    for (let i = 0; i < n; i++) {
      const c = codes[i];
      if (MENTION_FIRSTS[c] === 0 || !hasPair(c, codes[i + 1])) continue;
      for (const len of lens) {
        const o = byName.get(s.substr(i, len));
        if (o) {
          o.mentions.push({ start: i, end: i + len });
          i += len - 1;
          break;
        }
      }
    }
  } finally {
    for (const o of officials) MENTION_FIRSTS[o.key.charCodeAt(0)] = 0;
    MENTION_PAIRS.fill(0);
  }
}

const MENTION_FIRSTS = new Uint8Array(0x10000);
const MENTION_PAIRS = new Uint32Array(2048);
const pairHash = (a: number, b: number): number => (Math.imul(a, 0x9e37) + (b | 0)) & (MENTION_PAIRS.length * 32 - 1);
function setPair(a: number, b: number): void {
  const h = pairHash(a, b);
  MENTION_PAIRS[h >>> 5] |= 1 << (h & 31);
}
function hasPair(a: number, b: number): boolean {
  const h = pairHash(a, b);
  return (MENTION_PAIRS[h >>> 5] & (1 << (h & 31))) !== 0;
}

/**
 * A mask met beside a title (`县委书记***`) stands for the same person when it opens a
 * clause as the subject of a verb of the report (`***强调,…`, `***主持会议`): those are
 * mentions too, so that what the person says and does is theirs.
 */
function findMaskedSubjects(s: string, masked: FoundOfficial[], maskPlaces: readonly number[]): void {
  if (masked.length === 0) return;
  const byMask = new Map(masked.map((o) => [o.key, o]));
  const seen = new Set<number>();
  for (const o of masked) for (const m of o.mentions) seen.add(m.start);
  // The runs of mask characters (rare in a text) that open a clause.
  for (let k = 0; k < maskPlaces.length; ) {
    const at = maskPlaces[k];
    let end = at + 1;
    for (k++; k < maskPlaces.length && maskPlaces[k] === end; k++) end++;
    const o = isClauseBreakAt(s, at - 1) && !seen.has(at) && followWordAt(s, end) ? byMask.get(s.slice(at, end)) : undefined;
    if (o) o.mentions.push({ start: at, end });
  }
  for (const o of masked) o.mentions.sort((a, b) => a.start - b.start);
}

export interface OfficialsResult {
  officials: FoundOfficial[];
  /** Titles with no name after them (`市委书记在…上的讲话`), for unnamed speakers. */
  bareTitles: Title[];
}

/**
 * Length of the Party committee right before the name at `at` (`区委李伟光副书记`, as a
 * township page writes its leaders), the organ opening its clause; else 0. The post after
 * the name is that organ's.
 */
function partyOrganBefore(s: string, at: number): number {
  const m = PARTY_ORGAN_RE.exec(s.slice(Math.max(0, at - 3), at));
  if (m === null) return 0;
  for (let len = m[0].length; len >= 2; len--) if (introducesAt(s, at - len)) return len;
  return 0;
}

/** Where a name before its post may start: where any name may, or after its Party committee. */
function opensNameBeforePost(s: string, at: number): boolean {
  return introducesAt(s, at) || partyOrganBefore(s, at) > 0;
}

/** Whether a name may start at `at`: after a clause break, or a word that introduces a person. */
function introducesAt(s: string, at: number): boolean {
  if (at === 0 || isClauseBreakAt(s, at - 1) || inTable(TITLE_STOP_CHARS, s, at - 1)) return true;
  // `执法检查组成员葛天成(省人大常委会委员)`: a team's member named, the office in an aside.
  return TITLE_STOP_WORDS.endingAt(s, at) !== undefined || s.startsWith("成员", at - 2);
}

/**
 * The officials of one text as they are found, with the posts their titles are read from.
 * A class rather than closures made per text: see mention-lookup.ts.
 */
class Roster {
  readonly byKey = new Map<string, FoundOfficial>();
  private readonly postByEnd = new Map<number, number>();
  /** Each post's title start is needed up to three times; walk back once. */
  private readonly starts = new Map<number, number>();

  constructor(
    private readonly view: TextView,
    private readonly ignored: Set<string>,
    private readonly posts: readonly Span[],
  ) {
    for (let i = 0; i < posts.length; i++) this.postByEnd.set(posts[i].end, i);
  }

  /**
   * Where the last name read ends. A title walks back no further: a headline that runs two
   * leaders together (`省委书记A省长B`) gives B 省长, not A's name and office as well.
   */
  private nameFloor = 0;

  startOf(postStart: number): number {
    let t = this.starts.get(postStart);
    if (t === undefined) {
      t = titleStart(this.view.norm, postStart);
      if (t < this.nameFloor && this.nameFloor <= postStart) t = this.nameFloor;
      this.starts.set(postStart, t);
    }
    return t;
  }

  add(start: number, end: number, titles: Title[], masked = false): void {
    const view = this.view;
    const key = view.norm.slice(start, end);
    if (this.ignored.has(key)) return;
    let o = this.byKey.get(key);
    if (!o) {
      o = { key, name: view.kept.slice(start, end), titles: [], masked, mentions: [] };
      this.byKey.set(key, o);
    }
    for (const t of titles) {
      const text = (t.organ ? view.kept.slice(t.organ.start, t.organ.end) : "") + view.kept.slice(t.start, t.end);
      // `韦韬书记` after `市委书记韦韬` is the same office said short, not another title.
      if (!o.titles.some((have) => have.endsWith(text))) o.titles.push(text);
    }
    if (masked) o.mentions.push({ start, end });
    else if (end > this.nameFloor) this.nameFloor = end;
  }

  /**
   * The chain of titles joined by `、` that ends with the post at `p`. `beforeName`: the
   * chain stands before a name, where an office given by 为 is the person's before it
   * (`以市长A为组长、副市长B为副组长`: 组长 is A's, not B's).
   */
  titleChain(p: Span, beforeName = false): Title[] {
    const s = this.view.norm;
    // Built backwards, then turned: and no longer than any person's titles run, so that a
    // page of thousands of titles joined by 、 costs each post a bounded walk, not the page.
    const back: Title[] = [{ start: this.startOf(p.start), end: p.end }];
    while (back.length < MAX_CHAIN) {
      const first = back[back.length - 1];
      if (s[first.start - 1] !== "、") break;
      const prev = this.postByEnd.get(first.start - 1);
      if (prev === undefined) break;
      const start = this.startOf(this.posts[prev].start);
      if (beforeName && s.charCodeAt(start - 1) === 0x4e3a) break; // 为
      back.push({ start, end: this.posts[prev].end });
    }
    const chain = back.reverse();
    if (beforeName && s[chain[0].start - 1] === ",") {
      // `市委副书记、市长,市指挥部指挥长甘立峰`: a clause of nothing but titles before the comma
      // lists the person's government posts ahead of the leading-group ones.
      const prev = this.postByEnd.get(chain[0].start - 1);
      if (prev !== undefined) {
        const before = this.titleChain(this.posts[prev]);
        if (inTable(CLAUSE_OPENERS, s, before[0].start - 1) || before[0].start === 0) chain.unshift(...before);
      }
    }
    return chain;
  }
}

/** Most titles one person's chain holds (`中共中央政治局常委、国务院总理、…组长` has three). */
const MAX_CHAIN = 12;

keepShape(new Roster({ original: "", kept: "", norm: "", map: null, codes: new Uint16Array(0) }, new Set(), []));

export function findOfficials(
  view: TextView,
  extraNames: string[] = [],
  ignored: Set<string> = new Set(),
  extraTitles: string[] = [],
  landmarks: Pick<Landmarks, "posts" | "masks" | "labels"> & Partial<Pick<Landmarks, "cues">> = {
    posts: findPosts(view.norm),
    masks: positionsOf(view.norm, MASK_CHARS),
    labels: positionsOf(view.norm, "领"),
  },
  /** Names found where they stand (bare speakers, bare-speaker.ts): no search for them. */
  placedNames: readonly Span[] = [],
): OfficialsResult {
  const s = view.norm;
  const bareTitles: Title[] = [];
  // The user's own titles (options page) count as posts too.
  const posts = extraTitles.length ? landmarks.posts.slice() : landmarks.posts;
  for (const t of extraTitles) {
    if (!t) continue;
    for (let i = s.indexOf(t); i >= 0; i = s.indexOf(t, i + t.length)) posts.push({ start: i, end: i + t.length });
  }
  if (extraTitles.length) posts.sort((a, b) => a.start - b.start);
  const roster = new Roster(view, ignored, posts);
  const { byKey } = roster;

  const known = new Set<string>(extraNames);
  for (const n of placedNames) known.add(s.slice(n.start, n.end));
  const surnameless = new SurnamelessNames(s);
  const afterName: { start: number; end: number }[] = [];
  // Where the last titled name read ends: a title one separator after it is the next item
  // of a list.
  let listedEnd = -1;
  // Where the last name read after a post ends: a post inside it is part of the name
  // (`市委书记林长玉`: 林长, the forest chief, is the name's first two characters).
  let nameEnd = -1;

  for (let pi = 0; pi < posts.length; pi++) {
    const p = posts[pi];
    if (p.start < nameEnd || knownNameAt(s, p.start, known)) continue;
    // A mask right before or after the post: a withheld name.
    let mEnd = p.end;
    while (isMaskCharAt(s, mEnd)) mEnd++;
    const tStart = roster.startOf(p.start);
    let mStart = tStart;
    while (mStart > 0 && isMaskCharAt(s, mStart - 1)) mStart--;
    if (mEnd - p.end >= 2) {
      roster.add(p.end, mEnd, [{ start: tStart, end: p.end }], true);
      continue;
    }
    if (tStart - mStart >= 1 && (s[mStart] === "*" || tStart - mStart >= 2)) {
      roster.add(mStart, tStart, [{ start: tStart, end: p.end }], true);
      continue;
    }
    // A surname and 某 (`党委书记刘某`, `局长王某某`): a name withheld as a mask is.
    const sl = s.charCodeAt(p.end + 1) === 0x67d0 || s.charCodeAt(p.end + 2) === 0x67d0 ? surnameAt(s, p.end) : 0; // 某
    if (sl > 0 && s.charCodeAt(p.end + sl) === 0x67d0) {
      let end = p.end + sl;
      while (end < p.end + sl + 2 && s.charCodeAt(end) === 0x67d0) end++;
      // A case told in a warning conference gives the whole chain (`…局原党组成员、副局长王某`).
      roster.add(p.end, end, roster.titleChain(p, true), true);
      continue;
    }
    // Some pages set one space between title and name (`市委书记 吴俊清`).
    let at = s[p.end] === " " && s[p.end + 1] !== " " ? p.end + 1 : p.end;
    // A short aside between the title and the name qualifies the title, and is kept with it
    // (`副指挥长（兼办公室主任）冉冬青`, `副县长（挂职）`).
    const aside = s.charCodeAt(p.end) === 0x28 ? titleAsideEnd(s, p.end) : -1; // (
    if (aside > 0) at = aside;
    const candidacy = aside < 0 ? candidacyEnd(s, p.end) : -1;
    if (candidacy > 0) at = candidacy;
    let read = nameLengthAt(s, at);
    // A transliterated name whose first character is also a Han surname (`巴桑多吉`, `白玛央金`)
    // runs on past the three characters a Han name has, though the text repeats its first two
    // (`州长索南丹增` beside `才让索南`).
    // Mongolian names run to five or six (`乌兰其其格`): the longest such run that ends the name.
    if (read === 2 || read === 3) {
      for (let n = SURNAMELESS_LENGTHS[0]; n >= 4; n--) {
        if (transliterated(s, at, at + n) && (isClauseBreakAt(s, at + n) || followWordAt(s, at + n))) {
          read = n;
          break;
        }
      }
    }
    // The list item starts where the person's chain of titles does (`…,海南州委副书记、州长X`).
    const itemStart = read > 0 ? tStart : roster.titleChain(p, true)[0].start;
    const inList = itemStart > 0 && itemStart - 1 === listedEnd && LIST_SEPARATORS[s.charCodeAt(itemStart - 1)] === 1;
    const len = read > 0 ? (standsAfterPost(s, at, read, surnameless) ? read : 0) : surnameless.at(at, inList);
    if (len > 0) {
      const chain = withoutPrivateFirmPosts(s, roster.titleChain(p, true));
      if (chain.length === 0 || companyPostsOnly(s, chain) || formerOfficesOnly(s, chain)) continue;
      if (aside > 0 && chain[chain.length - 1].end === p.end && !PLACE_IN_PHOTO_RE.test(s.slice(p.end + 1, aside - 1))) {
        chain[chain.length - 1] = { start: chain[chain.length - 1].start, end: aside };
      }
      if (candidacy > 0 && chain[chain.length - 1].end === p.end) chain[chain.length - 1] = { start: chain[chain.length - 1].start, end: candidacy };
      roster.add(at, at + len, chain);
      known.add(s.slice(at, at + len));
      listedEnd = nameEnd = at + len;
      // One title shared by a list of names: `副主任陈曦、崔俊林`.
      if (s[at + len] === "、") {
        const list: { start: number; end: number }[] = [];
        nameListAt(s, at + len + 1, list);
        for (const n of list) {
          roster.add(n.start, n.end, chain);
          known.add(s.slice(n.start, n.end));
          listedEnd = n.end;
        }
      } else if (s[at + len] === ",") {
        for (const n of commaListAt(s, at + len + 1)) {
          roster.add(n.start, n.end, chain);
          known.add(s.slice(n.start, n.end));
          listedEnd = n.end;
        }
      }
    } else {
      // `市政协委员、江陵大学教授苏芷`: the office before the work unit is the person's.
      const described = s.charCodeAt(p.end) === 0x3001 ? describedOfficeHolder(s, p.end + 1, posts[pi + 1]) : -1; // 、
      const describedChain = described >= 0 ? roster.titleChain(p, true) : null;
      if (describedChain !== null) {
        // `…集团党委常委、副总经理X`: a company's posts are no public office.
        if (companyPostsOnly(s, describedChain)) continue;
        const n = nameLengthAt(s, described);
        roster.add(described, described + n, describedChain);
        known.add(s.slice(described, described + n));
        listedEnd = nameEnd = described + n;
      } else {
        afterName.push(p);
      }
    }
  }

  // Group labels with their lists; the label itself is no title.
  for (const label of groupLabels(s, landmarks.labels)) {
    const list: { start: number; end: number }[] = [];
    nameListAt(s, label.end + listLeadAt(s, label.end), list, true);
    const listEnd = listEndBeforeLabel(s, label.start);
    if (listEnd >= 0) nameListBefore(s, listEnd, list);
    for (const n of list) {
      roster.add(n.start, n.end, []);
      known.add(s.slice(n.start, n.end));
    }
  }

  // Names first met as a bare list attending (`郜振川、祁晓岚出席会议`): the leaders at a meeting.
  if (landmarks.cues) {
    for (const n of firstMentions(s, [...attendingNames(s, landmarks.cues), ...chairedByNames(s, landmarks.cues)])) {
      const name = s.slice(n.start, n.end);
      if (known.has(name)) continue;
      roster.add(n.start, n.end, []);
      known.add(name);
    }
  }

  // Posts after a name, read once the names given with titles are known.
  const who: Span[] = [];
  const givenNames = new Set<string>();
  for (const k of known) addGivenName(k, givenNames);
  for (const p of afterName) {
    // `晏书恒同志任…`, `任命骆茗为…局长`, `免去X的…职务`: the person stands before the office.
    if (closesFormula(s, p.end)) {
      const chain = roster.titleChain(p);
      who.length = 0;
      personnelNames(s, chain[0].start, p.end, introducesAt, known, who);
      if (who.length > 0) {
        for (const w of who) {
          roster.add(w.start, w.end, chain);
          known.add(s.slice(w.start, w.end));
          addGivenName(s.slice(w.start, w.end), givenNames);
        }
        continue;
      }
    }
    const post = s.slice(p.start, p.end);
    // `李伟光副书记`: the lexicon holds 副书记 whole; the post after a name is its base's.
    if (!POSTS_AFTER_NAME.has(post) && !(post.charCodeAt(0) === 0x526f && POSTS_AFTER_NAME.has(post.slice(1)))) { // 副
      bareTitles.push({ start: roster.startOf(p.start), end: p.end });
      continue;
    }
    // `李玉梅副县长`, `王某常务副市长`, `林某代市长`: the deputy or acting prefix stands
    // between name and post.
    const deputy = s.startsWith("常务副", p.start - 3) ? 3 : s[p.start - 1] === "副" || s[p.start - 1] === "代" ? 1 : 0;
    const nameEnd = p.start - deputy;
    const len = nameLengthBefore(s, nameEnd, opensNameBeforePost, known);
    const member = p.end - p.start === 2 && s.charCodeAt(p.start) === 0x59d4; // 委员
    // `利瑶县长`: a leader named in full before (`县长许利瑶`) called by given name and post,
    // no new person, though the given name opens with a surname.
    if (len > 0 && givenNames.has(s.slice(nameEnd - len, nameEnd))) {
      bareTitles.push({ start: roster.startOf(p.start), end: p.end });
      continue;
    }
    if (len > 0 && (!member || memberSpeaks(s, nameEnd - len, nameEnd, p.end))) {
      const organ = partyOrganBefore(s, nameEnd - len);
      roster.add(nameEnd - len, nameEnd, [{ start: nameEnd, end: p.end, organ: organ > 0 ? { start: nameEnd - len - organ, end: nameEnd - len } : undefined }]);
      known.add(s.slice(nameEnd - len, nameEnd));
      addGivenName(s.slice(nameEnd - len, nameEnd), givenNames);
    } else {
      bareTitles.push({ start: roster.startOf(p.start), end: p.end });
    }
  }

  // The user's names and the headline's are a handful; placed names may be many.
  for (const name of extraNames) {
    const at = name ? s.indexOf(name) : -1;
    if (at >= 0 && !byKey.has(name)) roster.add(at, at + name.length, []);
  }
  for (const n of placedNames) if (!byKey.has(s.slice(n.start, n.end))) roster.add(n.start, n.end, []);

  // Every occurrence of a known name is a mention; masks were recorded where found.
  const officials = Array.from(byKey.values());
  findMentions(s, view.codes, officials.filter((o) => !o.masked && o.key.length > 0));
  findMaskedSubjects(s, officials.filter((o) => o.masked && o.key.length >= 2), landmarks.masks);
  officials.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  return { officials, bareTitles };
}
