/**
 * Reading a personal name at a position of the normalised text: where it starts is known
 * (right after a title, or after a list separator); where it ends is not, since Chinese
 * runs on without spaces. The end is found from what may follow a name (a verb of the
 * report, a break), and, when that does not decide, from how the text repeats the name.
 */
import { charTable, inTable, isClauseBreakAt, isNameCharAt } from "./chars";
import { isCommonestSurname, surnameAt } from "./surnames";
import { WordIndex } from "./word-index";

/**
 * Words that follow a name in these reports: the verbs of chairing, speaking, attending and
 * visiting, and the particles of lists. Two-character entries first, for `startsWith`.
 */
const FOLLOW_WORDS = [
  "主持", "出席", "参加", "列席", "陪同", "强调", "指出", "要求", "提出", "明确", "讲话", "表示", "深入", "走进", "前往",
  "一行", "同志", "带队", "率队", "宣布", "传达", "通报", "部署", "注重", "会议", "先后", "代表", "分别", "听取", "结合",
  "叮嘱", "希望", "察看", "看望", "慰问", "召开", "会见", "通过", "批示", "指示", "调研", "检查", "督导", "考察", "致辞",
  "发言", "总结", "点评", "领学", "带头", "参观", "视察", "批复", "主讲", "作了", "作出", "做出", "认为", "介绍", "汇报",
  "来到", "到达", "表明", "告诫", "呼吁", "敦促", "宣读", "带领", "颁发", "解读", "回答", "签署", "揭牌", "详细", "实地",
  "应邀", "受邀", "逐一", "仔细", "认真", "亲切", "亲自", "一同", "共同", "述职", "接访", "接待", "观摩",
  // 批复 as a Taiwan-standard page writes it (`省长何云批覆規定`): 覆 is Simplified too, so no fold.
  "批覆",
  // 通报 as a content farm's copy writes it (`常务副县长X通告全县…`); a superior's orders
  // cited as their 工作要求 (`落实市委书记X工作要求`, spun `工作规定`).
  "通告", "工作",
  // What a report says of someone next (`局长X关于…的汇报`, `对X进行约谈`, `给予X党内警告处分`,
  // `X现场办公`): words whose first character could be a given name's last.
  "关于", "进行", "现场", "党内", "政务", "随后", "随即", "首先", "再次", "专程", "围绕", "针对", "聚焦", "按照", "根据",
  "一起", "一道", "简要", "冒雨", "连夜", "主动",
  // A conjunction whose first character ends given names too (`李有为`): `X以及…` is X and others.
  "以及",
  // A township report's closing turn (`镇长X讲意见:`), and who convenes (`县长X组织召开`): 讲
  // and 组 could end a given name.
  "讲意", "组织",
  // 会 stands in given names (`朱会东`), so these words of a meeting end a name instead.
  "会上", "会同", "会前", "会后", "会商", "会中", "有关", "座谈",
  // An attendee in a standing capacity (`县政协副主席X常务列席会议`).
  "常务",
  // How a reporter lets a person on the scene speak (`快递小哥刘强告诉记者`, `X笑着说`).
  "告诉", "笑着", "感慨", "透露", "直言",
  // The speech verbs a lead-in may use besides 强调 and 要求 (`发言人X提醒广大市民`).
  "提醒", "号召", "重申", "勉励", "督促", "责成", "嘱咐",
  // Verbs of a meeting's business: after them 和 or 为 ending a name is no conjunction
  // (`镇长施东和安排部署…`).
  "安排", "布置", "宣讲", "解答", "答复", "回应", "审议", "见证", "表态", "交流", "发布", "赴", "在", "到", "来", "等", "和", "与", "及", "也", "还", "对", "就", "向", "为", "以", "是", "的",
  "说", "作", "率", "并", "同", "又", "均", "任", "则", "曾", "已", "将", "被", "把", "从",
];

const followIndex = new WordIndex(FOLLOW_WORDS);

/**
 * Single-character follow words that hardly ever end a given name: after a two-character
 * name they are the verb, whatever word comes next (`局长段同作交流发言`, `X作表态发言`).
 * Not 来 (`王福来`), nor the conjunctions and prepositions of NEEDS_OBJECT.
 */
const NEVER_LAST = charTable("作说率赴到在也还又均则曾已是的");

