/**
 * The normative test: does a sentence prescribe action, in the voice of its speaker?
 *
 * Modal markers (要, 必须, 不得 …) prescribe by themselves. Action verbs that such texts use
 * in the imperative (加强, 落实, 确保 …) prescribe too, unless the sentence reads as
 * narrative of past work or as assessment (以来, 已经, 取得 …): the same verbs describe
 * what was done. Markers inside quotes are the quoted slogan's, not the speaker's.
 */
import { SPEECH_VERB_FIRSTS, speechVerbMayStartWith } from "./attribution";
import { charTable, inTable, isClauseBreakAt } from "./chars";
import { WordIndex } from "./word-index";

/**
 * 要 and 应 alone are modals (`各区县应于月底前完成`), but most words that hold them are
 * not: 重要, 主要, 要求 (the attribution verb, or a noun), 应急, 相应, 供应 …
 */
const NOT_MODAL_BARE = [
  "应急", "应对", "应用", "应届", "应聘", "应邀", "应收", "应付", "应酬", "应变", "应季", "应试", "应征", "应战", "应声",
  "应运", "应验", "应答", "应和", "应景", "相应", "响应", "适应", "供应", "反应", "对应", "答应", "回应", "呼应", "感应",
  "效应", "顺应", "照应", "内应", "报应",
  "重要", "主要", "要求", "要点", "纲要", "摘要", "要闻", "要素", "要害", "必要", "只要", "要么", "要是", "首要", "紧要",
  "简要", "概要", "提要", "要务", "要地", "要职", "要员", "要件", "政要", "机要", "扼要", "要领", "要塞", "需要", "要案",
  // What is about to come, no order: `十七大将要召开`, `春节就要到了`, `汛期快要来临`.
  "将要", "快要", "要到了", "要来了",
  // A hedge before a verdict (`应当说大家都做了很多工作`), no order: see hedgeAt.
  "应当说", "应该说",
];

const MODALS = ["必须", "务必", "务求", "须", "应当", "应该", "不得", "严禁", "禁止", "一律", "不能", "决不", "绝不", "切勿", "不准", "不许", "亟需", "亟须", "一定要", "千万",
  // Spun text's 必须 (`必需时刻绷紧防汛这根弦`); not 必需品.
  "必需",
  // `防控不可松懈`, `口罩不可以轻易摘除`: as 不能; not where it makes an adjective (see
  // NOT_FORBIDDING_AFTER).
  "不可"];

/**
 * What follows 不可 in the adjectives it makes (不可能, 不可或缺, 不可替代, 密不可分, 必不可少,
 * 不可逾越, 势不可挡, 坚不可摧, 牢不可破, 不可忽视 …).
 */
const NOT_FORBIDDING_AFTER = charTable("能或替估逆思避否阻磨多分收抗缺言测信控比想少开胜一及得靠复逾挡遏侵动撼谓名再见知理救限小忽低战攻破摧");

const ACTIONS = [
  "坚决", "严格", "确保", "切实", "严防", "全力", "坚持", "加强", "强化", "落实", "推动", "推进", "加快", "做好", "抓好", "抓实",
  "抓细", "抓紧", "抓住", "筑牢", "压实", "压紧", "扛牢", "扛起", "夯实", "建立", "健全", "完善", "提升", "提高", "规范", "统筹",
  "深入", "扎实", "及时", "进一步", "全面", "着力", "积极", "主动", "牢牢", "守牢", "守好", "守住", "织密", "紧盯",
  "盯紧", "聚焦", "狠抓", "真抓实干", "从严", "严把", "严密", "高度重视", "防止", "杜绝", "避免", "力争", "争取", "保障", "保持",
  "加大", "优化", "精准", "毫不动摇", "牢固树立", "增强", "发挥", "用好", "管好", "把好", "把牢", "落细", "贯彻", "加严", "坚定",
  "务实", "强力", "全过程", "千方百计", "不折不扣", "认真", "尽快", "迅速", "果断", "加速", "细化", "抓细抓实", "大力", "深化",
  // Spun text's 做好, 严格, 确保 and 及时 (`搞好人员出入管理`, `严苛执行…`, `保证温暖过冬`,
  // `第一时间发放`).
  "搞好", "严苛", "保证", "第一时间",
  // Spun text's 切实 (`真正绷紧疫情防控这根弦`); not the adjective `真正的`.
  "真正",
  // Sanctions ordered for a breach (`对…的,依规依纪严肃追责问责`): the speaker's warning, in the
  // imperative as 从严 is; done, they take 了 or 已 (`已严肃处理3人`) and read as narrative.
  "严肃追责", "严肃问责", "严肃处理", "严肃查处", "依规依纪", "依纪依规", "依法依规",
];

