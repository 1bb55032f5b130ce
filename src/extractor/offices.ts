/**
 * The lexicon of offices: the posts that end a title, the words a title never runs back
 * over, and the group labels that introduce lists of names without being titles.
 * A title is `place + organ + post` written without spaces (domain primer); the organ part
 * is open-ended (`市疫情防控工作领导小组`), so it is found by extending back from a post
 * to a boundary rather than by listing every organ.
 */
import { matchAt } from "./anchored";
import { charTable, inTable, isClauseBreakAt, positionsOf } from "./chars";
import { nameLengthAt } from "./names";
import type { Span } from "./types";
import { WordIndex } from "./word-index";

/**
 * Posts, longest first so that the alternation takes `副市长` over `市长` at the same
 * place. Prefixes (副, 常务副, 代, 第一) need no entry of their own: the backward
 * extension that finds the organ keeps them too.
 */
const POSTS = [
  // Party
  "总书记", "第一书记", "党组书记", "党委书记", "党工委书记", "副书记", "书记", "党组成员", "党委委员", "常委", "委员",
  // Government
  "国务委员", "总理", "副总理", "省长", "市长", "县长", "区长", "州长", "镇长", "乡长", "旗长", "盟长", "主席", "副主席",
  "秘书长", "主任", "副主任", "副主任委员", "部长", "厅长", "局长", "处长", "科长", "所长", "署长", "司长", "主任委员", "委员长",
  "审计长", "督察长", "总督学", "巡视员", "调研员", "专员", "行政长官", "省长助理", "市长助理", "县长助理", "区长助理",
  "发言人",
  // The foreign ministry's commissioner in a special region (`驻…特派员公署副特派员`).
  "特派员",
  // A rank held as a post (`副县级干部X`, `县长级干部X`, `正处级领导干部`).
  "级干部", "级领导干部",
  // A bureau's chief specialists, who sit in its leadership (`市税务局总经济师X`).
  "总经济师", "总会计师", "总工程师", "总规划师", "总审计师",
  // Courts, procuratorates, security
  "院长", "检察长", "庭长", "审判员", "检察员", "政委", "司令员", "参谋长", "总队长", "支队长", "大队长", "局长",
  // Leading groups, command posts
  "组长", "副组长", "指挥长", "副指挥长", "总指挥", "副总指挥", "总指挥长", "副总指挥长",
  // A joint meeting's or a panel's convener (`部际联席会议召集人X`), who heads it as a 组长 does
  "召集人",
  // Delegations: a congress's delegation from a province, a party-and-government delegation
  "团长",
  // River, lake and forest chiefs: officials who hold a stretch of water or forest by office
  "总河长", "河长", "总湖长", "湖长", "总林长", "林长",
  // Heads of public institutions
  "校长", "行长", "社长", "台长", "馆长", "站长", "主委", "理事长", "会长", "总编辑", "党组副书记",
];

const sorted = Array.from(new Set(POSTS)).sort((a, b) => b.length - a.length);

/** Posts; the caller decides from the context whether one is a title. */
const POST_WORDS = new WordIndex(sorted);
/** 1 for the units that start a post. */
export const POST_FIRSTS = new Uint8Array(0x10000);
POST_WORDS.markFirsts(POST_FIRSTS, 1);

/** The longest post starting at `i`, if any. */
export function postAt(s: string, i: number): string | undefined {
  const w = POST_WORDS.at(s, i);
  return w !== undefined && rostrumAt(s, i + w.length) ? undefined : w;
}

/**
 * `主席台` (the rostrum, `走上主席台中央`, `在主席台就座`) is a place, not the post 主席 with a
 * name after it: a post that ends right before 台 after 主席 is none.
 */
function rostrumAt(s: string, end: number): boolean {
  return s.charCodeAt(end) === 0x53f0 && s.startsWith("主席", end - 2); // 台
}

/** Whether a post could start with units `c` then `next` (false is certain). */
export function postMayStartWith(c: number, next: number): boolean {
  return POST_WORDS.mayStartWith(c, next);
}

/**
 * Every post in `s`, left to right, the longest at each place, none overlapping.
 * (A scan with the index's edge table measured faster here than a regex alternation.)
 */