/**
 * Follow words that are conjunctions or prepositions, and also end given names (`邝景和`,
 * `李有为`): they need what they join or govern after them, so one right before a break
 * (`市长邝景和,`) is the name's last character, not a word after it.
 */
const NEEDS_OBJECT = charTable("和与及同并对就向为以把被从将");

export function followWordAt(s: string, i: number): boolean {
  return i >= s.length || followIndex.at(s, i) !== undefined;
}

/**
 * Surname + next character pairs that are common words, not names: `组长单位`,
 * `总书记关于`, `成员单位`. Checked on the first two characters of a candidate.
 */
const NOT_NAMES = new Set([
  "关于", "单位", "高度", "全面", "全市", "全省", "全县", "全区", "全国", "全体", "全力", "方面", "方式", "方案", "方向",
  "程度", "文件", "时间", "安全", "管理", "任务", "应急", "和谐", "于是", "同志", "成员", "周年", "明确", "江苏", "国家",
  "国务", "平安", "平台", "都是", "都要", "相关", "原则", "由于", "位于", "海关", "强化", "强调", "来自", "和平", "常态",
  "常务", "常委", "严格", "严防", "严密", "严禁", "严肃", "重要", "重点", "万元", "支持", "支部", "时期", "党组", "党委",
  "石油", "水平", "班子", "洪水", "洪涝", "洪峰", "洪灾", "言论", "言行", "弘扬", "蓬勃", "仰望", "候选", "成立", "成果", "连续", "向前", "向上", "文明", "司机", "司法", "师生", "商务", "黄河", "长江", "宣传",
  "项目", "车辆", "车站", "经济", "信息", "信访", "要求", "申请", "包括", "包保", "符合", "督导", "统筹", "余人", "谷物",
  "计划", "应当", "应对", "华为", "卫生", "卫健", "齐抓", "段时", "曲线", "范围", "雷同", "冯某", "付出", "初步", "初心",
  "税务", "税收", "税费", "凤凰", "应邀", "应约",
  // A commissioner's office (`特派员公署`), an organ after a post, no name.
  "公署",
  // A Party branch's short names (`临时党总支书记`, `党支部`): 党 is a surname too.
  "党小",
  // 由 before who takes a post (`支部书记由团长担任`, `由组长牵头`), not the rare surname.
  "由团", "由组", "由局", "由部", "由处", "由科", "由院", "由主", "由副", "由书", "由市", "由县", "由区", "由镇",
  "由乡", "由省", "由各", "由分", "由其", "由牵",
  // What 老 opens besides names (`老同志`, `老旧小区`, `老百姓`).
  "老同", "老干", "老党", "老百", "老区", "老旧", "老人", "老年", "老师", "老乡", "老家", "老兵", "老龄", "老化", "老城",
  "老街", "老小", "老弱", "老工", "老字", "老少", "老板", "老病", "老难", "老问", "老路", "老一", "老战", "老模", "老劳",
  // A post's holders named in a list to come (`副秘书长任命名单`, `主任任免事项`).
  "任命", "任免", "任职", "任期",
  // A Party branch before its secretary (`各村党总支书记`), and verbs whose first unit is a
  // surname (`向村支部书记解释…`, `镇长解决…`).
  "党总", "党支", "党工", "解释", "解决", "解读", "解答", "解放", "解除", "解难",
  // 向 as the preposition after a post (`副县长向大家介绍`, `县长向全县人民拜年`).
  "向大", "向全", "向广", "向与", "向社", "向群", "向参", "向来", "向企", "向客", "向中", "向党", "向村", "向基",
  // Adverbs of sequence after a group (`各委员随后发言`): 随 is a surname, 随后 no name.
  "随后", "随即", "随着", "随同",
  // A village's Party secretary (`村里的支书和主任`): 支 is a surname, 支书 a post.
  "支书",
  // 区 is a surname too; the district's organs are no names (`区政府副区长X`).
  "区政", "区委", "区人", "区纪", "区直", "区属", "区领",
  // The rostrum (`在主席台前排就座`): 主席 there is no post, and what follows no name.
  "台前", "台上", "台下", "台就",
  "文章", "时评", "简报", "公报", "公告", "章程", "贺信", "信中", "双方", "纪委", "纪检",
  "宁夏", "云南", "贵州", "广东", "广西", "海南", "湖北", "湖南", "山东", "山西", "河北", "河南", "陕西", "甘肃", "吉林",
  "黑龙", "辽宁", "江西", "福建", "浙江", "安徽", "四川", "青海", "西藏", "新疆", "内蒙", "北京", "天津", "上海", "重庆",
]);