/** Narrative or assessment: what happened or how things stand, not what must be done. */
const NARRATIVE = ["以来", "年来", "去年", "过去一年", "明显", "显著", "成效", "成绩", "良好开局", "已经", "已完成", "已有", "已于", "已在", "正在", "先后", "经过", "取得", "得到", "呈现", "面临", "存在", "目前", "当前", "仍然", "依然", "迅速响应", "成立了",
  // Statistics and the stock phrases of assessment.
  "同比", "进展顺利", "意义重大",
  // `具有重大而深远的意义` and its like, however the weight is worded: see `weighsMeaning`.
  "具有", "具有重要意义", "具有重大意义", "具有十分重要的意义", "具有十分重要意义", "具有重要的意义", "具有重大的意义", "具有非常重要的意义", "具有深远意义", "具有重大现实意义", "具有重要现实意义", "意义深远", "责任重大", "使命光荣", "任务艰巨", "任务繁重",
  // How work stands (`城市更新工作总体推进有序`), said with an action verb inside.
  "推进有序", "进展有序", "总体平稳", "运行平稳", "总体向好", "稳中向好",
  // An inspector's verdict on the work seen (`各项防控措施总体落实到位`, `市委、市政府高度重视…`):
  // its action verbs tell how the work stands.
  "总体落实", "基本落实", "落实有力", "总体到位", "基本到位",
  "省委高度重视", "市委高度重视", "县委高度重视", "区委高度重视", "党委高度重视", "政府高度重视",
  // The outcome of an evaluation, reported (`经综合考评,4个乡镇评定为“好”等次`).
  "评定为", "评为", "获评", "荣获",
  // Work done in a time gone by, and its running totals (`前一阶段,各村坚持连续作战…`,
  // `上周,全镇组织核酸采样2.1万人次,严格落实…`, `累计排查…`): a report of the past, however
  // imperative its verbs.
  "前一阶段", "前段时间", "前一段时间", "此前", "这一年中", "这一年里", "过去的一年", "上周", "上个月", "上月", "连日来", "累计",
  // The lesson drawn from work done (`实践证明,只有坚持…,才能…`): a verdict, however
  // imperative the verbs it cites; a modal after it still orders.
  "实践证明,", "事实证明,", "实践表明,", "事实表明,",
  // 已 before the preposition that opens its verb phrase (`各地已为居家隔离人员建立健康台账`,
  // `已对…开展排查`): the work is done, as `已建立` is (see DONE_BEFORE_OBJECT).
  "已为", "已对", "已向", "已将", "已把", "已按", "已与", "已给", "已从"];

/**
 * 已 and a preposition name what is done, unless a 的 follows in the clause: then they
 * describe the people or things an order is about (`对已向社区报备的人员,严格落实健康监测`).
 */
const DONE_BEFORE_OBJECT = new Set(["已为", "已对", "已向", "已将", "已把", "已按", "已与", "已给", "已从"]);

/**
 * 当前 and 目前 open an assessment (`当前,形势依然复杂`), but after a verb or a preposition
 * they qualify the work an order names (`扎实做好当前各项工作`, `与当前工作结合`,
 * `在当前形势下`, `立足当前`): no report of how things stand.
 */
const NOW_WORDS = new Set(["当前", "目前"]);
const NOW_AS_OBJECT_AFTER = charTable("好实在与和及对把于足眼顾住为合握清");

/** Whether a 的 follows `from` within its clause: the words before it qualify a noun. */
function qualifiesNoun(s: string, from: number, end: number): boolean {
  for (let j = from; j < end; j++) {
    if (inTable(CLAUSE_ENDS, s, j)) return false;
    if (s.charCodeAt(j) === 0x7684) return true; // 的
  }
  return false;
}

/**
 * Forecasts and weighings (`预计…将保持…`, `做好…工作,事关…利益`): they say how things will
 * go or what a task weighs, and the action verbs beside them order nothing. Unlike narrative
 * they leave the speaker's turn running, as an order may follow in the same paragraph; each
 * counts only where it is the clause's predicate (see `weighsOrForecasts`). They are looked
 * for only in a sentence that an action verb alone would make an order (`assessmentIn`),
 * not in the scan below: their first units (预, 事, 关) are common, and reading them at
 * every sentence cost that scan a measurable share of its time.
 */
const ASSESSMENT = ["预计", "事关", "关系到", "关系着", "关乎"];
const ASSESSMENT_FIRSTS = charTable("预事关");
const assessmentIndex = new WordIndex(ASSESSMENT);

const NEGATIONS = new WordIndex(["未", "没", "不够", "尚未", "不"]);
const modalIndex = new WordIndex(MODALS);
const actionIndex = new WordIndex(ACTIONS);
const narrativeIndex = new WordIndex(NARRATIVE);
const notModalIndex = new WordIndex(NOT_MODAL_BARE);

/** The verdict as bits, as the scan returns it (no object per sentence). */
export const IS_MODAL = 1;
export const IS_ACTION = 2;
export const IS_NARRATIVE = 4;
/** Set with IS_MODAL when its only modals are words of resolve (决不, 绝不): see `pledgeIn`. */
export const IS_RESOLVE_ONLY = 8;

/**
 * 决不 and 绝不 order others (`决不能让…`), and in a pledge they are the speaker's own resolve
 * (`将…,决不辜负组织重托`): they count as modals unless the span is a pledge.
 */
