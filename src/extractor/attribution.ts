/**
 * Who speaks a sentence: the lead-in that opens it (`吴俊清强调,`, `他指出,`, `会议要求,`,
 * `韦韬在督导检查中指出,`), resolved to an official, the meeting, or a bare title.
 */
import { charTable, isClauseBreakAt } from "./chars";
import { WORKING_MEETINGS } from "./meta";
import { ENDS_WITH_POST_RE as POST_AT_END_RE } from "./offices";
import { WordIndex } from "./word-index";

/** Verbs that hand the floor to their subject; spun text writes 注重 for 强调. */
const SPEECH_VERBS = [
  "强调", "指出", "要求", "提出", "表示", "注重", "明确", "部署", "叮嘱", "认为", "提醒", "号召", "重申", "勉励", "希望",
  "说", "讲话", "宣布", "决定", "批示", "寄语", "坦言", "指明", "通报", "表明", "告诫", "呼吁", "敦促", "回答",
  "责成", "督促", "指示", "倡议", "倡导",
  // A township report's closing turn (`最后,镇长X讲意见:一是…`).
  "讲意见",
  // A press conference's answer told in a report (`针对…问题,蓝正阳回应称,…`, `X回应说`).
  "回应",
  // Spun text's 要求 (`韦韬规定企业认真落实…`); the view folds it where its context shows.
  "规定",
  // Points announced and given in one sentence (`他谈了三点意见:一、…必须…;二、…`): only
  // before the points they name and a colon (see ANNOUNCED_POINTS_RE).
  "讲了", "谈了",
];

/**
 * Verbs that require by themselves (`他要求县人社局立即启动…`, `X当场责成县住建局…`,
 * `X督促相关部门…`, `X指示县住建局…`): what follows them is the order, whether or not it
 * holds a marker of its own.
 */
const ORDERING_VERBS = new Set(["要求", "责成", "督促", "敦促", "指示", "规定"]);

/**
 * Verbs that state a view or a pledge (`X在表态发言中表示,市委坚决拥护…`, `X坦言,…`), or
 * report what was said (`他说,随着气温下降,传播风险进一步加大`), or answer a reporter
 * (`X回应称,目前已增设…`): what they head orders only
 * with a modal of its own (`X表示,各地要…`, `他说,…要提前储备…`), not by an action verb.
 */
const STATING_VERBS = new Set(["表示", "认为", "坦言", "说", "回应"]);

/** The longest verb at a place wins (`讲话` over `说`). */
const SPEECH_WORDS = new WordIndex(SPEECH_VERBS);
const SPEECH_FIRSTS = new Uint8Array(0x10000);
SPEECH_WORDS.markFirsts(SPEECH_FIRSTS, 1);

/**
 * Adverbs that may stand between the subject and the verb (`再次强调`, `明确提出`), and the
 * light verbs that make a noun of 部署 or 要求 (`蔺书航作出部署`, `作出具体部署`), and the
 * verbs of a review that run on into the speech verb (`督导组组长X点评指出`, `X总结指出`).
 */
const ADVERBS = ["再次", "特别", "着重", "重点", "进一步", "同时", "最后", "首先", "随后", "还", "也", "并", "又", "则", "明确", "深刻", "专门", "一再", "反复",
  "作出", "做出", "作出了", "做出了", "作了", "具体", "全面", "点评", "讲评", "总结", "当场", "当即",
  // `…,并现场叮嘱企业负责同志要…` as 当场 is; not the place in `X在(项目)现场指出` (see stripAdverbs).
  "现场",
  // Spun text's 着重 and 特别: `突出强调`.
  "突出"];

/** Endings of the setting phrase in `X在督导检查中指出` / `X在讲话时强调`. */
const SETTING_ENDS = ["时", "中", "上", "后", "期间", "之际", "前", "现场"];

export type Subject =
  | { kind: "official"; key: string }
  | { kind: "pronoun" }
  | { kind: "meeting" }
  /** `报告指出`: the report last delivered, whose author speaks through it. */
  | { kind: "report" }
  | { kind: "title"; start: number; end: number }
  /** `市领导们…叮嘱…`: leaders as a group, none of them named as the one who speaks. */
  | { kind: "group" };

export interface LeadIn {
  subject: Subject;
  /** Sentence-relative index where what is said begins (after the verb and its comma). */
  contentStart: number;
  /** Sentence-relative start of the subject. */
  subjectStart: number;
  /** The verb requires by itself (要求, 责成): what it heads is an order, marker or not. */
  orders: boolean;
  /** The verb states (表示, 认为): what it heads is an order only with a modal. */
  states: boolean;
}