export function isNotName(name: string): boolean {
  return name.length < 2 || NOT_NAMES.has(name.slice(0, 2));
}

/**
 * Occurrences of `needle` near `at` (non-overlapping), capped: only "more than" matters.
 * Counted over a window of the text around `at`, so a long page stays linear, and
 * remembered per window, so a page that repeats a name counts it once.
 */
const WINDOW = 1_000;
let countsOf: string | null = null;
const counts = new Map<string, number>();
function countNear(s: string, needle: string, at: number, cap = 50): number {
  if (countsOf !== s) {
    countsOf = s;
    counts.clear();
  }
  const bucket = Math.floor(at / WINDOW);
  const key = `${bucket}:${needle}`;
  const known = counts.get(key);
  if (known !== undefined) return known;
  const from = Math.max(0, (bucket - 1) * WINDOW);
  const to = Math.min(s.length, (bucket + 2) * WINDOW);
  let n = 0;
  for (let i = s.indexOf(needle, from); i >= 0 && i + needle.length <= to && n < cap; i = s.indexOf(needle, i + needle.length)) n++;
  counts.set(key, n);
  return n;
}

/**
 * The dots that join the parts of a minority name (`买买提·艾力`): pages set the middle dot,
 * the hyphenation point of Traditional fonts, a bullet or the katakana middle dot.
 */
const JOINERS = charTable("·‧•・･");
/** Transliterations write 不 and 都 as syllables (`阿不都`), though in Han text they are words. */
const isPartCharAt = (s: string, i: number): boolean => isNameCharAt(s, i) || s.charCodeAt(i) === 0x4e0d || s.charCodeAt(i) === 0x90fd;
/** Most characters in one part of a joined name (`阿不都热合曼`). */
const MAX_PART = 8;

/**
 * Length of a minority name joined by dots starting at `i` (`努尔兰·别克`,
 * `阿布都热依木‧吐尔逊`), or 0. Such names need not open with a Han surname, and their
 * parts run longer; the last part ends where a word of the report follows.
 */
function joinedNameLength(s: string, i: number): number {
  let j = i;
  while (j - i < MAX_PART && isPartCharAt(s, j)) j++;
  if (j - i < 2 || !inTable(JOINERS, s, j)) return 0;
  for (;;) {
    let k = j + 1;
    while (k - j - 1 < MAX_PART && isPartCharAt(s, k) && (k === j + 1 || followIndex.at(s, k) === undefined)) k++;
    if (k === j + 1) return 0;
    if (!inTable(JOINERS, s, k)) return isNotName(s.slice(i, i + 2)) ? 0 : recurringEnd(s, i, j + 1, k) - i;
    j = k;
  }
}

/**
 * Where a joined name whose last part runs from `partStart` to `end` really ends: no word
 * of the report stopped the part (`…买买提接访群众`), so a shorter reading that the text
 * repeats more often than the whole run (`阿不都热依木·买买提指出`) is the name.
 */
function recurringEnd(s: string, i: number, partStart: number, end: number): number {
  if (end - partStart <= 2 || followIndex.at(s, end) !== undefined) return end;
  const whole = countNear(s, s.slice(i, end), i);
  for (let p = end - 1; p >= partStart + 2; p--) if (countNear(s, s.slice(i, p), i) > whole) return p;
  return end;
}

/**
 * Length of the name starting at `i`, or 0 when no name starts there.
 * Han names are a surname (1 or 2 characters) and one or two more; a minority name may
 * run longer joined by `·`.
 */
