/** Character classes shared by the stages, over the normalised (Simplified, half-width) view. */
import { isHan } from "./normalize";

export { isHan };

/** Characters that end a clause or separate items: nothing spans them. */
const CLAUSE_BREAK = new Set(",.;:!?。！？;:、()[]{}<>《》“”‘’\"'「」『』【】〔〕…—-_/|\\·•\n\r\t ".split(""));

export function isClauseBreak(ch: string | undefined): boolean {
  return ch === undefined || CLAUSE_BREAK.has(ch) || !isHan(ch.charCodeAt(0));
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

export function isNameChar(ch: string | undefined): boolean {
  return ch !== undefined && isHan(ch.charCodeAt(0)) && !NON_NAME.has(ch);
}

/** Mask characters that stand for a withheld name (`**市长`, `XX书记`, `×××`). */
export function isMaskChar(ch: string | undefined): boolean {
  return ch === "*" || ch === "×" || ch === "X" || ch === "x" || ch === "某" || ch === "○" || ch === "〇";
}

export function isSpace(ch: string | undefined): boolean {
  return ch === " " || ch === "\t" || ch === "\u3000" || ch === "\u00a0" || ch === "\r";
}