export interface SpeakerLookup {
  /** Official whose mention ends at this normalised offset. */
  officialEndingAt(at: number): { key: string; start: number } | undefined;
  /** Bare title ending at this normalised offset. */
  titleEndingAt(at: number): { start: number; end: number } | undefined;
}

/** Last units of the adverbs: where the unit before the verb is none, no adverb ends there. */
const ADVERB_LASTS = new Uint8Array(0x10000);
for (const a of ADVERBS) ADVERB_LASTS[a.charCodeAt(a.length - 1)] = 1;

/** What 现场 stands after as an adverb (`并现场叮嘱`, `,现场要求`), not as the end of a place. */
const ADVERB_SITE_BEFORE = charTable("并,");

function stripAdverbs(t: string, q: number): number {
  for (let changed = true; changed; ) {
    changed = false;
    // Pages that set names apart with spaces (`吴俊清 强调，`) put one before the verb too.
    while (q > 0 && t.charCodeAt(q - 1) === 0x20) q--;
    if (q === 0 || ADVERB_LASTS[t.charCodeAt(q - 1)] === 0) break;
    for (const a of ADVERBS) {
      if (q >= a.length && t.startsWith(a, q - a.length)) {
        if (a === "现场" && !ADVERB_SITE_BEFORE[t.charCodeAt(q - a.length - 1)]) continue;
        q -= a.length;
        changed = true;
        break;
      }
    }
  }
  return q;
}

function subjectEndingAt(t: string, base: number, q: number, look: SpeakerLookup): { subject: Subject; start: number } | null {
  // A plenary or congress speaks as its meeting does: `全会强调`, `大会号召`.
  if (q >= 2 && (t.startsWith("会议", q - 2) || t.startsWith("全会", q - 2) || t.startsWith("大会", q - 2))) {
    const before = t.slice(Math.max(0, q - 4), q - 2);
    // `本次会议强调` opens its clause; `X对开好这次会议作出批示` holds the meeting as an object,
    // and X, not the meeting, is who acts.
    const thisMeeting = (before === "本次" || before === "此次" || before === "这次") && (q === 4 || isClauseBreakAt(t, q - 5));
    if (q === 2 || isClauseBreakAt(t, q - 3) || thisMeeting) {
      return { subject: { kind: "meeting" }, start: q - 2 };
    }
  }
  // `批示指出`, `重要批示强调`: a written instruction just reported speaks for its author, as a
  // report does for the one who delivered it.
  if (q >= 2 && (t.startsWith("报告", q - 2) || t.startsWith("批示", q - 2))) {
    const r = t.startsWith("工作", q - 4) || t.startsWith("重要", q - 4) ? q - 4 : q - 2;
    if (r === 0 || isClauseBreakAt(t, r - 1)) return { subject: { kind: "report" }, start: r };
  }
  if (q >= 1 && (t.charCodeAt(q - 1) === 0x4ed6 || t.charCodeAt(q - 1) === 0x5979) && (q === 1 || isClauseBreakAt(t, q - 2))) {
    return { subject: { kind: "pronoun" }, start: q - 1 };
  }
  const o = look.officialEndingAt(base + q);
  if (o) return { subject: { kind: "official", key: o.key }, start: o.start - base };
  // `张三同志强调`, `韦韬书记指出`: a name with 同志 or its post after it.
  let r = q;
  if (r >= 2 && t.startsWith("同志", r - 2)) r -= 2;
  const post = POST_AT_END_RE.exec(t.slice(Math.max(0, r - 6), r));
  if (post) {
    r -= post[0].length;
    // `郝建军副镇长要求`, `林某代市长强调`: the deputy or acting prefix stands between the
    // name and the post.
    r -= t.startsWith("常务副", r - 3) ? 3 : t.charCodeAt(r - 1) === 0x526f || t.charCodeAt(r - 1) === 0x4ee3 ? 1 : 0; // 副, 代
  }
  if (r < q) {
    const named = look.officialEndingAt(base + r);
    if (named) return { subject: { kind: "official", key: named.key }, start: named.start - base };
  }
  const title = look.titleEndingAt(base + q);
  if (title) return { subject: { kind: "title", start: title.start, end: title.end }, start: title.start - base };
  const named = namedMeetingEndingAt(t, q);
  if (named >= 0) return { subject: { kind: "meeting" }, start: named };
  return null;
}