export function nameLengthAt(s: string, i: number): number {
  const joined = joinedNameLength(s, i);
  if (joined > 0) return joined;
  const sl = surnameAt(s, i);
  if (sl === 0) return 0;
  // `…长远发展` after a post in 长 (`县长`, `组长`): the word 长远, not the surname 远
  // (`秘书长远明华`).
  if (s.charCodeAt(i) === 0x8fdc && s.charCodeAt(i - 1) === 0x957f && (inTable(LONG_VIEW_NEXT, s, i + 1) || !isNameCharAt(s, i + 1))) return 0; // 远, 长
  let run = 0;
  while (run < 3 && isNameCharAt(s, i + sl + run)) run++;
  // 在 stands in a given name only as its first unit of two, the name closing a list item
  // (`秘书长尤在晶等参加`): elsewhere it is the preposition after a name (`王强在会上`).
  if (run === 0 && s.charCodeAt(i + sl) === 0x5728 && isNameCharAt(s, i + sl + 1) && closesItemAt(s, i + sl + 2)) {
    return isNotName(s.slice(i, i + sl + 2)) ? 0 : sl + 2;
  }
  if (run === 0) return 0;
  if (run === 3 && marriedNameAt(s, i, sl)) return isNotName(s.slice(i, i + 4)) ? 0 : 4;
  let len: number;
  if (run === 1) len = sl + 1;
  else {
    // Which reading is followed by a word of the report? A longer follow word wins
    // (`马骏|陪同` over `马骏陪|同`); on a tie, the three-character reading.
    const f3 = followIndex.at(s, i + sl + 2)?.length ?? (i + sl + 2 >= s.length ? 1 : 0);
    const f2 = followIndex.at(s, i + sl + 1)?.length ?? 0;
    if (f2 === 1 && inTable(NEVER_LAST, s, i + sl + 1)) len = sl + 1;
    else if (f3 > 0 && f3 >= f2) len = sl + 2;
    else if (f2 > 0 && !(f2 === 1 && inTable(NEEDS_OBJECT, s, i + sl + 1) && isClauseBreakAt(s, i + sl + 2))) len = sl + 1;
    else if (run === 2 && isClauseBreakAt(s, i + sl + 2)) len = sl + 2;
    else {
      // Undecided: a name recurs whole, so a two-character reading that the text repeats
      // more often than the three-character one is the name, followed by varying words.
      const two = s.slice(i, i + sl + 1);
      const three = s.slice(i, i + sl + 2);
      len = countNear(s, two, i) > countNear(s, three, i) ? sl + 1 : sl + 2;
    }
  }
  return isNotName(s.slice(i, i + len)) ? 0 : len;
}

/**
 * A married woman's name as Hong Kong and Taiwan write it, her husband's surname before her
 * own (`行政长官林郑X娥`): four characters, the second a surname too, closing the clause with
 * no word of the report inside. A Han name of three is never followed so by a fourth
 * character that is no word.
 */
function marriedNameAt(s: string, i: number, sl: number): boolean {
  // Both halves from the commonest surnames only: the rare ones are words as well (`由`, `向`),
  // and would join a preposition to the name after it.
  return sl === 1 && isCommonestSurname(s.charCodeAt(i)) && isCommonestSurname(s.charCodeAt(i + 1)) && isClauseBreakAt(s, i + 4) && followIndex.at(s, i + 2) === undefined && followIndex.at(s, i + 3) === undefined;
}

/** What follows the word 长远 (`长远发展`, `长远规划`, `长远看`, `长远之计`). */
const LONG_VIEW_NEXT = charTable("发规目利看来考眼谋角之打景期计效虑处意想布安设建性");

/** A list item's or clause's end: a break, or 等 closing the list (`A、B等参加`). */
function closesItemAt(s: string, i: number): boolean {
  return isClauseBreakAt(s, i) || s.charCodeAt(i) === 0x7b49; // 等
}

/**
 * Length of the name ending right before `end` (a post written after the name, as in
 * `习近平总书记`), or 0. The name must start at a clause break or after a word that
 * introduces a person (`贯彻`, `刚才`), so that the characters before it are not taken in.
 */
export function nameLengthBefore(s: string, end: number, startsAfter: (s: string, at: number) => boolean, known: Set<string>): number {
  for (const len of [3, 2, 4]) {
    const cand = s.slice(end - len, end);
    if (known.has(cand)) return len;
  }
  for (const len of [3, 2]) {
    const start = end - len;
    if (start < 0) continue;
    const sl = surnameAt(s, start);
    if (sl === 0 || sl >= len) continue;
    let ok = true;
    for (let k = start + sl; k < end; k++) if (!isNameCharAt(s, k)) ok = false;
    if (!ok || isNotName(s.slice(start, end))) continue;
    // A word of the report opening the run (`随后周书记`, `随即王书记`) is no name's start.
    if (len === 3 && followIndex.at(s, start)?.length === 2) continue;
    if (startsAfter(s, start)) return len;
  }
  return 0;
}