export function findPosts(s: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const n = s.length;
  for (let i = 0; i < n; i++) {
    // Most characters start no post: one table read, no call.
    if (POST_FIRSTS[s.charCodeAt(i)] === 0) continue;
    const w = POST_WORDS.at(s, i);
    if (w !== undefined && !rostrumAt(s, i + w.length)) {
      out.push({ start: i, end: i + w.length });
      i += w.length - 1;
    }
  }
  return out;
}

/**
 * Posts used after a name (`习近平总书记`, `方兴部长`): the cited superior's style; and the
 * CPPCC's, which names its members so when they speak (`邢佳禾委员建议`).
 */
/**
 * A Party committee named short, as it stands before a leader's name when the post follows
 * the name (`区委李伟光副书记`, `镇党委X书记`): the post is that organ's.
 */
export const PARTY_ORGAN_RE = /(?:[省市州县区旗盟]委|[镇乡]党委|党工委)$/;

export const POSTS_AFTER_NAME = new Set([
  "总书记", "书记", "总理", "副总理", "主席", "副主席", "委员长", "部长", "省长", "市长", "县长", "区长", "局长",
  "主任", "院长", "检察长", "秘书长", "组长", "厅长", "州长", "镇长", "乡长", "旗长", "处长", "校长", "行长", "委员",
]);

/**
 * Words a title never extends back over: verbs and prepositions that introduce a titled
 * person (`贯彻落实省委副书记…`, `受市委书记…委托`), and time words of the lead.
 * Checked as the words ending right where the backward extension would step.
 */
export const TITLE_STOP_WORDS = new WordIndex([
  "落实", "贯彻", "学习", "牢记", "传达", "按照", "根据", "依照", "遵照", "对照", "批复", "批覆", "批示", "指示", "部署",
  "要求", "主持", "召开", "出席", "参加", "陪同", "会见", "会同", "听取", "看望", "慰问", "调研", "考察", "检查",
  "督导", "带领", "率领", "邀请", "委托", "以及", "上午", "下午", "晚上", "今天", "昨天", "近日", "日前", "刚才",
  "随后", "同时", "会上", "其中", "还有", "包括", "分别", "并且", "作为", "担任", "任命", "免去", "当选", "选举",
  // The order of a meeting's turns, with no comma after it (`最后镇党委副书记X讲意见`).
  "最后", "最终", "首先", "接着", "然后", "其后", "之后", "此外", "会后", "会前",
  "讲话", "强调", "指出", "表示", "介绍", "汇报", "报告", "通报", "宣布", "提出", "转达", "代表", "向", "对",
  // Accountability and appointment verbs whose object is a titled person (`责令…主任X作出检查`).
  "责令", "责成", "给予", "约谈", "问责", "批评", "处分", "撤销", "诫勉", "追究", "督促", "提名", "提请", "推荐", "聘任", "接受", "辞去",
  "推选", "推定", "推举",
  "授予", "表彰",
  // What opens a list of those present (`出席会议的领导有市委常委…`), and who an errand is
  // run for (`受市委书记X委托`).
  "领导有", "的有", "受",
  // A chair's script calls each on by title (`下面,请市政府副市长X同志通报…`).
  "请",
  // A leader leading or bringing others along (`副市长X率市公安局副局长Y…`, `X携市应急局局长Y`).
  "率", "携",
]);

/** Single characters that never belong to an organ name and so end a title going back. */
export const TITLE_STOP_CHARS = charTable("的了在是把被将从给和与及同由等为以也都并又还就即但而或之其这那我你他她它们日时到");

/** Characters that end an organ's name (`…局`, `…委员会`, `…中心`). */
const ORGAN_ENDS = charTable("局厅委部办署院会室心站所处司");
/** Characters that open a new organisation rather than continue one: a place, or 各, 全, 本. */
const NEW_ORGAN_OPENERS = charTable("省市州县区镇乡村盟旗各全本该");
/** Fewest characters of each half joined by 和 in one organ's name. */
const MIN_HALF = 2;

/**
 * Whether the 和 at `h` joins two halves of one organ's name (`市住房和城乡建设局`,
 * `人力资源和社会保障厅`, `政务服务和数据管理局`) rather than two organs or two people
 * (`市委和市政府`, `乡镇和应急管理局`, `书记和市长`), for a title whose post starts at
 * `postStart`. The half after it must end with an organ's end and open no organisation of
 * its own; the half before it must be neither a place, nor an organ, nor a post.
 */