/** The nouns a meeting's name ends with. */
const MEETING_ENDS = ["会议", "全会", "大会", ...WORKING_MEETINGS];
/** Most characters of a meeting's name standing as a subject. */
const MAX_MEETING_SUBJECT = 30;
/** How a meeting's name opens: a place or organ (`县委全会`, `市政府常务会议`), 本次/此次, a number. */
const MEETING_NAME_FIRSTS = charTable("省市州县区镇乡盟旗党国中全本此这该第常专0123456789");
/**
 * A clause that holds a verb or a modal is no name, whatever noun ends it (`X主持召开会议`);
 * nor one that holds a person (`同志`) or points at this meeting after other words
 * (`X同志对开好这次会议作出批示`): the meeting is the object there, and X acts.
 */
const NOT_A_NAME_RE = /在|召开|举行|主持|出席|参加|列席|听取|贯彻|落实|由|了|的|要|和|与|同志|开好|(?<!^)(?:这次|本次|此次)/;

/**
 * Where a meeting named as the subject of a speech verb at `q` begins (`县委全会强调`,
 * `市委常委会指出`, `市政府第十次常务会议要求`): a clause of its own that opens like a
 * name and ends in a meeting noun. The meeting speaks, as `会议强调` does. -1 if none.
 */
function namedMeetingEndingAt(t: string, q: number): number {
  const last = t.charCodeAt(q - 1);
  if (last !== 0x4f1a && last !== 0x8bae) return -1; // 会, 议
  let noun = false;
  for (const w of MEETING_ENDS) {
    if (q >= w.length && t.startsWith(w, q - w.length)) {
      noun = true;
      break;
    }
  }
  if (!noun) return -1;
  let k = q;
  while (k > 0 && q - k <= MAX_MEETING_SUBJECT && !CLAUSE_STOPS[t.charCodeAt(k - 1)]) k--;
  if (k > 0 && !CLAUSE_STOPS[t.charCodeAt(k - 1)]) return -1;
  if (!MEETING_NAME_FIRSTS[t.charCodeAt(k)] || NOT_A_NAME_RE.test(t.slice(k, q))) return -1;
  return k;
}

const CLAUSE_STOPS = charTable(",。;:");
const SETTING_LASTS = new Uint8Array(0x10000);
for (const e of SETTING_ENDS) SETTING_LASTS[e.charCodeAt(e.length - 1)] = 1;

/** How far into a clause the name of its subject may end (a title before it included). */
const MAX_OPENING = 24;

/** The official whose mention opens `t[k, q)`, a title before it allowed (`区委书记宗政晓峰…`). */
function officialOpening(t: string, base: number, k: number, q: number, look: SpeakerLookup): { subject: Subject; start: number } | null {
  for (let p = k + 2; p <= Math.min(q, k + MAX_OPENING); p++) {
    const o = look.officialEndingAt(base + p);
    if (!o) continue;
    const start = o.start - base;
    if (start >= k && (start === k || POST_AT_END_RE.test(t.slice(k, start)))) return { subject: { kind: "official", key: o.key }, start };
    return null;
  }
  return null;
}

/**
 * The official who opens the sentence or, after a setting (`在…产业园,X详细询问…,叮嘱…`),
 * the nearest of its clauses before `q` that an official opens.
 */
function officialOpeningAClause(t: string, base: number, q: number, look: SpeakerLookup): { subject: Subject; start: number } | null {
  const opening = officialOpening(t, base, 0, q, look);
  if (opening) return opening;
  for (let k = q - 1; k > 0; k--) {
    if (t.charCodeAt(k - 1) !== 0x2c) continue; // ,
    const found = officialOpening(t, base, k, q, look);
    if (found) return found;
  }
  return null;
}

/**
 * Leaders named as a group opening a clause (`市领导们`, `各位市领导`, `与会领导`): a place or
 * 各位/与会 before 领导, or 们 after it; not the nouns 领导干部, 领导小组, 领导班子 …. A
 * visiting team speaks as one too (`督导组要求`, `省疫情防控第三督导组指出`): its orders are
 * the team's, not its leader's, unless the text names him (`督导组组长X强调`); the team's
 * name holds no preposition or verb, as `按照巡视组要求` (a noun) does.
 */
const GROUP_OPENING_RE = /^(?:(?:各位|与会)?[省市州县区镇乡](?:委|政府)?领导(?:同志)?们?|(?:各位|与会)领导(?:同志)?们?|领导(?:同志)?们|[^,。;:\s将按照据对向与和的在把被给配]{0,12}?(?:督导|督查|督察|检查|巡视|巡察|调研|考核|指导)组(?:一行)?)(?!干部|小组|班子|机制|责任|体制|方式|作用|下|组长|副组长|成员)/;