const RESOLVE = new Set(["决不", "绝不"]);

/** `应当说`, `应该说`: "it must be said", a speaker's hedge before a verdict, no order. */
function hedgeAt(s: string, m: string, i: number): boolean {
  return (m === "应当" || m === "应该") && s.charCodeAt(i + 2) === 0x8bf4; // 说
}

/**
 * 决不 and 绝不 before a copula judge, they order nothing: `绝不意味着可以放松`, `决不是
 * 小事`, `绝不等于无风险`.
 */
function judgesAfterResolve(s: string, at: number): boolean {
  return s.startsWith("意味", at) || s.startsWith("等于", at) || s.charCodeAt(at) === 0x662f; // 是
}

// One table says which units can matter at all, so most characters cost one lookup.
const MODAL = 1, ACTION = 2, NARRATIVE_CUE = 4, BARE_MODAL = 8, LE = 16, OPEN_Q = 32, CLOSE_Q = 64, SPEECH = 128;
const interesting = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (SPEECH_VERB_FIRSTS[c] !== 0) interesting[c] = SPEECH;
modalIndex.markFirsts(interesting, MODAL);
actionIndex.markFirsts(interesting, ACTION);
narrativeIndex.markFirsts(interesting, NARRATIVE_CUE);
interesting[0x8981] |= BARE_MODAL; // 要
interesting[0x5e94] |= BARE_MODAL; // 应
interesting[0x4e86] |= LE; // 了
for (const c of [0x201c, 0x300c, 0x300e]) interesting[c] |= OPEN_Q; // “ 「 『
// The first two units of every marker word, hashed: the first units alone (一, 不, 全, 发 …)
// are among the commonest characters, and most of their places start no marker.
const MARKER_PAIRS = new Uint32Array(2048);
const pairHash = (a: number, b: number): number => (Math.imul(a, 0x9e37) + (b | 0)) & (MARKER_PAIRS.length * 32 - 1);
const SINGLE_MARKER = new Uint8Array(0x10000);
for (const w of [...MODALS, ...ACTIONS, ...NARRATIVE]) {
  if (w.length === 1) SINGLE_MARKER[w.charCodeAt(0)] = 1;
  else {
    const h = pairHash(w.charCodeAt(0), w.charCodeAt(1));
    MARKER_PAIRS[h >>> 5] |= 1 << (h & 31);
  }
}
const WORD_CUES = MODAL | ACTION | NARRATIVE_CUE;
for (const c of [0x201d, 0x300d, 0x300f]) interesting[c] |= CLOSE_Q; // ” 」 』

/** Characters that make 正 part of a word (真正落实, 公正, 纠正, 端正) rather than the progressive. */
const NOT_PROGRESSIVE_BEFORE = charTable("真公纠端改严修校矫更方刚反立指辨扶");

/** 了 that marks a completed action, rather than 了 in 了解, 为了, 除了 …. */
const NOT_PERFECTIVE_AFTER = charTable("解结如望");
const NOT_PERFECTIVE_BEFORE = charTable("为除不罢明");
/** Verbs in 明 whose 了 is perfective after all: `指明了方向`, `说明了`, `表明了`, not `明了`. */
const VERB_BEFORE_MING = charTable("指说表证阐讲查标注");
function perfectiveLe(s: string, i: number, start: number): boolean {
  if (inTable(NOT_PERFECTIVE_AFTER, s, i + 1)) return false;
  if (!(i > start && inTable(NOT_PERFECTIVE_BEFORE, s, i - 1))) return true;
  return s.charCodeAt(i - 1) === 0x660e && i - 1 > start && inTable(VERB_BEFORE_MING, s, i - 2); // 明
}

/**
 * Asked at each unit that may start a speech verb, from where the last answer said to look
 * on: a negative answer stops the scan (the caller found its lead-in there).
 */
export interface SpeechVerbProbe {
  at(i: number): number;
}

/**
 * The verdict on one sentence (or the part of it after its attribution lead-in), in one
 * pass, as bits (IS_MODAL …). Markers inside quotes are skipped; narrative cues count
 * wherever they stand. The span is read in place in the whole text (`codes`: its units);
 * no marker word holds a break, so none runs over the span's end, and the look-backs below
 * are kept inside it. With `probe`, the same pass also looks for the lead-in, since both
 * read every character of a sentence: -1 when the probe stopped it.
 */
