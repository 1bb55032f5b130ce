/**
 * The formulae of appointments and removals, where the office follows the person it is
 * given to or taken from:
 *
 *   晏书恒同志任岑阳市委委员、常委、副书记        a decision announced
 *   决定任命晏书恒为市人民政府副市长               a congress's or committee's decision
 *   免去祝海澄(同志)的市财政局局长职务               a removal
 *   凌子墨同志不再担任市委副书记、常委、委员职务     a removal announced
 *   会议决定任命:\n阙立明为市教育局局长;             a decision's list, one line each
 *   卫国强(副县长、县公安局局长)                       an aside after the name
 *
 * Each office is one the text gives that person (spec §1). The chain of titles must close
 * its clause or be followed by 职务: `提名为市长候选人` gives no office.
 */
import { isClauseBreakAt } from "./chars";
import { nameLengthBefore } from "./names";
import type { Span } from "./types";
import { WordIndex } from "./word-index";

/** Verbs after which `X为…` names the person appointed: `任命X为`, `决定X为`, `选举X为`. */
const APPOINTING = new WordIndex(["任命", "决定", "提名", "同意", "聘任", "推荐", "选举", "选任"]);
/** Verbs after which `X的…职务` names the person removed. */
const REMOVING = new WordIndex(["免去", "免除", "撤销"]);

type StartTest = (s: string, at: number) => boolean;

const afterAppointing: StartTest = (s, at) => APPOINTING.endingAt(s, at) !== undefined || listItemUnder(APPOINTING, s, at);
const afterRemoving: StartTest = (s, at) => REMOVING.endingAt(s, at) !== undefined || listItemUnder(REMOVING, s, at);

/**
 * Whether `at` opens a line of a list that a decision heads (`会议决定任命:` then one line
 * per person, `X为…局长;`): the line before ends with the heading's verb and a colon, or
 * with the `;` of the item before. The verb is what vouches for the name here.
 */
function listItemUnder(verbs: WordIndex, s: string, at: number): boolean {
  let k = at;
  while (k > 0 && (s.charCodeAt(k - 1) === 0x20 || s.charCodeAt(k - 1) === 0x3000)) k--;
  if (k === 0 || s.charCodeAt(k - 1) !== 0x0a) return false;
  k--;
  while (k > 0 && (s.charCodeAt(k - 1) === 0x0d || s.charCodeAt(k - 1) === 0x20)) k--;
  const mark = s.charCodeAt(k - 1);
  if (mark === 0x3b) return true; // ;
  return mark === 0x3a && verbs.endingAt(s, k - 1) !== undefined; // :
}
const never: StartTest = () => false;

/** Whether a chain of titles ending at `end` may close a formula: a clause ends there, or 职务 follows. */
export function closesFormula(s: string, end: number): boolean {
  return s.startsWith("职务", end) || (isClauseBreakAt(s, end) && s[end] !== "、");
}

/**
 * The person a personnel formula gives the chain of titles `s[chainStart, chainEnd)`, or
 * null. `introduces`: where an unknown name may start (a clause break, a word that
 * introduces a person); `known`: names the text has given titles elsewhere.
 */
export function personnelName(s: string, chainStart: number, chainEnd: number, introduces: StartTest, known: Set<string>): Span | null {
  if (!closesFormula(s, chainEnd)) return null;
  const before = s.charCodeAt(chainStart - 1);
  if (before === 0x4e3a) return nameBefore(s, chainStart - 1, afterAppointing, known); // 为
  if (before === 0x7684 && s.startsWith("职务", chainEnd)) return nameBefore(s, chainStart - 1, afterRemoving, known); // 的
  if (s.startsWith("担任", chainStart - 2)) {
    const end = s.startsWith("不再", chainStart - 4) ? chainStart - 4 : chainStart - 2;
    return nameBefore(s, end, introduces, known);
  }
  // `卫国强(副县长、县公安局局长)`: the offices in an aside right after the name.
  if (before === 0x28 && s.charCodeAt(chainEnd) === 0x29) return nameBefore(s, chainStart - 1, introduces, known); // ( )
  // `X同志任…`: bare 任 follows a name the text knows, or 同志.
  if (before === 0x4efb) return nameBefore(s, chainStart - 1, s.startsWith("同志", chainStart - 3) ? introduces : never, known); // 任
  return null;
}

/** The name ending at `end`, or before the 同志 that ends there. */
function nameBefore(s: string, end: number, startsAfter: StartTest, known: Set<string>): Span | null {
  const e = s.startsWith("同志", end - 2) ? end - 2 : end;
  const len = nameLengthBefore(s, e, startsAfter, known);
  return len > 0 ? { start: e - len, end: e } : null;
}