/**
 * The group of leaders opening the sentence or one of its clauses before `q`, when no
 * official opens one (`慰问中,市领导们向大家致以新春祝福,并叮嘱各地…`): they speak together,
 * and the official who spoke last does not.
 */
function groupOpeningAClause(t: string, base: number, q: number, look: SpeakerLookup): { subject: Subject; start: number } | null {
  for (let k = q - 1; k >= 0; k--) {
    if (k > 0 && t.charCodeAt(k - 1) !== 0x2c) continue; // ,
    const m = GROUP_OPENING_RE.exec(t.slice(k, k + 12));
    if (m === null) continue;
    // `市领导贺承泽来到…,叮嘱…`: a label before one name is that official's; before a list
    // (`市领导A、B…`) the group's.
    const named = nameRightAfter(t, base, k + m[0].length, look);
    if (named !== null && t.charCodeAt(named.end) !== 0x3001) return { subject: { kind: "official", key: named.key }, start: k }; // 、
    return { subject: { kind: "group" }, start: k };
  }
  return null;
}

/** Longest name of an official the lookup knows starting at `at`, within a name's length. */
const MAX_NAME = 8;

/** The official whose mention starts at `at` of `t` (found by where it ends), or null. */
function nameRightAfter(t: string, base: number, at: number, look: SpeakerLookup): { key: string; end: number } | null {
  for (let e = Math.min(t.length, at + MAX_NAME); e >= at + 2; e--) {
    const o = look.officialEndingAt(base + e);
    if (o && o.start === base + at) return { key: o.key, end: e };
  }
  return null;
}

/**
 * 他 or 她 opening the sentence or one of its clauses before `q` (`他仔细询问老人的生活起居,
 * 叮嘱社区干部要…`): the official last narrated speaks, as after `他强调`. Not 他们.
 */
function pronounOpeningAClause(t: string, q: number): { subject: Subject; start: number } | null {
  for (let k = q - 1; k >= 0; k--) {
    if (k > 0 && t.charCodeAt(k - 1) !== 0x2c) continue; // ,
    const c = t.charCodeAt(k);
    if ((c === 0x4ed6 || c === 0x5979) && t.charCodeAt(k + 1) !== 0x4eec) return { subject: { kind: "pronoun" }, start: k }; // 他, 她, 们
  }
  return null;
}

/** The group of leaders that makes up the whole clause before `q` (`…,市领导们叮嘱`). */
function groupEndingAt(t: string, q: number): { subject: Subject; start: number } | null {
  let k = q;
  while (k > 0 && q - k < 12 && !CLAUSE_STOPS[t.charCodeAt(k - 1)]) k--;
  if (k > 0 && !CLAUSE_STOPS[t.charCodeAt(k - 1)]) return null;
  const m = GROUP_OPENING_RE.exec(t.slice(k, q));
  return m !== null && m[0].length === q - k ? { subject: { kind: "group" }, start: k } : null;
}

/** The subject before a setting phrase that ends at `q` (`韦韬在督导检查中`), in the clause from `k`. */
function subjectBeforeSettingIn(t: string, base: number, k: number, q: number, look: SpeakerLookup): { subject: Subject; start: number } | null {
  if (q <= k || SETTING_LASTS[t.charCodeAt(q - 1)] === 0) return null;
  const clause = t.slice(k, q);
  for (const e of SETTING_ENDS) {
    if (!clause.endsWith(e)) continue;
    const at = clause.lastIndexOf("在");
    // `宗政晓峰听取汇报后强调`: with no 在, the official opening the clause is the subject.
    const found = at >= 0 ? subjectEndingAt(t, base, k + at, look) : officialOpening(t, base, k, q, look);
    if (found) return found;
  }
  return null;
}

/** Most characters of a bare title opening a sentence (`王书记`, `县委副书记`). */
const MAX_TITLE_OPENING = 10;

/**
 * A bare title opening the sentence, before `q` (`王书记分析了…形势,对…提出了要求:一是…`):
 * a leader called by surname and post is the sentence's subject as a name would be.
 */
function titleOpening(t: string, base: number, q: number, look: SpeakerLookup): { subject: Subject; start: number } | null {
  for (let e = 2; e <= Math.min(q, MAX_TITLE_OPENING); e++) {
    const title = look.titleEndingAt(base + e);
    if (title && title.start === base) return { subject: { kind: "title", start: title.start, end: title.end }, start: 0 };
  }
  return null;
}