export function normativeBits(s: string, codes: Uint16Array, start: number, end: number, probe?: SpeechVerbProbe): number {
  let modal = false;
  let resolve = false;
  let action = false;
  let narrative = false;
  let depth = 0;
  let speechFrom = start;
  let definedUntil = start;
  for (let i = start; i < end; i++) {
    const c = codes[i];
    let f = interesting[c];
    if (f === 0) continue;
    if (f & SPEECH) {
      if (probe !== undefined && i >= speechFrom && speechVerbMayStartWith(c, codes[i + 1])) {
        speechFrom = probe.at(i);
        if (speechFrom < 0) return -1;
      }
      f &= ~SPEECH;
      if (f === 0) continue;
    }
    if (f & WORD_CUES) {
      const next = codes[i + 1];
      if (SINGLE_MARKER[c] === 0) {
        const h = pairHash(c, next);
        if ((MARKER_PAIRS[h >>> 5] & (1 << (h & 31))) === 0) f &= ~WORD_CUES;
      }
      // Then each lexicon's own edge tables, from the units at hand: a call that reads them
      // again only where a word of it may start.
      if (f & NARRATIVE_CUE && !narrativeIndex.mayStartWith(c, next)) f &= ~NARRATIVE_CUE;
      if (f & MODAL && !modalIndex.mayStartWith(c, next)) f &= ~MODAL;
      if (f & ACTION && !actionIndex.mayStartWith(c, next)) f &= ~ACTION;
    }
    if (f & OPEN_Q) depth++;
    else if (f & CLOSE_Q && depth > 0) depth--;
    if (!narrative && f & NARRATIVE_CUE) {
      const w = narrativeIndex.at(s, i);
      if (w !== undefined && !(w === "具有" && !weighsMeaning(s, i + 2, end)) && !((w === "得到" || STATES_AIMED_AT.has(w)) && ensuredBefore(s, i, start)) && !(DONE_BEFORE_OBJECT.has(w) && qualifiesNoun(s, i + 2, end)) && !(w === "当前" && !opensClause(s, i, start)) && !(NOW_WORDS.has(w) && i > start && inTable(NOW_AS_OBJECT_AFTER, s, i - 1))) narrative = true;
    }
    if (!narrative && f & LE && perfectiveLe(s, i, start)) narrative = true;
    if (depth > 0 || modal) continue;
    if (f & BARE_MODAL) {
      // 要 or 应 is the first or second character of the words that exclude it.
      const startsWord = notModalIndex.mayStartWith(c, codes[i + 1]) && notModalIndex.at(s, i) !== undefined;
      const inWord = i > start && notModalIndex.mayStartWith(codes[i - 1], c) && notModalIndex.at(s, i - 1)?.charCodeAt(1) === c;
      if (!startsWord && !inWord && !seeingAlso(s, i, start, end)) modal = true;
    }
    const m = f & MODAL ? modalIndex.at(s, i) : undefined;
    // `不准确` is "inaccurate", not "not allowed"; `必需品` are goods; `不得转载` is a page's
    // copyright notice; `不可替代` is an adjective; `能不能…` asks whether, it forbids nothing.
    if (m !== undefined && !(m === "不准" && s.charCodeAt(i + 2) === 0x786e) && !(m === "不可" && inTable(NOT_FORBIDDING_AFTER, s, i + 2)) && !(m === "必需" && s.charCodeAt(i + 2) === 0x54c1) && !(m === "不能" && i > start && s.charCodeAt(i - 1) === 0x80fd) && !s.startsWith("转载", i + m.length) && !hedgeAt(s, m, i)) { // 确, 品, 能
      if (RESOLVE.has(m)) {
        if (!judgesAfterResolve(s, i + m.length)) resolve = true;
      } else modal = true;
    }
    if (!action && f & ACTION) {
      const a = actionIndex.at(s, i);
      // A definition's clause (`X是…的抓手`, `X就是Y`) describes throughout, the verbs on
      // either side of its copula.
      if (i < definedUntil) continue;
      if (a !== undefined && subjectOfDefinition(s, i + a.length, end)) {
        definedUntil = clauseEnd(s, i + a.length, end);
        continue;
      }
      // `是贯彻落实…精神的重要实践`: after the copula the verbs qualify a noun, the second of a
      // pair (落实 after 贯彻) as much as the first.
      if (a !== undefined && modifiesAfterCopula(s, i, start, end)) {
        definedUntil = clauseEnd(s, i + a.length, end);
        continue;
      }
      // `不及时`, `没压实`: a marker negated describes a shortcoming, it orders nothing.
      if (a !== undefined && !(a === "真正" && s.charCodeAt(i + 2) === 0x7684) && !namesMeeting(s, a, i + a.length) && !predicateAdjective(s, a, i + a.length, end) && !aboutWhat(s, i, a, start, end)) { // 的
        // `已建立…`, `已开展…`: the work is done, told as narrative (as `已经` is); not
        // `已建立的制度要…`, where it names what the order is about.
        if (i > start && s.charCodeAt(i - 1) === 0x5df2 && s.charCodeAt(i + a.length) !== 0x7684) narrative = true; // 已, 的
        // `临渊正着力打造…`, `正加快推进…`: work under way, told as 正在 is.
        if (i > start && s.charCodeAt(i - 1) === 0x6b63 && !(i - 1 > start && inTable(NOT_PROGRESSIVE_BEFORE, s, i - 2))) narrative = true; // 正
        let neg = NEGATIONS.endingAt(s, i);
        // A negation reaching back over the span's start: read only the part inside (rare).
        if (neg !== undefined && neg.length > i - start) neg = NEGATIONS.endingAt(s.slice(start, i), i - start);
        if (neg === undefined && !fallsShortAfter(s, i + a.length, end)) action = true;
      }
    }
  }
  const modals = modal ? IS_MODAL : resolve ? IS_MODAL | IS_RESOLVE_ONLY : 0;
  return modals | (action ? IS_ACTION : 0) | (narrative ? IS_NARRATIVE : 0);
}

