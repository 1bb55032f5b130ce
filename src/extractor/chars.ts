/** Character classes shared by the stages, over the normalised (Simplified, half-width) view. */
import { isHan } from "./normalize";

export { isHan };

/**
 * Characters that end a clause or separate items: punctuation, and anything not Han.
 * A table over all UTF-16 units, because title and name scans ask this at every step.
 */
const BREAK_TABLE = (() => {
  const t = new Uint8Array(0x10000).fill(1);
  for (let c = 0; c < 0x10000; c++) if (isHan(c)) t[c] = 0;
  return t;
})();

/**
 * Whether `s[i]` ends a clause; outside the text counts as a break. Asked by position, as
 * are the tests below: indexing a string with a Han character builds a new one-character
 * string each time, and these run at almost every step of the scans.
 */
export function isClauseBreakAt(s: string, i: number): boolean {
  return i < 0 || i >= s.length || BREAK_TABLE[s.charCodeAt(i)] === 1;
}

/**
 * Characters that (almost) never stand in a given name: particles, and the organ and post
 * characters of titles. They tell where a name ends when text runs on without a break.
 * Characters that are both words and common in names (和, 向, 有, 之, 为 …) are left out:
 * the follow words decide those. 网 ends the names of sites (`郑州长安网` is no 州长 安网).
 */
const NON_NAME = new Set(
  "的了在是把被将从给与及等也都并又还就即但而或这那我你他她它们要各每该此些个省市县区镇乡委局部厅办院组室处科所站记任员席议领导副务对不没说已网".split(""),
);

const NAME_TABLE = (() => {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if (isHan(c)) t[c] = 1;
  for (const ch of NON_NAME) t[ch.charCodeAt(0)] = 0;
  return t;
})();

export function isNameCharAt(s: string, i: number): boolean {
  return i >= 0 && i < s.length && NAME_TABLE[s.charCodeAt(i)] === 1;
}

/** Mask characters that stand for a withheld name (`**市长`, `XX书记`, `×××`). */
export const MASK_CHARS = "*×Xx某○〇";
const MASK_TABLE = charTable(MASK_CHARS);

export function isMaskCharAt(s: string, i: number): boolean {
  return i >= 0 && i < s.length && MASK_TABLE[s.charCodeAt(i)] === 1;
}

/** An ASCII digit. */
export const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** A membership table over all UTF-16 units for a set of characters. */
export function charTable(chars: string): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (let k = 0; k < chars.length; k++) t[chars.charCodeAt(k)] = 1;
  return t;
}

/** Whether `s[i]` is in `table` (from `charTable`); false outside the text. */
export function inTable(table: Uint8Array, s: string, i: number): boolean {
  return i >= 0 && i < s.length && table[s.charCodeAt(i)] === 1;
}

/**
 * Places of any of `chars` in `s`, in order: what `findLandmarks` notes in its pass, for a
 * stage called on its own.
 */
export function positionsOf(s: string, chars: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) if (chars.includes(s[i])) out.push(i);
  return out;
}