/** Prepositions that open a phrase between subject and verb (`张三就…提出要求`). */
const TOPIC_OPENERS = ["就", "对", "围绕", "针对", "结合"];

/**
 * A subject before a setting or topic phrase: `韦韬在督导检查中指出`,
 * `张有才就做好经济工作提出要求`. The phrase stays within one clause.
 */
function subjectBeforeSetting(t: string, base: number, q: number, look: SpeakerLookup): { subject: Subject; start: number } | null {
  let k = q;
  // (By code: indexing a string with a Han character builds a new string each time.)
  while (k > 0 && q - k < 40 && !CLAUSE_STOPS[t.charCodeAt(k - 1)]) k--;
  const found = subjectBeforeSettingIn(t, base, k, q, look);
  if (found) return found;
  const clause = t.slice(k, q);
  for (const w of TOPIC_OPENERS) {
    for (let at = clause.indexOf(w); at >= 0; at = clause.indexOf(w, at + 1)) {
      // `戚明远还就…提出要求`: an adverb may stand between the subject and the topic; and
      // `X对…给予肯定,并就…提出要求`: a topic opening a later clause is the sentence's subject's.
      const r = stripAdverbs(t, k + at);
      // `闵振东在讲话中就…提出要求`: a setting may stand between the subject and the topic.
      // `X出席会议并就…作了强调`: the topic joined by 并 to a deed has the deed's subject, the
      // official opening the clause.
      const found =
        subjectEndingAt(t, base, r, look) ??
        subjectBeforeSettingIn(t, base, k, k + at, look) ??
        (r > 0 && r === k && t.charCodeAt(r - 1) === 0x2c ? (officialOpeningAClause(t, base, r, look) ?? titleOpening(t, base, r, look)) : null) ?? // ,
        (at > 0 && t.charCodeAt(k + at - 1) === 0x5e76 ? officialOpening(t, base, k, k + at - 1, look) : null); // 并
      // `他对园区负责人说`: a person, named or by pronoun; never 会议 before a topic. A post
      // alone speaks when its points follow a colon (`街道党工委书记就…提出四点意见:一要…`);
      // otherwise it is a superior a speech cites (`县委书记对…提出了明确要求,我们要…`).
      if (found && (found.subject.kind === "official" || found.subject.kind === "pronoun" || (found.subject.kind === "title" && colonClosesClause(t, q)))) return found;
    }
  }
  return null;
}

/** A sentence opening on the hearing of a report, with no subject of its own. */
const HEARING_OPENING_RE = /^(?:通过|经过|在)?听取/;

/** Whether the clause going on from `q` ends at a colon, handing its points to what follows. */
function colonClosesClause(t: string, q: number): boolean {
  const to = Math.min(t.length, q + MAX_ANNOUNCING);
  let e = q;
  while (e < to && !CLAUSE_STOPS[t.charCodeAt(e)] && t.charCodeAt(e) !== 0x3002) e++; // 。
  return t.charCodeAt(e) === 0x3a; // :
}

/** Most characters from a verb to the colon that hands on its points (`提出四点意见:`). */
const MAX_ANNOUNCING = 40;

/** A visit's deed opening a sentence with no subject (`认真查看…`, `随后来到…`, `详细了解…`). */
const VISIT_DEED_OPENING_RE = /^(?:随后|接着|之后|其间)?,?(?:认真|详细|仔细|实地|逐一|先后|现场)?(?:查看|察看|了解|询问|听取|检查|走访|来到|视察|考察|翻阅|查阅)/;

/** Longest setting of a visit standing before a verb with no subject (`在检查指导现场`). */
const MAX_BARE_SETTING = 10;
/**
 * A visit's setting that opens a sentence with no subject before the verb (`督导中`, `调研时`,
 * `检查期间`, `在座谈会上`): only the visit's words, so no person is left out of the reading.
 */
const BARE_SETTING_RE = /^在?(?:实地)?(?:调研|督导|督查|督察|检查|视察|考察|走访|暗访|巡查|巡河|察看|查看|指导|座谈会?)(?:指导|检查|督导)?(?:中|时|期间|过程中|现场|上)$/;

/**
 * The verbs that, opening a clause with no subject of its own, speak for the sentence's
 * subject: `X详细询问项目进展,叮嘱企业…` as well as `X通报了…,要求…` and
 * `X代表执法检查组反馈检查情况,并提出意见建议:一是…`.
 */