export function joinsOrganHalves(s: string, h: number, postStart: number): boolean {
  // The post's own prefix (`…局副局长`, `…局常务副局长`) stands between organ and post.
  const organEnd = s.startsWith("常务副", postStart - 3) ? postStart - 3 : s.charCodeAt(postStart - 1) === 0x526f ? postStart - 1 : postStart; // 副
  if (organEnd - (h + 1) < MIN_HALF + 1 || h < MIN_HALF) return false;
  if (!inTable(ORGAN_ENDS, s, organEnd - 1) || inTable(NEW_ORGAN_OPENERS, s, h + 1)) return false;
  for (let k = h - MIN_HALF; k < h; k++) if (isClauseBreakAt(s, k) || inTable(TITLE_STOP_CHARS, s, k)) return false;
  if (inTable(NEW_ORGAN_OPENERS, s, h - 1) || inTable(ORGAN_ENDS, s, h - 1)) return false;
  // A word no title runs back over ends the half (`传达了…的讲话和最高检某办公室主任X`): the
  // 和 joins what was relayed, not the halves of a name.
  if (TITLE_STOP_WORDS.endingAt(s, h) !== undefined) return false;
  if (ENDS_WITH_POST_RE.test(s.slice(Math.max(0, h - 6), h))) return false;
  // A titled person meeting another (`代市长X与某大学研究院院长Y座谈`): a name of two or three
  // characters stands between a post and the 和.
  for (let len = 2; len <= 3; len++) {
    if (ENDS_WITH_POST_RE.test(s.slice(Math.max(0, h - len - 6), h - len))) return false;
    // …or opening a headline (`X与某研究院院长Y座谈`): the half is all a name.
    if (isClauseBreakAt(s, h - len - 1) && nameLengthAt(s, h - len) === len) return false;
  }
  return true;
}

/**
 * The organs of a company: a post there (`…有限公司车间主任`, `…集团党委书记`) is no public office;
 * nor is one in a chamber of its members (`房地产商会副会长`).
 */
const COMPANY_RE = /公司|集团|车间|商会/;

/**
 * Whether a chain of titles (spans of `s`) holds company posts only: company staff are no
 * officials, and a state-owned company's head is one only where gold leaves it optional.
 * Beside a public office a company's post stays a title (`市政府副秘书长、市城投集团党委书记`):
 * such a company is the state's.
 */
export function companyPostsOnly(s: string, titles: readonly Span[]): boolean {
  // (A loop, not `every` with a closure: see mention-lookup.ts on closures made per call.)
  let inCompany = titles.length > 0 && companyTitleBefore(s, titles[0].start);
  for (const t of titles) {
    const title = s.slice(t.start, t.end);
    // `…集团董事长、党委书记`: a post with no organ of its own after a company's is the company's.
    inCompany = COMPANY_RE.test(title) || (inCompany && SAME_ORGAN_POST_RE.test(title));
    if (!inCompany) return false;
  }
  return titles.length > 0;
}

/** Most characters of a company's title read back before a chain (`…有限公司董事长、`). */
const MAX_COMPANY_TITLE = 24;

/**
 * Whether a company's title the lexicon has no post for (`招商局集团董事长`) stands right before
 * the chain starting at `at`, joined by 、: the chain's first post may then be the company's.
 */
function companyTitleBefore(s: string, at: number): boolean {
  if (s.charCodeAt(at - 1) !== 0x3001) return false; // 、
  let k = at - 1;
  while (k > 0 && at - k < MAX_COMPANY_TITLE && !isClauseBreakAt(s, k - 1) && s.charCodeAt(k - 1) !== 0x3001) k--;
  return COMPANY_RE.test(s.slice(k, at - 1));
}

/** A post that names no organ of its own, and so belongs to the one the title before it names. */
const SAME_ORGAN_POST_RE = /^(?:党委|党组|纪委|副|总|常务|董事|监事|首席)/;

/**
 * A private practice: a law, accounting or tax firm (`…律师事务所`, `…会计师事务所`); and a
 * chamber of commerce (`区总商会会长`), whose heads are its member firms' owners.
 */