/**
 * Whether the word at `i` opens its clause. 当前 tells how things stand only there
 * (`当前,全县汛情总体平稳`); inside a clause it qualifies what an order is about (`认清当前
 * 形势`, `作为当前的重要任务`).
 */
function opensClause(s: string, i: number, start: number): boolean {
  return i === start || isClauseBreakAt(s, i - 1) || s.charCodeAt(i - 1) === 0x20;
}

/**
 * An action verb after 关于 that a 的 closes in its clause (`是关于推进生态文明建设的重要制度`):
 * the topic of a noun, a rule's or a document's, which orders nothing.
 */
function aboutWhat(s: string, i: number, a: string, start: number, end: number): boolean {
  return i - 2 >= start && s.charCodeAt(i - 2) === 0x5173 && s.charCodeAt(i - 1) === 0x4e8e && qualifiesNoun(s, i + a.length, end); // 关, 于
}

/** What may stand between `也要` and `看到`: `也要清醒看到`, `也要清醒地看到`, `也要充分看到`. */
const SEEING_ADVERBS = ["", "清醒", "清醒地", "充分", "充分地", "深刻", "深刻地"];

/**
 * 要 in `但也要(清醒)看到,…`: the stock turn of an assessment from what went well to what
 * falls short. It asks no one to act; the problems it lists follow.
 */
function seeingAlso(s: string, i: number, start: number, end: number): boolean {
  // Also `要清醒地看到,…` opening its sentence or clause: the same turn, its 也 left out.
  const before = i > start ? s.charCodeAt(i - 1) : 0;
  if (before !== 0x4e5f && before !== 0x8fd8 && i > start && !inTable(CLAUSE_ENDS, s, i - 1)) return false; // 也, 还
  for (const a of SEEING_ADVERBS) {
    const at = i + 1 + a.length;
    if (at + 2 <= end && s.startsWith(a, i + 1) && s.startsWith("看到", at)) return true;
  }
  return false;
}

/**
 * An action verb that is the first half of a meeting's noun (`工作推进会`, `推进大会`): the
 * meeting is named, nothing is pushed forward. (Other verbs before 会 take 会议 as their object:
 * `落实会议精神` orders.)
 */
function namesMeeting(s: string, a: string, after: number): boolean {
  return a === "推进" && (s.charCodeAt(after) === 0x4f1a || s.startsWith("大会", after)); // 会
}

/** How far after 具有 its 意义 is looked for (`具有重大而深远的历史意义`). */
const MEANING_SPAN = 12;

/**
 * Whether 具有 weighs the meaning of something (`…具有重大而深远的意义`): an assessment,
 * however the weight is worded. Not 具有 before other nouns (`具有…特色的…`).
 */
function weighsMeaning(s: string, from: number, end: number): boolean {
  for (let j = from; j < end && j - from < MEANING_SPAN; j++) {
    if (inTable(CLAUSE_ENDS, s, j)) return false;
    if (s.charCodeAt(j) === 0x610f && s.charCodeAt(j + 1) === 0x4e49) return true; // 意, 义
  }
  return false;
}

/** How far back in its clause 得到's 确保 is looked for. */
const ENSURE_SPAN = 24;

/**
 * Whether 得到 at `i` is what its clause ensures (`确保群众合法权益得到保障`, 做到 likewise): the
 * outcome an order aims at, not a thing reported done (`工作得到上级肯定`). So are the states
 * in STATES_AIMED_AT, 成效 among them (`确保有方案、有成效`, not `取得明显成效`).
 */
function ensuredBefore(s: string, i: number, start: number): boolean {
  for (let k = i - 2; k >= start && i - k <= ENSURE_SPAN && !inTable(CLAUSE_ENDS, s, k + 1); k--) {
    if (s.startsWith("确保", k) || s.startsWith("保证", k) || s.startsWith("做到", k)) return true;
  }
  return false;
}

/**
 * How work stands, said as the state an order aims at when 确保 or 做到 comes before it in
 * its clause (`切实做到…部署有力、推进有序`, `确保有方案、有成效`): the target, not a report.
 */
const STATES_AIMED_AT = new Set(["推进有序", "进展有序", "总体平稳", "运行平稳", "进展顺利", "成效"]);

/**
 * Markers that are adjectives as well as adverbs: before a verb they order (`坚定拥护`,
 * `扎实推进`), but closing their clause they describe (`政治坚定,作风扎实`, `行动迅速。`,
 * a verdict on a team: `班子对这次民主生活会高度重视,`).
 */
