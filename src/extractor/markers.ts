/**
 * The normative test: does a sentence prescribe action, in the voice of its speaker?
 *
 * Modal markers (要, 必须, 不得 …) prescribe by themselves. Action verbs that such texts use
 * in the imperative (加强, 落实, 确保 …) prescribe too, unless the sentence reads as
 * narrative of past work or as assessment (以来, 已经, 取得 …): the same verbs describe
 * what was done. Markers inside quotes are the quoted slogan's, not the speaker's.
 */

/** Words in which 要 is no modal: 重要, 主要, 要求 (the attribution verb, or a noun) … */
const NOT_MODAL_YAO = ["重要", "主要", "要求", "要点", "纲要", "摘要", "要闻", "要素", "要害", "必要", "只要", "要么", "要是", "首要", "紧要", "简要", "概要", "提要", "要务", "要地", "要职", "要员", "要件", "政要", "机要", "扼要", "要领", "要塞", "需要", "要案"];

const MODALS = ["必须", "务必", "务求", "须", "应当", "应该", "不得", "严禁", "禁止", "一律", "不能", "决不", "绝不", "切勿", "不准", "不许", "亟需", "亟须", "一定要", "千万"];

const ACTIONS = [
  "坚决", "严格", "确保", "切实", "严防", "全力", "坚持", "加强", "强化", "落实", "推动", "推进", "加快", "做好", "抓好", "抓实",
  "抓细", "抓紧", "抓住", "筑牢", "压实", "压紧", "扛牢", "扛起", "夯实", "建立", "健全", "完善", "提升", "提高", "规范", "统筹",
  "深入", "扎实", "及时", "进一步", "全面", "着力", "积极", "主动", "牢牢", "守牢", "守好", "守住", "织密", "紧盯",
  "盯紧", "聚焦", "狠抓", "真抓实干", "从严", "严把", "严密", "高度重视", "防止", "杜绝", "避免", "力争", "争取", "保障", "保持",
  "加大", "优化", "精准", "毫不动摇", "牢固树立", "增强", "发挥", "用好", "管好", "把好", "把牢", "落细", "贯彻", "加严", "坚定",
  "务实", "强力", "全过程", "千方百计", "不折不扣", "认真", "尽快", "迅速", "果断", "加速", "细化", "抓细抓实",
];

/** Narrative or assessment: what happened or how things stand, not what must be done. */
const NARRATIVE = ["以来", "已经", "已完成", "已有", "已于", "已在", "正在", "先后", "经过", "取得", "得到", "呈现", "面临", "存在", "目前", "当前", "仍然", "依然", "迅速响应", "成立了"];

/** 了 that marks a completed action, rather than 了 in 了解, 为了, 除了 …. */
function hasPerfectiveLe(s: string): boolean {
  for (let i = s.indexOf("了"); i >= 0; i = s.indexOf("了", i + 1)) {
    const prev = s[i - 1];
    const next = s[i + 1];
    if (next === "解" || next === "结" || next === "如") continue;
    if (prev === "为" || prev === "除" || prev === "不" || prev === "罢" || prev === "明") continue;
    return true;
  }
  return false;
}

// `不及时`, `没压实`: a marker negated describes a shortcoming, it orders nothing.
const NEGATIONS = ["未", "没", "不够", "尚未", "不"];

function findWord(s: string, words: readonly string[], skip: (i: number) => boolean): boolean {
  for (const w of words) {
    for (let i = s.indexOf(w); i >= 0; i = s.indexOf(w, i + 1)) {
      if (!skip(i, w)) return true;
    }
  }
  return false;
}

export interface NormativeVerdict {
  modal: boolean;
  action: boolean;
  narrative: boolean;
}

/** Masks the quoted parts of [from, to) so markers inside quotes are not counted. */
function quoted(s: string): (i: number) => boolean {
  const to = s.length;
  let ranges: number[] | null = null;
  let depth = 0;
  let open = 0;
  for (let i = 0; i < to; i++) {
    const ch = s[i];
    if (ch === "“" || ch === "「" || ch === "『") {
      if (depth === 0) open = i;
      depth++;
    } else if ((ch === "”" || ch === "」" || ch === "』") && depth > 0) {
      depth--;
      if (depth === 0) (ranges ??= []).push(open, i);
    }
  }
  if (depth > 0) (ranges ??= []).push(open, to);
  if (!ranges) return () => false;
  const r = ranges;
  return (i) => {
    for (let k = 0; k < r.length; k += 2) if (i > r[k] && i < r[k + 1]) return true;
    return false;
  };
}

/** The verdict on one sentence (or the part of it after its attribution lead-in). */
export function normative(s: string): NormativeVerdict {
  const inQuote = quoted(s);
  let modal = false;
  for (let i = s.indexOf("要"); i >= 0 && !modal; i = s.indexOf("要", i + 1)) {
    if (inQuote(i)) continue;
    let excluded = false;
    for (const w of NOT_MODAL_YAO) {
      const at = w.indexOf("要");
      if (s.startsWith(w, i - at)) {
        excluded = true;
        break;
      }
    }
    if (!excluded) modal = true;
  }
  // `不准确` is "inaccurate", not "not allowed".
  if (!modal) modal = findWord(s, MODALS, (i) => inQuote(i) || (s.startsWith("不准", i) && s[i + 2] === "确"));
  const action = findWord(s, ACTIONS, (i) => {
    if (inQuote(i)) return true;
    for (const n of NEGATIONS) if (s.startsWith(n, i - n.length)) return true;
    return false;
  });
  const narrative = findWord(s, NARRATIVE, () => false) || hasPerfectiveLe(s);
  return { modal, action, narrative };
}

/** Enumerated points (`一是…`, `二要…`, `①…`) open with their order; in a speaker's voice they are orders. */
const ENUM_RE = /^(?:[一二三四五六七八九十]{1,3}(?:是|要|要是)|[①-⑳]|第[一二三四五六七八九十]{1,3}[,、是])/;

export function opensWithEnumeration(s: string): boolean {
  if (ENUM_RE.test(s)) return true;
  // `盯紧“重点场所”:一是…`: an enumeration right after a lead phrase and colon.
  const colon = s.indexOf(":");
  return colon >= 0 && colon < 30 && ENUM_RE.test(s.slice(colon + 1, colon + 7));
}
