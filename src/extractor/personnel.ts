/**
 * The formulae of appointments and removals, where the office follows the person it is
 * given to or taken from:
 *
 *   晏书恒同志任岑阳市委委员、常委、副书记        a decision announced
 *   决定任命晏书恒为市人民政府副市长               a congress's or committee's decision
 *   免去祝海澄(同志)的市财政局局长职务               a removal
 *   凌子墨同志不再担任市委副书记、常委、委员职务     a removal announced
 *   会议决定任命:\n阙立明为市教育局局长;             a decision's list, one line each
 *   任命A为…主任,B为…局长                               an inline list
 *   接受程远山辞去…副市长职务的请求                    a resignation
 *   任命A、B为…审判员; A当选为…                          several names; an election
 *   卫国强(副县长、县公安局局长)                       an aside after the name
 *
 * Each office is one the text gives that person (spec §1). The chain of titles must close
 * its clause or be followed by 职务: `提名为市长候选人` gives no office.
 */
import { isClauseBreakAt } from "./chars";
import { nameLengthBefore } from "./names";
import { ENDS_WITH_POST_RE } from "./offices";
import type { Span } from "./types";
import { WordIndex } from "./word-index";

/** Verbs after which `X为…` names the person appointed: `任命X为`, `决定X为`, `选举X为`. */
const APPOINTING = new WordIndex(["任命", "决定", "提名", "同意", "聘任", "推荐", "选举", "选任", "补选", "增选"]);
/** Verbs after which `X的…职务` names the person removed. */
const REMOVING = new WordIndex(["免去", "免除", "撤销"]);

type StartTest = (s: string, at: number) => boolean;

const afterAppointing: StartTest = (s, at) => APPOINTING.endingAt(s, at) !== undefined || itemOfList(s, at, APPOINTING, endsWithPost);
const afterRemoving: StartTest = (s, at) => REMOVING.endingAt(s, at) !== undefined || itemOfList(s, at, REMOVING, endsWithDuties);

const endsWithPost = (s: string, end: number): boolean => ENDS_WITH_POST_RE.test(s.slice(Math.max(0, end - MAX_POST), end));
const endsWithDuties = (s: string, end: number): boolean => s.startsWith("职务", end - 2);
/** Characters a post's ending is read in (`党组副书记`, `主任委员`). */
const MAX_POST = 5;

const isBlankUnit = (c: number): boolean => c === 0x20 || c === 0x3000 || c === 0x0a || c === 0x0d;

/**
 * Whether `at` opens an item of a list that a decision heads, one person an item: inline
 * (`任命A为…主任,B为…局长`, `任命:A为…;B为…`) or a line each (`会议决定任命:` then
 * `A为…局长;` on the next line). Right before it stand the heading's verb and a colon, or
 * the item before it, which ends as such an item does (`itemEnds`: a post, or 职务) with
 * a `,` or `;`. The verb, at the head of the list, is what vouches for each name.
 */
function itemOfList(s: string, at: number, verbs: WordIndex, itemEnds: (s: string, end: number) => boolean): boolean {
  let k = at;
  while (k > 0 && isBlankUnit(s.charCodeAt(k - 1))) k--;
  const mark = s.charCodeAt(k - 1);
  if (mark === 0x3a) return verbs.endingAt(s, k - 1) !== undefined; // :
  return (mark === 0x3b || mark === 0x2c) && itemEnds(s, k - 1); // ; ,
}
const never: StartTest = () => false;
/** The names of a list before the office (`任命A、B为…审判员`): each after a `、`. */
const appointingOrListed: StartTest = (s, at) => s.charCodeAt(at - 1) === 0x3001 || afterAppointing(s, at);
const removingOrListed: StartTest = (s, at) => s.charCodeAt(at - 1) === 0x3001 || afterRemoving(s, at);
/** Most names read in one list before an office. */
const MAX_LISTED = 30;

/**
 * Whether a chain of titles ending at `end` may close a formula: a clause ends there, or 职务
 * follows, or the motion or decision that carries it (`任命X为…副院长的议案`).
 */