const ADJECTIVAL = new Set(["坚定", "扎实", "务实", "积极", "主动", "认真", "精准", "规范", "及时", "全面", "深入", "严格", "迅速", "果断", "严密", "高度重视"]);
/**
 * Verbs of degree that order only with an object (`加大排查力度`): closing their clause they
 * tell a trend (`外防输入压力不断加大`, `检测能力明显提升`), as a host's account of ties
 * does at a reception (`两地往来频繁,合作不断深化`, `机制日益完善`).
 */
const DEGREE = new Set(["加大", "提升", "提高", "增强", "加快", "加速", "深化", "完善", "优化", "健全"]);
const CLAUSE_OR_ITEM_ENDS = charTable(",。;:!?、");

/** An adjectival marker or a verb of degree that ends its clause or list item (`政治坚定,`): a description. */
function predicateAdjective(s: string, a: string, after: number, end: number): boolean {
  return (ADJECTIVAL.has(a) || DEGREE.has(a)) && (after >= end || inTable(CLAUSE_OR_ITEM_ENDS, s, after));
}

/** How far into a span its subject's 将 is looked for (`省人大常委会将…`). */
const PROMISE_SPAN = 16;

/**
 * Adverbs right after 将 that make it the future (`将始终牢记…`, `将进一步加强…`): the
 * disposal 将 takes a noun first (`将安全生产纳入考核`), and no noun opens with these.
 */
const FUTURE_ADVERBS = new WordIndex([
  "始终", "继续", "持续", "进一步", "一如既往", "不断", "全力", "坚决", "切实", "认真", "积极", "主动", "努力", "更加", "紧紧", "牢牢", "以更",
]);

/**
 * Whether the span `s[start, end)` is a pledge: it opens with a subject and 将
 * (`省人大常委会将紧扣…,加强…`), or with 将 and an adverb of the future (`将始终牢记…`), maybe
 * after an opening clause (`下一步,`, `为此,`, `对…问题,`). What the speaker's own body will do orders no one. A span
 * opening with the disposal 将 (`将安全生产纳入考核`) is an order, and stays one.
 */
export function pledgeIn(s: string, start: number, end: number): boolean {
  const framed = frameEnd(s, start, end);
  if (framed > 0) {
    // After a time ahead, a bare 将 is the future (`下一步,将聚焦短板弱项`), no disposal form.
    if (s.charCodeAt(framed) === 0x5c06 && TIME_FRAMES.at(s, start) !== undefined) return true; // 将
    start = framed;
  }
  if (subjectWillAt(s, start, end)) return true;
  // `此次签约的项目质量高、潜力大,我市将…`: a verdict of no action opens the sentence, and
  // the pledge follows it.
  const verdict = framed > 0 ? -1 : verdictEnd(s, start, end);
  return verdict > 0 && subjectWillAt(s, verdict, end);
}

/** Whether the clause at `start` opens with 将 and an adverb of the future, or a subject and 将. */
function subjectWillAt(s: string, start: number, end: number): boolean {
  if (s.charCodeAt(start) === 0x5c06) return FUTURE_ADVERBS.at(s, start + 1) !== undefined; // 将
  const to = Math.min(end, start + PROMISE_SPAN);
  for (let j = start + 2; j < to; j++) {
    if (inTable(CLAUSE_ENDS, s, j)) return false;
    if (s.charCodeAt(j) === 0x5c06) return true; // 将
  }
  return false;
}

/** Whether the 要 or 应 at `j` stands in a word that is no modal (`重要`, `应急`). */
function inNotModalWord(s: string, j: number, start: number): boolean {
  return notModalIndex.at(s, j) !== undefined || (j > start && notModalIndex.at(s, j - 1)?.charCodeAt(1) === s.charCodeAt(j));
}

/** Most characters of an opening verdict (`企业是…的重要支柱、…的重要阵地、…的重要来源`). */
const VERDICT_SPAN = 40;

/**
 * Where the clause after an opening verdict begins (`项目质量高、潜力大,`), or -1: the first
 * clause, short, holds no marker word of an order or a report and no 要 or 应.
 */
function verdictEnd(s: string, start: number, end: number): number {
  const to = Math.min(end, start + VERDICT_SPAN);
  for (let j = start; j < to; j++) {
    const c = s.charCodeAt(j);
    if (inTable(CLAUSE_ENDS, s, j)) return c === 0x2c && j > start ? j + 1 : -1; // ,
    if ((inTable(FRAME_MODALS, s, j) && !inNotModalWord(s, j, start)) || (interesting[c] & WORD_CUES && (actionIndex.at(s, j) ?? modalIndex.at(s, j) ?? narrativeIndex.at(s, j)) !== undefined)) return -1;
  }
  return -1;
}

/** Words of time ahead that frame a pledge as a clause of their own (`下一步,镇党委将…`). */
const TIME_FRAMES = new WordIndex(["下一步", "下步", "今后", "接下来", "下阶段", "下一阶段", "下半年", "明年"]);
/**
 * Links that open a clause before its subject (`为此,常委会将…`); unlike a time ahead, they
 * leave a bare 将 its disposal reading (`同时,将安全生产纳入考核` orders).
 */