const CLAUSE_SPEECH_VERBS = new Set(["强调", "指出", "要求", "叮嘱", "责成", "督促", "敦促", "提出"]);

/**
 * The lead-in whose verb would start at `i` in the sentence `s[start, end)` (normalised),
 * or, when there is none, the index from which to look for the next verb.
 */
export function leadInAt(s: string, start: number, end: number, i: number, look: SpeakerLookup): LeadIn | number {
  const v = SPEECH_WORDS.at(s, i);
  if (v === undefined || i + v.length > end) return i + 1;
  const p = i - start;
  if ((v === "讲了" || v === "谈了") && !ANNOUNCED_POINTS_RE.test(s.slice(i + 2, Math.min(end, i + 26)))) return i + v.length;
  const after = s[i + v.length];
  // `指出了…问题` reports what was said; `的要求` is a noun. Not `明确了…三项任务:`, whose
  // points follow (see announcedPointsFrom).
  if (i + v.length < end && ((after === "了" && !ANNOUNCED_POINTS_RE.test(s.slice(i + v.length, i + v.length + 24))) || after === "的" || after === "过" || after === "着")) return i + v.length;
  // `他明确要求…`: 明确 is the adverb of the verb after it, which decides how it speaks.
  if (v === "明确" && SPEECH_WORDS.at(s, i + 2) !== undefined) return i + 2;
  // `谈文博书记讲话精神`: the speech cited as a noun, no one speaking here.
  if (s.startsWith("精神", i + v.length)) return i + v.length;
  // So is one listed before others that share the 精神: `X总理批示和Y副总理讲话精神`.
  if (JOINED_SPIRIT_RE.test(s.slice(i + v.length, Math.min(end, i + v.length + 24)))) return i + v.length;
  // `就…作说明`: 说明 is the explanation given, a noun; no one speaks with 说 here.
  if (v === "说" && s.charCodeAt(i + 1) === 0x660e) return i + 2; // 明
  // Most verbs have none of this sentence's speakers before them; cut the sentence out
  // only to read back from one.
  const t = s.slice(start, end);
  const q = stripAdverbs(t, p);
  // `…作出的重要指示`, `提出的要求`: the verb made a noun by 的 before it speaks for no one.
  if (nounedAt(t, q)) return i + v.length;
  let found = subjectEndingAt(t, start, q, look);
  if (!found) found = subjectBeforeSetting(t, start, q, look);
  // `X主持会议并强调,…`, `他出席会议并讲话,…`: the verb joined by 并 to the deed before it has
  // that deed's subject, the one opening its clause, or the sentence, when it holds words of
  // its own (a bare `…并讲话。` tells of the speech, and hands no floor on).
  if (!found && conjoinedAt(t, q, p)) {
    const joined = officialOpeningItsClause(t, start, q, look) ?? officialOpeningAClause(t, start, q, look) ?? pronounOpeningAClause(t, q);
    if (joined && saysSomething(t, p + v.length)) found = joined;
  }
  // `贲立强通报了…形势,要求交警部门…`, `会议听取了…汇报,要求…`: a verb that opens a later
  // clause has the official or the meeting that opens the sentence as its subject.
  if (!found && q > 0 && t.charCodeAt(q - 1) === 0x2c && CLAUSE_SPEECH_VERBS.has(v)) {
    found = t.startsWith("会议") ? { subject: { kind: "meeting" }, start: 0 } : (officialOpeningAClause(t, start, q, look) ?? pronounOpeningAClause(t, q) ?? groupOpeningAClause(t, start, q, look));
    // `认真查看…情况,强调企业要…`: a sentence of the tour that opens on its deed, the subject
    // left out, is the leader's as 他 would be.
    if (!found && VISIT_DEED_OPENING_RE.test(t)) found = { subject: { kind: "pronoun" }, start: 0 };
  }
  // `…进行现场督查。强调,要…`: a verb opening its sentence before a comma, its subject left
  // out, speaks for the official just narrated, as 他 would.
  // So does `强调进社区干部要…`, a verb that opens a clause as well.
  if (!found && q === 0 && (s.charCodeAt(i + v.length) === 0x2c || s.charCodeAt(i + v.length) === 0x3a || CLAUSE_SPEECH_VERBS.has(v))) found = { subject: { kind: "pronoun" }, start: 0 }; // , :
  // So does one after the visit's own setting, its subject left out too (`督导中要求,…`,
  // `调研时强调,…`, `在检查现场指出,…`): the tour's leader, narrated before, speaks.
  if (!found && q > 0 && q <= MAX_BARE_SETTING && CLAUSE_SPEECH_VERBS.has(v) && BARE_SETTING_RE.test(t.slice(0, q))) found = { subject: { kind: "pronoun" }, start: 0 };
  // And one whose sentence opens on hearing the work out, its subject left out, and hands its
  // points on with a colon (`通过听取…汇报,对…给予肯定,对下一步工作提出要求:…`): the
  // leaders narrated before speak.
  if (!found && HEARING_OPENING_RE.test(t) && colonClosesClause(t, q)) found = { subject: { kind: "pronoun" }, start: 0 };
  // `市领导们叮嘱,…`: the group right before the verb.
  if (!found && q >= 3 && t.charCodeAt(q - 1) !== 0x2c) found = groupEndingAt(t, q);
  if (!found) return i + v.length;
  let c = p + v.length;
  // `他要求——` (a dash, as a heading over the points below it) stands for the colon.
  while (c < t.length && (t[c] === "," || t[c] === ":" || t[c] === " " || t[c] === "—")) c++;
  // `会议明确了下一阶段三项重点任务:`: the object announces the points after its colon,
  // which are the words said (or, the colon closing the line, a heading over them).
  if (c === p + v.length) c = announcedPointsFrom(t, c);
  // `市委书记X对开好这次会议作出批示,我们要认真学习领会`: a written instruction is reported as a
  // deed, and the first person after it is the one who reports it, telling the audience to
  // study it; X's own words would follow a colon or a verb of their own (`批示指出`).
  if (INSTRUCTION_VERBS.has(v) && FIRST_PERSON_RE.test(t.slice(c, c + 2))) return i + v.length;
  // `X深刻指出工作中的具体问题`, `明确提出工作重点及落实举措`: the verb's object is the thing
  // said, named as a noun; the sentence tells of the speech, it gives none of its words.
  if (c === p + v.length && !ORDERING_VERBS.has(v) && objectNamesWhatWasSaid(t, c)) return i + v.length;
  const states = STATING_VERBS.has(v) || (q - found.start >= 4 && REPORTING_SETTING_RE.test(t.slice(found.start, q)));
  // `X对…作出安排部署,要求各乡镇…`: a requiring verb opening what follows orders as well.
  const then = c > p + v.length ? SPEECH_WORDS.at(t, c) : undefined;
  const orders = ORDERING_VERBS.has(v) || (then !== undefined && ORDERING_VERBS.has(then));
  return { subject: found.subject, contentStart: c, subjectStart: found.start, orders, states };
}