/**
 * Words after which a name at a sentence's start is a person doing or saying something
 * (`蒲天佑在致辞中感谢…`, `郗博远介绍了…`, `罗皓然表示…`): narrower than the follow words,
 * since the name is read here with no title before it to vouch for it.
 */
const PERSON_ACTS = new WordIndex(["在", "表示", "介绍", "感谢", "说", "致辞", "代表", "发言", "认为", "希望", "谈到", "回顾", "指出", "强调", "坦言", "称",
  // How a reporter lets a person on the scene speak (`快递小哥刘强告诉记者,…`, `…笑着说`).
  "告诉", "笑着", "感慨", "透露", "直言",
  // What a delegate or an expert asks of the meeting (`人大代表X要求,…`, `专家X提出,…`).
  "要求", "提出", "建议", "呼吁", "提醒",
  // A guest at a reception recalls a visit or thanks the host (`X愉快地回忆起…`).
  "回忆"]);

/** Most characters of a manner adverb in 地 between a person and the act (`愉快地`, `十分感慨地`). */
const MAX_MANNER = 5;

/** Whether a person's act starts at `at`, perhaps after a manner adverb in 地 (`X愉快地回忆起…`). */
function personActsAt(s: string, at: number): boolean {
  if (PERSON_ACTS.at(s, at) !== undefined) return true;
  for (let j = at + 1; j <= at + MAX_MANNER && j < s.length; j++) {
    if (isClauseBreakAt(s, j)) return false;
    if (s.charCodeAt(j) === 0x5730) return PERSON_ACTS.at(s, j + 1) !== undefined; // 地
  }
  return false;
}

/**
 * What introduces a person who holds no office: a company's posts, a delegate of business,
 * an expert, a villager, a grid worker (`董事长兼总裁蒲天佑`, `企业家代表孟凡舟`, `网格员罗小燕`).
 */
const OUTSIDER_WORDS = new WordIndex([
  "董事长", "总经理", "总裁", "首席执行官", "执行官", "创始人", "合伙人", "负责人", "企业家", "企业代表", "代表", "专家", "教授",
  "研究员", "院士", "村民", "居民", "群众", "志愿者", "技术员", "工程师", "经理", "店主", "老板", "董事",
  // The front line of a community's epidemic control: workers, not office holders.
  "网格员", "网格长", "楼栋长", "快递员", "外卖员", "流调员", "消杀员", "检测员",
  // The people a reporter meets on a visit: carers, drivers, workers, residents.
  "小哥", "医生", "医师", "护士", "护士长", "村医", "教师", "老师", "司机", "工人", "环卫工", "社区工作者", "社工",
  "采样员", "保安", "市民", "商户", "摊主", "学生", "家长", "农民", "种植户", "养殖户", "店员", "退役军人",
  "民警", "辅警", "医护人员", "工作人员", "职工", "员工",
  // A township cadre's assignment (which village he looks after), no office: after a post
  // (`副镇长、包村干部X`) the post is the person's; alone it makes no one an official.
  "包村干部", "包片干部", "包组干部", "驻村干部",
]);
/**
 * A township leader's assignment (`乡党委副书记、包片领导X`): after a post the post is the
 * person's, as with an outsider's word; alone, a leader is no outsider, so it is no such word.
 */
const ASSIGNMENT_WORDS = new WordIndex(["包村领导", "包片领导", "包联领导", "包村镇领导"]);
/** Most characters of an item that describes a person by a work unit (`江陵康养集团有限公司总经理`). */
const MAX_DESCRIBED = 30;

/**
 * Where the name starts that ends an item describing a person by work unit and no office
 * (`…、江陵大学教授苏芷先后发言`, `…、康养集团有限公司总经理费思远,`): an outsider's
 * word, then a name that ends the item, at a break or a word of the report. -1 if none.
 * The item starts at `from`; what holds an office has a post of its own and is read as such.
 * `assignments`: the item follows a post, so a leader's assignment describes the person too.
 */