const LINK_FRAMES = new WordIndex(["为此", "此外", "同时"]);
/** Prepositions that open a clause naming the topic (`对巡视组交办的…问题,市委将…`). */
const TOPIC_FRAMES = new WordIndex(["对", "针对", "就", "围绕"]);
/** Most characters of a topic clause. */
const FRAME_SPAN = 30;
/** A modal inside the topic clause makes it an order of its own (`对…要…,`). */
const FRAME_MODALS = charTable("要须应");

/**
 * Where the clause after a framing one begins (`下一步,`, `对…问题,`), or 0: the subject and
 * 将 of a pledge may stand after such a frame as well as at the span's start.
 */
function frameEnd(s: string, start: number, end: number): number {
  const time = TIME_FRAMES.at(s, start) ?? LINK_FRAMES.at(s, start);
  if (time !== undefined) return s.charCodeAt(start + time.length) === 0x2c ? start + time.length + 1 : 0; // ,
  const topic = TOPIC_FRAMES.at(s, start);
  if (topic === undefined) return 0;
  const to = Math.min(end, start + FRAME_SPAN);
  for (let j = start + topic.length + 1; j < to; j++) {
    if (inTable(FRAME_MODALS, s, j)) return 0;
    if (inTable(CLAUSE_ENDS, s, j)) return s.charCodeAt(j) === 0x2c ? j + 1 : 0; // ,
  }
  return 0;
}

/** Whether a forecast or a weighing stands in `s[start, end)` as its clause's predicate. */
export function assessmentIn(s: string, codes: Uint16Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    if (ASSESSMENT_FIRSTS[codes[i]] === 0) continue;
    const w = assessmentIndex.at(s, i);
    if (w !== undefined && weighsOrForecasts(s, i, w, start, end)) return true;
  }
  return false;
}

/**
 * Whether the assessment word `w` at `i` is its clause's predicate: a forecast (预计) opens
 * its clause; a weighing (事关…) is no modifier of a noun (`做好事关群众利益的工作` orders),
 * so no 的 follows it closely in the clause.
 */
function weighsOrForecasts(s: string, i: number, w: string, start: number, end: number): boolean {
  if (w === "预计") return i === start || inTable(CLAUSE_ENDS, s, i - 1);
  // A modifier's 的 stands within a short span (`事关群众切身利益的工作`).
  const to = Math.min(end, i + w.length + MODIFIER_SPAN);
  for (let j = i + w.length; j < to && !inTable(CLAUSE_ENDS, s, j); j++) if (s.charCodeAt(j) === 0x7684) return false; // 的
  return true;
}

/** Characters right before 是 that make it open an order, not a definition: `一是加快…`, `就是抓好…`. */
const ORDER_BEFORE_COPULA = charTable("一二三四五六七八九十就");
/** Nouns before 是 that name the task itself: `关键是抓好…`, `重点是加强…`. */
const TASK_NOUNS = ["关键", "重点", "核心", "根本", "首要", "前提", "当务之急"];
/** How far after the marker the 的 of a noun phrase is looked for. */
const MODIFIER_SPAN = 24;
const CLAUSE_ENDS = charTable(",。;:!?");

/**
 * An action verb right after the copula that modifies a noun (`民营经济是推进中国式现代化的
 * 生力军`): a definition, which orders nothing. Read up to the clause's 的, within a short span.
 */
function modifiesAfterCopula(s: string, i: number, start: number, end: number): boolean {
  // The verb's own subject may stand after the copula (`这是我们做好一切工作的根本遵循`), a
  // body named short as well (`是全委聚焦…履职的具体行动`).
  let c = i - 2 >= start && (s.startsWith("我们", i - 2) || s.startsWith("咱们", i - 2)) ? i - 2 : i;
  if (c === i && (c - 1 < start || s.charCodeAt(c - 1) !== 0x662f)) c = copulaBeforeSubject(s, i, start);
  if (c - 1 < start || s.charCodeAt(c - 1) !== 0x662f) return false; // 是
  if (c - 2 >= start && inTable(ORDER_BEFORE_COPULA, s, c - 2)) return false;
  for (const n of TASK_NOUNS) if (c - 1 - n.length >= start && s.startsWith(n, c - 1 - n.length)) return false;
  for (let j = i + 2; j < end && j < i + MODIFIER_SPAN; j++) {
    if (inTable(CLAUSE_ENDS, s, j)) return false;
    if (s.charCodeAt(j) === 0x7684) return true; // 的
  }
  return false;
}

/** Most characters of a subject between the copula and its verb (`是全省上下`). */
const COPULA_SUBJECT = 6;

/**
 * Where the subject after a plain copula starts, the subject running up to the verb at `i`
 * with no break or 的 inside (`是全委聚焦…`); `i` when there is none. Not after 但是, 就是,
 * 还是 …, nor 是否.
 */
function copulaBeforeSubject(s: string, i: number, start: number): number {
  for (let k = i - 2; k > start && i - k <= COPULA_SUBJECT; k--) {
    const c = s.charCodeAt(k);
    if (inTable(CLAUSE_ENDS, s, k) || c === 0x7684) return i; // 的
    if (c !== 0x662f) continue; // 是
    if (inTable(NOT_PLAIN_COPULA_AFTER, s, k - 1) || s.charCodeAt(k + 1) === 0x5426) return i; // 否
    return k + 1;
  }
  return i;
}

