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

export function isClauseBreak(ch: string | undefined): boolean {
  return ch === undefined || ch.length === 0 || BREAK_TABLE[ch.charCodeAt(0)] === 1;
}

/**
 * Characters that (almost) never stand in a given name: particles, and the organ and post
 * characters of titles. They tell where a name ends when text runs on without a break.
 * Characters that are both words and common in names (和, 向, 有, 之, 为 …) are left out:
 * the follow words decide those.
 */
const NON_NAME = new Set(
  "的了在是把被将从给与及等也都并又还就即但而或这那我你他她它们要会各每该此些个省市县区镇乡委局部厅办院组室处科所站记任员席议领导副务对不没说已".split(""),
);

const NAME_TABLE = (() => {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if (isHan(c)) t[c] = 1;
  for (const ch of NON_NAME) t[ch.charCodeAt(0)] = 0;
  return t;
})();

export function isNameChar(ch: string | undefined): boolean {
  return ch !== undefined && ch.length > 0 && NAME_TABLE[ch.charCodeAt(0)] === 1;
}

/** Mask characters that stand for a withheld name (`**市长`, `XX书记`, `×××`). */
export function isMaskChar(ch: string | undefined): boolean {
  return ch === "*" || ch === "×" || ch === "X" || ch === "x" || ch === "某" || ch === "○" || ch === "〇";
}

export function isSpace(ch: string | undefined): boolean {
  return ch === " " || ch === "\t" || ch === "\u3000" || ch === "\u00a0" || ch === "\r";
}