export function closesFormula(s: string, end: number): boolean {
  return s.startsWith("职务", end) || (isClauseBreakAt(s, end) && s[end] !== "、") || s.startsWith("的议案", end) || s.startsWith("的决定", end);
}

/**
 * The people a personnel formula gives the chain of titles `s[chainStart, chainEnd)`, pushed
 * to `out` (none, one, or a list: `任命A、B为…`). `introduces`: where an unknown name may
 * start (a clause break, a word that introduces a person); `known`: names the text has given
 * titles elsewhere.
 */
export function personnelNames(s: string, chainStart: number, chainEnd: number, introduces: StartTest, known: Set<string>, out: Span[]): void {
  if (!closesFormula(s, chainEnd)) return;
  const before = s.charCodeAt(chainStart - 1);
  if (before === 0x4e3a) {
    // 为
    // `X当选为…`: elected, the name before 当选.
    if (s.startsWith("当选", chainStart - 3)) electedBefore(s, chainStart - 3, introduces, known, out);
    else listBefore(s, chainStart - 1, afterAppointing, appointingOrListed, known, out);
    return;
  }
  if (before === 0x7684 && s.startsWith("职务", chainEnd)) return listBefore(s, chainStart - 1, afterRemoving, removingOrListed, known, out); // 的
  if (s.startsWith("担任", chainStart - 2)) {
    const end = s.startsWith("不再", chainStart - 4) ? chainStart - 4 : chainStart - 2;
    return pushName(s, nameBefore(s, end, introduces, known), out);
  }
  // `X当选…`, `接受X辞去…职务的请求`: elected, or a resignation, the office taken from him.
  if (s.startsWith("当选", chainStart - 2)) return electedBefore(s, chainStart - 2, introduces, known, out);
  if (s.startsWith("辞去", chainStart - 2) && s.startsWith("职务", chainEnd)) {
    return pushName(s, nameBefore(s, chainStart - 2, introduces, known), out);
  }
  // `卫国强(副县长、县公安局局长)`: the offices in an aside right after the name.
  if (before === 0x28 && s.charCodeAt(chainEnd) === 0x29) return pushName(s, nameBefore(s, chainStart - 1, introduces, known), out); // ( )
  // `X同志任…`: bare 任 follows a name the text knows, or 同志.
  if (before === 0x4efb) pushName(s, nameBefore(s, chainStart - 1, s.startsWith("同志", chainStart - 3) ? introduces : never, known), out); // 任
}

/**
 * The people elected before `当选` ending at `end`: one, or a list (`A、B、C当选副乡长`), the
 * first where a name may start. Rare (an election's report), so the test is made per call.
 */
function electedBefore(s: string, end: number, introduces: StartTest, known: Set<string>, out: Span[]): void {
  const listedOrIntroduced: StartTest = (t, at) => t.charCodeAt(at - 1) === 0x3001 || introduces(t, at);
  listBefore(s, end, introduces, listedOrIntroduced, known, out);
}

function pushName(s: string, name: Span | null, out: Span[]): void {
  if (name) out.push(name);
}

/**
 * The names ending at `end`, one or a list joined by `、` (`任命A、B为`), each maybe with
 * 同志: the first must start where `startsAfter` says or be known, the others after a `、`.
 */
function listBefore(s: string, end: number, startsAfter: StartTest, startsOrListed: StartTest, known: Set<string>, out: Span[]): void {
  const from = out.length;
  let e = end;
  for (let n = 0; n < MAX_LISTED; n++) {
    const name = nameBefore(s, e, startsOrListed, known);
    if (!name) break;
    out.push(name);
    if (s.charCodeAt(name.start - 1) === 0x3001) {
      e = name.start - 1; // 、
      continue;
    }
    if (startsAfter(s, name.start) || known.has(s.slice(name.start, name.end))) return;
    break;
  }
  out.length = from;
}
/** The name ending at `end`, or before the 同志 that ends there. */
function nameBefore(s: string, end: number, startsAfter: StartTest, known: Set<string>): Span | null {
  const e = s.startsWith("同志", end - 2) ? end - 2 : end;
  const len = nameLengthBefore(s, e, startsAfter, known);
  return len > 0 ? { start: e - len, end: e } : null;
}