/** What follows 不 in a verdict on how a task was done: `落实不到位`, `推进不力`, `压实不够`. */
const SHORTFALL_AFTER_NOT = charTable("到力够严实足细紧彻平");

/** An action marker followed by such a verdict (`主体责任落实不到位`) describes a shortcoming. */
function fallsShortAfter(s: string, j: number, end: number): boolean {
  return j + 1 < end && s.charCodeAt(j) === 0x4e0d && inTable(SHORTFALL_AFTER_NOT, s, j + 1); // 不
}

/** Where the clause holding `from` ends: its next clause mark, or `end`. */
function clauseEnd(s: string, from: number, end: number): number {
  let j = from;
  while (j < end && !inTable(CLAUSE_ENDS, s, j)) j++;
  return j;
}

/** Characters before 是 that make it no plain copula: `就是`, `还是`, `但是`, `也是要…`, `不是`. */
const NOT_PLAIN_COPULA_AFTER = charTable("一二三四五六七八九十就还但也都而正不总更即则若只凡要");
/** How far after an action marker the copula of its clause is looked for. */
const SUBJECT_SPAN = 16;

/** What after `就是` makes it open an order or a reason rather than equate two tasks: `就是要`, `就是把…`, `就是为了`. */
const NOT_MAXIM_AFTER = charTable("要把将让使为,。;:!?");

/** Classifiers after 是一 that open a noun phrase: `是一项长期任务`, `是一场硬仗`. */
const CLASSIFIERS = charTable("项个场件种条次份门套");

/**
 * An action verb that heads the subject of a definition (`优化营商环境是推动高质量发展的
 * 重要抓手`, `抓好安全生产是…的前提`, `贯彻…精神是一项长期任务`): the verb phrase is what the
 * sentence defines, and it orders nothing. The clause's plain 是 is looked for within a short
 * span after the marker, and what follows it must be a noun phrase: one held by 的, as in
 * modifiesAfterCopula, or one counted by 一 and a classifier.
 */
function subjectOfDefinition(s: string, from: number, end: number): boolean {
  for (let j = from; j < end && j < from + SUBJECT_SPAN; j++) {
    if (inTable(CLAUSE_ENDS, s, j)) return false;
    if (s.charCodeAt(j) !== 0x662f) continue; // 是
    // `优化营商环境就是解放生产力、提高竞争力`: one task equated with another, a maxim; not
    // `…就是要…`, which orders.
    if (s.charCodeAt(j - 1) === 0x5c31 && j + 1 < end && !inTable(NOT_MAXIM_AFTER, s, j + 1)) return true; // 就
    if (inTable(NOT_PLAIN_COPULA_AFTER, s, j - 1) || s.charCodeAt(j + 1) === 0x5426) return false; // 是否
    if (s.charCodeAt(j + 1) === 0x4e00 && j + 2 < end && inTable(CLASSIFIERS, s, j + 2)) return true; // 一
    for (let k = j + 1; k < end && k < j + 1 + MODIFIER_SPAN; k++) {
      if (inTable(CLAUSE_ENDS, s, k)) return false;
      if (s.charCodeAt(k) === 0x7684) return true; // 的
    }
    return false;
  }
  return false;
}

/** Enumerated points (`一是…`, `二要…`, `①…`) open with their order; in a speaker's voice they are orders. */
const ENUM_RE = /^(?:[一二三四五六七八九十]{1,3}(?:是|要|要是)|[①-⑳]|第[一二三四五六七八九十]{1,3}[,、是])/;

/** Units an enumeration can open with: most sentences are ruled out by their first. */
const ENUM_FIRSTS = charTable("一二三四五六七八九十①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳第");

export function opensWithEnumeration(s: string): boolean {
  if (ENUM_FIRSTS[s.charCodeAt(0)] === 1 && ENUM_RE.test(s)) return true;
  // `盯紧“重点场所”:一是…`: an enumeration right after a lead phrase and colon.
  // (`indexOf` over the sentence measured faster than reading its first 30 units.)
  const colon = s.indexOf(":");
  return colon >= 0 && colon < 30 && ENUM_FIRSTS[s.charCodeAt(colon + 1)] === 1 && ENUM_RE.test(s.slice(colon + 1, colon + 7));
}

/**
 * Numbered points of any kind, also those that number headings as often as orders
 * (`(二)…`, `(2)…`, `2、…`, `2.…`): after a point taken as an order, the next one goes on in the
 * same voice; under a lone heading (`会议明确:`) every point is the heading's.
 */
const LIST_POINT_RE = /^(?:\([一二三四五六七八九十]{1,3}\)|\(\d{1,2}\)|\d{1,2}、|\d{1,2}\.(?!\d))/;

export function opensListPoint(s: string): boolean {
  return LIST_POINT_RE.test(s) || opensWithEnumeration(s);
}