/** An object naming the points to come (`三项重点任务`, `以下事项`), closed by a colon. */
const ANNOUNCED_POINTS_RE = /^了?[^,。;:!?]{0,20}(?:任务|事项|要求|意见|建议|措施|举措|安排|重点)[:]/;

/** Where the points announced by the object at `c` begin (after its colon), or `c` itself. */
function announcedPointsFrom(t: string, c: number): number {
  const m = ANNOUNCED_POINTS_RE.exec(t.slice(c, c + 24));
  return m ? c + m[0].length : c;
}

/** 的 (and 重要 after it) before a verb at `q`: `作出的重要指示` is a noun, no one speaking. */
function nounedAt(t: string, q: number): boolean {
  const r = q >= 2 && t.startsWith("重要", q - 2) ? q - 2 : q;
  return r > 0 && t.charCodeAt(r - 1) === 0x7684; // 的
}

/**
 * The official opening the clause that holds `q`, a clause ending at `,` or `;`
 * (`…;乡纪委书记X宣读…并要求…`): the deed's subject is there when it is named at all.
 */
function officialOpeningItsClause(t: string, base: number, q: number, look: SpeakerLookup): { subject: Subject; start: number } | null {
  let k = q;
  while (k > 0 && t.charCodeAt(k - 1) !== 0x2c && t.charCodeAt(k - 1) !== 0x3b) k--; // , ;
  return officialOpening(t, base, k, q, look);
}

/** Whether the adverbs stripped between `q` and the verb at `p` hold 并 (`…会议并强调`). */
function conjoinedAt(t: string, q: number, p: number): boolean {
  if (q === 0 || t.charCodeAt(q - 1) === 0x2c) return false; // a clause of its own, `,并强调`
  for (let k = q; k < p; k++) if (t.charCodeAt(k) === 0x5e76) return true; // 并
  return false;
}