export function describedNameAt(s: string, from: number, assignments = false): number {
  const to = Math.min(s.length, from + MAX_DESCRIBED);
  for (let j = from; j < to; j++) {
    if (isClauseBreakAt(s, j)) return -1;
    const w = OUTSIDER_WORDS.at(s, j) ?? (assignments ? ASSIGNMENT_WORDS.at(s, j) : undefined);
    if (w === undefined) continue;
    const at = j + w.length;
    const len = nameLengthAt(s, at);
    if (len > 0 && (isClauseBreakAt(s, at + len) || followWordAt(s, at + len))) return at;
  }
  return -1;
}

/**
 * Length of the name of a person who holds no office, described at the sentence's start `at`
 * and then doing or saying something (`东关社区网格员汤小雨表示,…`); else 0.
 */
export function describedOpeningAt(s: string, at: number): number {
  let name = describedNameAt(s, at);
  // Titles joined by 、 (`县城投集团党委书记、董事长X代表…`): the outsider's word may close
  // the last of them, right before the name.
  for (let from = at, n = 0; name < 0 && n < MAX_DESCRIBED_ITEMS; n++) {
    from = itemAfter(s, from);
    if (from < 0 || from - at > MAX_DESCRIBED) return 0;
    name = describedNameAt(s, from);
  }
  if (name < 0) return 0;
  const len = nameLengthAt(s, name);
  return PERSON_ACTS.at(s, name + len) === undefined ? 0 : len;
}

/** Most items joined by 、 read for an outsider's description at a sentence's start. */
const MAX_DESCRIBED_ITEMS = 3;

/** Where the item after the next 、 of the clause from `from` starts, or -1 at a clause break first. */
function itemAfter(s: string, from: number): number {
  const to = Math.min(s.length, from + MAX_DESCRIBED);
  for (let j = from; j < to; j++) {
    if (s.charCodeAt(j) === 0x3001) return j + 1; // 、
    if (isClauseBreakAt(s, j)) return -1;
  }
  return -1;
}

/** Most characters before an unnamed person's description is over (`一位姓李的店主`). */
const MAX_UNNAMED_OPENING = 12;
/** How a reporter lets someone speak: narrower than PERSON_ACTS, whose 在 and 代表 narrate. */
const SPEAKS = new WordIndex(["告诉", "表示", "介绍", "说", "坦言", "称", "感慨", "笑着", "透露", "直言", "认为", "谈到"]);

/**
 * Length of an opening that lets a person speak who is described but not named (`一位姓李的
 * 店主告诉记者,…`, `不少居民表示,…`): an outsider's word, then a verb of speaking, before
 * the first break; else 0. Such a person holds no office, and their words are no one's order.
 */
export function unnamedOutsiderOpeningAt(s: string, at: number): number {
  const to = Math.min(s.length, at + MAX_UNNAMED_OPENING);
  for (let j = at; j < to; j++) {
    if (isClauseBreakAt(s, j)) return 0;
    const w = OUTSIDER_WORDS.at(s, j);
    if (w === undefined) continue;
    let k = j + w.length;
    if (s.charCodeAt(k) === 0x4eec) k++; // 们
    if (SPEAKS.at(s, k) !== undefined) return k - at;
  }
  return 0;
}

/** How far back the person's introduction is looked for. */
const INTRODUCED_WITHIN = 3_000;

/**
 * Length of a person's name opening `s` at `at`, followed by what a person does, whom the
 * text introduced earlier as holding no office (a title from OUTSIDER_WORDS before the
 * name, or `一行` after it); else 0. A name-shaped word (`随后在…`, `尤其在…`) has no such
 * introduction, and so is never taken for a person here.
 */
export function outsiderOpeningAt(s: string, at: number): number {
  const len = nameLengthAt(s, at);
  if (len === 0 || !personActsAt(s, at + len)) return 0;
  const from = Math.max(0, at - INTRODUCED_WITHIN);
  const before = s.slice(from, at);
  const name = s.slice(at, at + len);
  for (let j = before.indexOf(name); j >= 0; j = before.indexOf(name, j + len)) {
    if (OUTSIDER_WORDS.endingAt(s, from + j) !== undefined || s.startsWith("一行", from + j + len)) return len;
  }
  return 0;
}