const PRIVATE_FIRM_RE = /事务所|商会/;

/**
 * The chain without the posts of private practices, which are never the state's
 * (`市政协委员、…律师事务所主任任远` keeps the first): the chain itself when it holds none.
 */
export function withoutPrivateFirmPosts<T extends Span>(s: string, titles: T[]): T[] {
  let kept: T[] | null = null;
  for (let i = 0; i < titles.length; i++) {
    const firm = PRIVATE_FIRM_RE.test(s.slice(titles[i].start, titles[i].end));
    if (firm && kept === null) kept = titles.slice(0, i);
    else if (!firm && kept !== null) kept.push(titles[i]);
  }
  return kept ?? titles;
}

/**
 * Offices held once (`原市人大常委会副主任屈文渊`, `原副县长`): 原 before a level or a deputy
 * post. A retired cadre visited or thanked holds none of them now, and so is no official.
 * A place named 原… is none: `原平市` has no level right after 原, and in `原州区委` the
 * level is the place's own, since another level follows it.
 */
const FORMER_RE = /^原(?:[省市州县区镇乡盟旗](?![省市州县区镇乡盟旗])|副|正|中共|国务院|党组)/;

/** 原 after the place, before the organ or post (`该区某镇原党委书记`, `县原副县长`). */
const FORMER_AFTER_PLACE_RE = /[省市州县区镇乡]原(?:党|副|正|[省市州县区镇乡盟旗](?![省市州县区镇乡盟旗]))/;

/** Whether every title of the chain is an office held once. */
export function formerOfficesOnly(s: string, titles: readonly Span[]): boolean {
  for (const t of titles) {
    const title = s.slice(t.start, t.end);
    if (!FORMER_RE.test(title) && !FORMER_AFTER_PLACE_RE.test(title)) return false;
  }
  return titles.length > 0;
}

/**
 * Group labels before (`市领导A、B`) or after (`A、B等市领导`, `A、B等区四套班子领导`) a list
 * of names, a team's among them (`督导组领导A`, `专班领导A`); and the
 * leader in charge of the work at hand (`分管领导X通报了…`, `主管领导X`), whom a township's
 * report names so, without the post.
 */
const GROUP_LABEL_RE = /(?:省|市|州|县|区|镇|乡|盟|旗|校|院|委|局|厅|班|组)(?:级)?领导|班子(?:成员|领导)|(?:省|市|州|县|区)委领导|(?:省|市|县|区)政府领导|(?:省|市|州|县|区)党政军?领导|领导同志|(?:分管|主管)领导/y;
/** Most characters a label holds before its 领导 (`市政府领导`, `省党政军领导`). */
const LABEL_LEAD = 4;

/**
 * The group labels in `s`, in text order, as a search with the pattern finds them. Every
 * label holds one 领导 with at most four characters before it, none of them 领导's own,
 * so the labels are looked for only around each 领导, from the leftmost place on.
 * `lings`: the places of 领 (see landmarks.ts).
 */
export function groupLabels(s: string, lings: readonly number[] = positionsOf(s, "领")): Span[] {
  const out: Span[] = [];
  let from = 0;
  for (const q of lings) {
    if (q < from || s.charCodeAt(q + 1) !== 0x5bfc) continue; // 领导
    // `A、B等领导`: 等 says a list of names ends there, with no level before 领导.
    if (s.charCodeAt(q - 1) === 0x7b49 && !matchAt(GROUP_LABEL_RE, s, q - 1)) { // 等
      out.push({ start: q, end: (from = q + 2) });
      continue;
    }
    for (let p = Math.max(from, q - LABEL_LEAD); p <= q; p++) {
      const m = matchAt(GROUP_LABEL_RE, s, p);
      if (m) {
        out.push({ start: p, end: (from = p + m[0].length) });
        break;
      }
    }
  }
  return out;
}

/** Verbs that say a titled person took part, after which a name list ends. */
export const ATTEND_VERBS = ["出席", "参加", "列席", "陪同", "参会", "与会"];

/** A title ending exactly at the end of the string (a post, with whatever organ precedes). */
export const ENDS_WITH_POST_RE = new RegExp(`(?:${sorted.join("|")})$`);