/** Whether words follow the verb ending at `c`, or a colon hands them to the lines after it. */
function saysSomething(t: string, c: number): boolean {
  if (t.charCodeAt(c) === 0x3a) return true; // :
  while (c < t.length && (t.charCodeAt(c) === 0x2c || t.charCodeAt(c) === 0x20)) c++;
  return t.length - c > 1;
}

/** Nouns for what a speech gave, closing a verb's object (`指出…问题`, `提出…举措`). */
const SAID_THING_RE = /(?:问题|难题|隐患|不足|短板|批评|举措|意见|建议|要求|思路|方向|措施|办法|对策)$/;
/** A modal in the clause makes the object an order's words after all (`强调要落实…措施`). */
const CLAUSE_MODAL_RE = /要|须|应|必|不得|严禁/;
/** Objects that announce what follows: `具体要求`, `三点意见`, `如下要求`. */
const ANNOUNCED_RE = /^(?:具体|明确|几点|[一二两三四五六七八九十]点|以下|如下)/;

/** Whether the clause from `c` (right after the verb, no comma) is a noun naming what was said. */
function objectNamesWhatWasSaid(t: string, c: number): boolean {
  let e = c;
  while (e < t.length && !CLAUSE_STOPS[t.charCodeAt(e)] && t.charCodeAt(e) !== 0x3002 && t.charCodeAt(e) !== 0x3001) e++; // 。、
  if (e - c < 2 || e - c > 24) return false;
  // `提出三点要求:`, `提出具体要求。`: the demands announced, their words to follow.
  if (t.charCodeAt(e) === 0x3a) return false; // :
  const object = t.slice(c, e);
  if (!SAID_THING_RE.test(object) || CLAUSE_MODAL_RE.test(object) || ANNOUNCED_RE.test(object)) return false;
  // A described object (`工作中的具体问题`) sums the speech up; a bare one (`指出问题,要求…`)
  // leaves the floor to the verb that opens the next clause, of the same subject.
  if (e - c >= 4) return true;
  // `提出批评,并要求立即整改`: the verb may be joined by 并.
  const next = t.charCodeAt(e) === 0x2c ? SPEECH_WORDS.at(t, t.charCodeAt(e + 1) === 0x5e76 ? e + 2 : e + 1) : undefined; // , 并
  return next !== undefined && CLAUSE_SPEECH_VERBS.has(next);
}

/** Cited speeches listed up to the 精神 they share: `批示和…讲话精神`, `指示、…精神`. */
const JOINED_SPIRIT_RE = /^(?:和|、|及|以及)[^,。;:!?]{1,20}?精神/;

/** Verbs of a written instruction, whose content is given only after a colon or another verb. */
const INSTRUCTION_VERBS = new Set(["批示", "指示"]);
/** A clause opened by the first person: the words of whoever tells the story, not of the one cited. */
const FIRST_PERSON_RE = /^(?:我们|咱们|我)/;

/**
 * The speaker's own report as the setting of the verb (`区委书记X在汇报中指出,全区坚持…`):
 * what the work is, told to the inspectors, states as 表示 does; not a report listened to
 * (`在听取汇报时强调`).
 */
const REPORTING_SETTING_RE = /在[^,听]{0,12}汇报[中时]$/;

/** Units that start a speech verb, for scans that ask `leadInAt` only there. */
export const SPEECH_VERB_FIRSTS: Readonly<Uint8Array> = SPEECH_FIRSTS;

/** Whether a speech verb could start with units `c` then `next` (false is certain: no lead-in there). */
export function speechVerbMayStartWith(c: number, next: number): boolean {
  return SPEECH_WORDS.mayStartWith(c, next);
}

/**
 * The lead-in of the sentence `s[start, end)` (normalised), if it opens with one. The verbs
 * are looked for in place in the whole text; the sentence is cut out only around one found.
 */
export function findLeadIn(s: string, codes: Uint16Array, start: number, end: number, look: SpeakerLookup): LeadIn | null {
  // One table read per character (`codes`: the units of `s`) finds the verbs (a regex
  // alternation of them measured several times slower); most sentences have none or one.
  for (let i = start; i < end; i++) {
    if (SPEECH_FIRSTS[codes[i]] === 0 || !SPEECH_WORDS.mayStartWith(codes[i], codes[i + 1])) continue;
    const r = leadInAt(s, start, end, i, look);
    if (typeof r !== "number") return r;
    i = r - 1;
  }
  return null;
}
