/**
 * Directives: sentences that prescribe action, with the speaker each is attributed to.
 *
 * A report alternates narrative and attributed speech: `X强调,…` opens a speaker's turn,
 * the sentences after it (`要…`, `一是…`) continue it until the next lead-in or the end of
 * the paragraph; a paragraph broken mid-sentence, a lone `会议强调` heading, or a paragraph
 * that opens with an order continues it. A transcript has one speaker throughout.
 */
import { findLeadIn, leadInAt, type LeadIn, type SpeakerLookup } from "./attribution";
import { assessmentIn, IS_ACTION, IS_MODAL, IS_NARRATIVE, IS_RESOLVE_ONLY, normativeBits, opensListPoint, opensWithEnumeration, pledgeIn, type SpeechVerbProbe } from "./markers";
import { ANSWER, intervieweeBefore, PRESS_QUESTION, PRIVATE, QUESTION, turnAt } from "./interview";
import type { FoundOfficial } from "./officials";
import type { Sentence } from "./sentences";
import type { Span } from "./types";
import { labelBefore, MentionLookup } from "./mention-lookup";
import { describedOpeningAt, nameLengthAt, outsiderOpeningAt, unnamedOutsiderOpeningAt } from "./names";
import { keepShape } from "./shapes";
import { isSpeechTitleLine } from "./transcript";
import { isSiteNotice } from "./furniture-line";
import { statesProblem } from "./problem-points";
import { looksLikeSubHeadline } from "./sub-headline";
import { isClauseBreakAt, isDigit } from "./chars";
import { officialBySurnameAndPost, SurnamePostOpenings } from "./surname-post";

export interface FoundDirective {
  sentence: Sentence;
  /** An official's key, `会议`, or a title string; null when nothing attributes it. */
  speaker: Speaker | null;
}

/** `group`: leaders together (`市领导们…叮嘱…`), reported with no one speaker (null). */
export type Speaker = { kind: "official"; key: string } | { kind: "meeting" } | { kind: "title"; text: string } | { kind: "group" };

export interface DirectiveContext {
  norm: string;
  /** The units of `norm`. */
  codes: Uint16Array;
  sentences: Sentence[];
  look: SpeakerLookup & {
    /** Officials whose mention opens this sentence (narrated, not speaking), within its first `within` units. */
    openingOfficial(t: string, base: number, within?: number): string | undefined;
    /** The official whose mention starts at this offset (`杭立诚:`, a turn of an interview). */
    officialStartingAt(at: number): string | undefined;
  };
  /** The officials found, in which an interview's interviewee is looked for. */
  officials: readonly FoundOfficial[];
  /** The unnamed or named speaker of a transcript; undefined for a news report. */
  transcriptSpeaker?: Speaker | null;
  /** Normalised span of the headline, never a directive. */
  headline: { start: number; end: number } | null;
  /** The view's `kept` text (same offsets as `norm`): a bare-title subject's text is read there. */
  kept: string;
  /** Every lead-in's official is added here, so that roles can record speakers. */
  speakers: Set<string>;
  /** Every post in the text, left to right (the landmarks pass's). */
  posts: readonly Span[];
}

/** A sentence wholly in one pair of brackets. */
const BRACKETED_LINE_RE = /^\([^()]*\)$/;

/** Words by which a transcript tells of a turn at its own meeting: `刚才`. */
const SAID_HERE_RE = /刚才|刚刚/;

const OPENS_WITH_ORDER_RE = /^(?:要|必须|务必|坚决|切实|一是|一要|首先|第一|[①-⑳])/;

/** A broadcast report's sound-bite label (`【同期声】`, `[同期]`, `同期声:`) opening a line. */
const SOUND_BITE_RE = /^[【\[〔(]?同期声?[】\]〕)]?:?\s*/;
/** Longest label line read as a sound bite's: the label, a title chain and a name. */
const MAX_SOUND_BITE_LINE = 48;

/**
 * A transcript page's speaker label standing as a line of its own, the words under it with
 * no verb of speech: a press conference's record (`【省卫生健康委员会副主任 蓝正阳】`,
 * `【主持人 覃晓岚】`, `省公安厅副厅长 庞志诚:`). No sentence mark inside, as a heading has none.
 */
const SPEAKER_LABEL_RE = /^【[^【】,。;!?“”]{2,46}】$|^[^【】,。;!?“”:]{2,46}:$/;
/** Units closing a label before its name: 】, :, a space. */
const LABEL_CLOSERS = new Set([0x3011, 0x3a, 0x20]);

/**
 * The official a label line names (`【同期声】县委书记 祁少华`, `【主持人 覃晓岚】`): a
 * television report's sound bite or a press conference's record gives the speaker's own
 * words in the paragraphs under it, so the line hands the floor on as a lone `会议强调`
 * heading does. null for a reporter's label (`【湄南日报记者】`): the floor is no one's.
 */
function labelSpeaker(t: string, sen: Sentence, look: SpeakerLookup): string | null | undefined {
  if (t.length > MAX_SOUND_BITE_LINE) return undefined;
  if (!SOUND_BITE_RE.test(t) && !SPEAKER_LABEL_RE.test(t)) return undefined;
  let end = sen.end;
  while (end > sen.start && LABEL_CLOSERS.has(t.charCodeAt(end - sen.start - 1))) end--;
  const key = look.officialEndingAt(end)?.key;
  if (key !== undefined) return key;
  return t.includes("记者") ? null : undefined;
}

/**
 * A short order standing as the heading of a block (`要精心组织医疗救治。`, `二是要优环境。`,
 * `二要严格落实核酸检测。`): the sentences after it in the paragraph spell it out, imperative
 * even without a marker of their own.
 */
const BLOCK_HEADING_RE = /^(?:[一二三四五六七八九十]是)?要[^,;:。]{2,12}[。!]$|^[一二三四五六七八九十]要[^,;:。]{2,12}[。!]$/;

/**
 * A sentence that announces the points to follow (`讲了三点意见。`, `提出以下要求:`): it closes
 * on a count of views, demands or hopes.
 */
const POINTS_ANNOUNCED_RE = /(?:[一二两三四五六七八九十几]点|以下|如下)(?:意见|要求|建议|希望)[。:]$/;

/**
 * The meeting as the subject of what it did (`会议深入学习贯彻…,全力推进…`, `会议听取了…`):
 * the report tells its business, in the same verbs an order uses; what it said comes with a
 * speech verb (`会议强调`), read as a lead-in before this is tried.
 */
const MEETING_DID_RE = /^(?:本次|此次|这次)?(?:会议|大会)(?:还|先后|首先|随后|同时|集中|集体|专题|认真|深入|全面|系统|传达|听取|审议|研究|总结|通报|学习|观看|宣读|表彰|部署|分析|回顾|围绕|采取)/;

/**
 * A view or pledge that goes on to require (`X表示,坚决拥护…,并要求各村…`): the later
 * clause orders, and the sentence with it, as `X要求` would.
 */
const LATER_ORDER_RE = /[,;](?:并|同时|还)?(?:要求|责成|督促)/;

/**
 * A sentence that lists who went along on a tour (`…X陪同。`, `…Y一同调研。`, `…Z参加调研。`),
 * closing on the verb; not one that attends a meeting (`X出席会议。`), nor one that speaks
 * too (`…出席并讲话。`).
 */
const ACCOMPANYING_RE = /(?:陪同|随同|一同)[^,;。并]{0,6}。?$|(?:参加|出席)(?:调研|检查|督导|督查|考察|视察|活动)?。?$/;

/**
 * An official delivering a report (`苗晓峰代表市纪委常委会作工作报告`) or giving a written
 * instruction (`总理X作出重要批示`): its author, who speaks through `报告指出`, `批示指出`.
 */
const DELIVERS_REPORT_RE = /作(?:了|出)?[^,。;]{0,16}(?:报告|批示)/;

/**
 * What an official's words are called when the sentence is about them (`X书记的讲话站位高`,
 * `X同志的重要指示…`): the official owns the subject, and neither acts nor takes the floor.
 */
const OWNED_WORDS_RE = /^(?:(?:常务)?副?(?:书记|省长|市长|县长|区长|州长|镇长|乡长|主任|主席|部长|局长|总理)|同志)?的(?:重要)?(?:讲话|指示|批示|要求|部署|报告)/;

/** Whether the official opening `t` stands there as the owner of words told of (see OWNED_WORDS_RE). */
function ownsWordsTold(t: string, name: string): boolean {
  const at = t.indexOf(name);
  return at >= 0 && OWNED_WORDS_RE.test(t.slice(at + name.length, at + name.length + 12));
}

const OPENING_QUOTES = "“「『";
const CLOSING_QUOTES = /[”」』]/;

/**
 * Whether what is said from `at` on is a direct quotation: it opens with a quote that runs
 * to the sentence's end or beyond it. A quoted watchword with more said after it
 * (`“两个维护”要…`) is not.
 */
function directSpeech(t: string, at: number): boolean {
  if (!OPENING_QUOTES.includes(t[at] ?? "x")) return false;
  const close = CLOSING_QUOTES.exec(t.slice(at + 1));
  return close === null || at + 1 + close.index === t.length - 1;
}

/** Closers that may follow a sentence's end mark (`?”`). */
const TRAILING_CLOSERS = new Set([0x201d, 0x300d, 0x300f, 0x29]);

/** Whether the sentence `[start, end)` is a question (`…有哪些具体举措?`): it asks, it orders nothing. */
function asksQuestion(codes: Uint16Array, start: number, end: number): boolean {
  let k = end - 1;
  while (k > start && TRAILING_CLOSERS.has(codes[k])) k--;
  return codes[k] === 0x3f; // ?
}

/**
 * Quotation marks left open at the end of `codes[start, end)`, given `open` before it: a
 * cited quotation that runs on past its first sentence (`指出:“…。…。”`).
 */
function quoteBalanceIn(codes: Uint16Array, start: number, end: number, open: number): number {
  for (let i = start; i < end; i++) {
    const c = codes[i];
    if (c === 0x201c || c === 0x300c) open++; // “ 「
    else if ((c === 0x201d || c === 0x300d) && open > 0) open--; // ” 」
  }
  return open;
}

/** Sentences a quotation may run over before its speaker is named after it. */
const MAX_QUOTED_SENTENCES = 8;
/** Longest sentence read as a quotation's tail (`李国华说。`, `市委书记吴俊清叮嘱道。`). */
const MAX_TAIL = 24;

/**
 * A paragraph's sentences that are one quotation, named after it (`“要把…不漏一人。”李国华
 * 说。`, as reports quote leaders on a visit): the index of the quotation's last sentence, and
 * the lead-in of the short sentence right after it, which names the speaker and says nothing
 * else. Null when sentence `k` opens no such quotation.
 */
function quotationNamedAfter(ctx: DirectiveContext, k: number): { last: number; tail: LeadIn } | null {
  const { sentences, codes, norm, look } = ctx;
  const first = sentences[k];
  const open = codes[first.start];
  if (open !== 0x201c && open !== 0x300c) return null;
  let balance = 0;
  for (let j = k; j < sentences.length && j < k + MAX_QUOTED_SENTENCES; j++) {
    const sen = sentences[j];
    if (j > k && sen.opensParagraph) return null;
    balance = quoteBalanceIn(codes, sen.start, sen.end, balance);
    if (balance > 0) continue;
    const close = codes[sen.end - 1];
    if (close !== 0x201d && close !== 0x300d) return null;
    const tail = sentences[j + 1];
    if (!tail || tail.opensParagraph || tail.end - tail.start > MAX_TAIL) return null;
    const lead = findLeadIn(norm, codes, tail.start, tail.end, look);
    // The sentence only names who said it, and maybe to whom (`吴俊清叮嘱社区工作人员。`):
    // one clause that orders nothing itself.
    if (!lead || !namesOnly(ctx, tail, lead)) return null;
    const kind = lead.subject.kind;
    return kind === "official" || kind === "pronoun" || kind === "title" ? { last: j, tail: lead } : null;
  }
  return null;
}

function namesOnly(ctx: DirectiveContext, tail: Sentence, lead: LeadIn): boolean {
  const from = tail.start + lead.contentStart;
  const last = tail.end - 1;
  if (from >= last) return true;
  for (let i = from; i < last; i++) if (isClauseBreakAt(ctx.norm, i)) return false;
  return !quotedOrder(ctx, from, tail.end);
}

/** Who a quotation's tail names: an official, by name or by surname and post, or a title;
 * a pronoun means the official narrated before. */
function tailSpeaker(tail: LeadIn, lastSubject: string | undefined, ctx: DirectiveContext): Speaker | null {
  const subj = tail.subject;
  if (subj.kind === "official") return { kind: "official", key: subj.key };
  if (subj.kind === "pronoun") return lastSubject !== undefined ? { kind: "official", key: lastSubject } : null;
  if (subj.kind !== "title") return null;
  const text = ctx.kept.slice(subj.start, subj.end);
  const named = officialBySurnameAndPost(ctx.norm.slice(subj.start, subj.end), text, ctx.officials);
  return named !== undefined ? { kind: "official", key: named } : { kind: "title", text };
}

/** Whether the quoted words `[start, end)` order, by the test every sentence takes. */
function quotedOrder(ctx: DirectiveContext, start: number, end: number): boolean {
  const { norm, codes } = ctx;
  const v = normativeBits(norm, codes, start, end);
  if (v & IS_MODAL) return !(v & IS_RESOLVE_ONLY && pledgeIn(norm, start, end));
  return (v & IS_ACTION) !== 0 && !(v & IS_NARRATIVE) && !assessmentIn(norm, codes, start, end) && !pledgeIn(norm, start, end);
}

function sameSpeaker(a: Speaker | null, b: Speaker | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.kind === "official") return b.kind === "official" && a.key === b.key;
  if (a.kind === "title") return b.kind === "title" && a.text === b.text;
  return a.kind === b.kind;
}

/** Verbs that may stand between an answerer's name and the colon: `符振华补充:`, `晏清回答:`. */
const ANSWER_VERBS = ["补充", "回答", "答"];

/** Length of an answer's mark after a name at `at` (`:`, `补充:`), or 0 when there is none. */
function answerMarkLength(s: string, at: number): number {
  if (s.charCodeAt(at) === 0x3a) return 1; // :
  for (const v of ANSWER_VERBS) if (s.startsWith(v, at) && s.charCodeAt(at + v.length) === 0x3a) return v.length + 1;
  return 0;
}

/**
 * Whether the paragraph at `at` opens with a turn marked by a name that is no official's
 * (`项天佑:…`, the caller having found no official there): a person's name, then the colon.
 */
function nonOfficialTurn(s: string, at: number): boolean {
  const len = nameLengthAt(s, at);
  return len >= 2 && s.charCodeAt(at + len) === 0x3a; // :
}

/**
 * The official who opens the sentence `t` (at `base`) as its subject within its first
 * `within` units: the name first, or after nothing but that official's own titles
 * (`县长X对…给予肯定,他…`); not a name in a setting (`在市委书记X陪同下,他…`).
 */
function subjectOpening(t: string, base: number, within: number, ctx: DirectiveContext): string | undefined {
  const key = ctx.look.openingOfficial(t, base, within);
  if (key === undefined) return undefined;
  const at = t.indexOf(key);
  if (at === 0) return key;
  // After a setting of time or place (`会上,党委书记X传达了…,他强调:…`) the clause opens.
  let from = at;
  while (from > 0 && !isClauseBreakAt(t, from - 1)) from--;
  if (from > 0 && !SETTING_OPENING_RE.test(t.slice(0, from))) return undefined;
  // The setting may run on into the titles with no comma (`会上党委书记X…`).
  const word = SETTING_WORD_RE.exec(t.slice(from, at));
  if (word) from += word[0].length;
  if (from === at || labelBefore(t, from, at)) return key;
  for (const o of ctx.officials) {
    if (o.key !== key) continue;
    for (const title of ctx.kept.slice(base + from, base + at).split("、")) if (!o.titles.includes(title)) return undefined;
    return key;
  }
  return undefined;
}

/** Words that set the scene at some point of the meeting, before the sentence's subject. */
const SETTING_WORDS = "会上|会议上|会中|会后|随后|最后|其后|同时|此外|另外";
/** A sentence's opening that sets the scene before its subject: when, or at what point of the meeting. */
const SETTING_OPENING_RE = new RegExp(
  `^(?:${SETTING_WORDS}|会前|其间|期间|当天|当日|上午|下午|晚上|今天|昨天|\\d{1,2}月\\d{1,2}日(?:上午|下午|晚上|晚)?)[,:] ?$`,
);
/** The same words, when the titles follow with no break (`会上党委书记X…`). */
const SETTING_WORD_RE = new RegExp(`^(?:${SETTING_WORDS})`);

/** A verdict not read (see below). */
const UNREAD = -2;

/**
 * The lead-in probe of the verdict's pass, for the sentence being read: the lead-in it
 * found, if any. (An object, not a closure made per text: see mention-lookup.ts.)
 */
class LeadInProbe implements SpeechVerbProbe {
  start = 0;
  end = 0;
  lead: LeadIn | null = null;

  constructor(
    private readonly norm: string,
    private readonly look: SpeakerLookup,
  ) {}

  at(i: number): number {
    const r = leadInAt(this.norm, this.start, this.end, i, this.look);
    if (typeof r === "number") return r;
    this.lead = r;
    return -1;
  }
}

keepShape(new LeadInProbe("", new MentionLookup([], [])));

/**
 * A line repeating the headline (a document site prints it above the text, or in the
 * footer's `本文标题:`, and the headline then found is the field): a page number may be glued
 * before it (`1市委书记在…上的讲话`).
 */
function copiesHeadline(t: string, headline: string): boolean {
  const extra = t.length - headline.length;
  if (extra < 0 || extra > 3 || !t.endsWith(headline)) return false;
  for (let i = 0; i < extra; i++) if (!isDigit(t.charCodeAt(i))) return false;
  return true;
}

export function findDirectives(ctx: DirectiveContext): FoundDirective[] {
  const { norm, codes, sentences, look } = ctx;
  const transcript = ctx.transcriptSpeaker !== undefined;
  const base: Speaker | null = transcript ? (ctx.transcriptSpeaker ?? null) : null;
  let current: Speaker | null = base;
  // Who holds the floor when a paragraph opens with no lead-in: base, or in an interview,
  // once asked, the interviewee.
  let floor: Speaker | null = base;
  // Known at an interview's first turn (`问:`, `答:`): undefined until then, or null when unnamed.
  let interviewee: Speaker | null | undefined;
  let heading = false;
  let block = false;
  let asking = false;
  // In an interview, once a question is asked, the paragraphs are answers: read as a
  // transcript's are, in the interviewee's voice, or in no one's when the text names no one.
  let answering = false;
  // In an interview, a turn given by a person who holds no office, up to the next turn.
  let offFloor = false;
  // The interviewee is described as holding no office: the answers (`答:`) are not read.
  let privateAnswers = false;
  let lastSubject: string | undefined;
  let reporter: string | undefined;
  // The sentences of a quotation whose speaker is named after it, and that speaker.
  let quoteFirst = -1;
  let quoteLast = -1;
  let quoteSpeaker: Speaker | null = null;
  // In a transcript, a lead-in naming someone else cites them (`市委书记严卫东同志指出,…`):
  // the citation is its own sentence, and the speaker's voice resumes after it; or, when it
  // opens a quotation of several sentences (`…指出:“…。…。”`), after the quotation closes.
  let citing = false;
  let citedQuoteOpen = false;
  const out: FoundDirective[] = [];
  const probe = new LeadInProbe(norm, look);
  const byPost = new SurnamePostOpenings(norm, ctx.kept, ctx.posts, ctx.officials);
  const headlineText = ctx.headline ? norm.slice(ctx.headline.start, ctx.headline.end) : "";

  for (let k = 0; k < sentences.length; k++) {
    const sen = sentences[k];
    const t = norm.slice(sen.start, sen.end);
    if (ctx.headline && sen.start < ctx.headline.end && sen.end > ctx.headline.start) continue;
    if (headlineText !== "" && copiesHeadline(t, headlineText)) continue;
    if (transcript && (!sen.terminated || t.includes("同志们")) && isSpeechTitleLine(t)) continue;
    if (isSiteNotice(t)) continue;
    // A sentence wholly in brackets is an aside in a speech (`(掌声)`), or the writers'
    // credit closing a report's last paragraph (`(县政府办 X 县农业局 Y)`): no one's order.
    if (BRACKETED_LINE_RE.test(t)) continue;

    // An interview's turns: a question's paragraph orders nothing and hands the floor to the
    // interviewee; an answer (`答:`, `杭立诚:`) is the answerer's.
    let answerer: string | undefined;
    if (sen.opensParagraph && !transcript) {
      const turn = turnAt(norm, sentences, k);
      if (turn === PRESS_QUESTION && interviewee === undefined) {
        interviewee = null;
      } else if (turn !== 0 && interviewee === undefined) {
        const key = intervieweeBefore(norm, sen.start, ctx.officials);
        privateAnswers = key === PRIVATE;
        interviewee = typeof key === "string" ? { kind: "official", key } : null;
        if (typeof key === "string") ctx.speakers.add(key);
      }
      asking = turn === QUESTION || turn === PRESS_QUESTION;
      if (turn !== 0) {
        current = floor = interviewee ?? null;
        answering = true;
        offFloor = privateAnswers;
        if (asking) block = false;
      } else if (interviewee !== undefined) {
        const who = look.officialStartingAt(sen.start);
        if (who !== undefined && answerMarkLength(norm, sen.start + who.length) > 0) {
          answerer = who; // `杭立诚:`, `符振华补充:`
          offFloor = false;
        } else if (nonOfficialTurn(norm, sen.start)) {
          // `项天佑:…`, an entrepreneur's or an expert's answer: their words order nothing,
          // and the official named before the interview does not speak them.
          current = floor = null;
          offFloor = true;
        }
      }
    }
    if (asking) continue;
    if (sen.opensParagraph && !transcript) {
      const biter = labelSpeaker(t, sen, look);
      if (biter === null) {
        current = null;
        heading = false;
        block = false;
        continue;
      }
      if (biter !== undefined) {
        current = { kind: "official", key: biter };
        lastSubject = biter;
        ctx.speakers.add(biter);
        heading = true;
        block = false;
        continue;
      }
    }
    if (offFloor) {
      // Off the floor until the next turn, or until the report goes back to an official
      // speaking (`甘泽民表示,…`), which ends the interview.
      if (!sen.opensParagraph) continue;
      const back = findLeadIn(norm, codes, sen.start, sen.end, look);
      if (back === null || back.subject.kind !== "official") continue;
      offFloor = answering = false;
    }
    if (answerer !== undefined) {
      current = floor = { kind: "official", key: answerer };
      ctx.speakers.add(answerer);
      answering = true;
    }
    const reading = transcript || answering;

    // A quotation named after it (`“要…。”李国华说。`): its sentences are that speaker's own
    // words, read without the quotes (which would otherwise mark a watchword's).
    if (!reading && k > quoteLast) {
      const q = quotationNamedAfter(ctx, k);
      if (q) {
        quoteFirst = k;
        quoteLast = q.last;
        quoteSpeaker = tailSpeaker(q.tail, lastSubject, ctx);
      }
    }
    if (k <= quoteLast && quoteSpeaker !== null) {
      if (quotedOrder(ctx, sen.start + (k === quoteFirst ? 1 : 0), sen.end)) {
        out.push({ sentence: sen, speaker: quoteSpeaker });
        if (quoteSpeaker.kind === "official") ctx.speakers.add(quoteSpeaker.key);
      }
      continue;
    }

    // With no speaker holding the floor, a sentence without a lead-in is passed over, so its
    // verdict is read only when someone holds it (or in a transcript); then one pass finds
    // the lead-in and, when there is none, the whole sentence's verdict.
    probe.start = sen.start;
    probe.end = sen.end;
    probe.lead = null;
    const whole = reading || current !== null ? normativeBits(norm, codes, sen.start, sen.end, probe) : UNREAD;
    const lead = whole === UNREAD ? findLeadIn(norm, codes, sen.start, sen.end, look) : probe.lead;
    let content = 0;
    let narrated = false;
    if (citing && citedQuoteOpen && !lead && !sen.opensParagraph) {
      // Still inside the cited words; the sentence that closes the quotation is the last (a
      // quotation left open, as a page may leave one, ends with its paragraph).
      citedQuoteOpen = quoteBalanceIn(codes, sen.start, sen.end, 1) > 0;
    } else if (citing) {
      // The cited words were another's: a short order among them (`习近平总书记强调,要…。`)
      // heads no block of the speaker's own.
      citing = false;
      citedQuoteOpen = false;
      block = false;
      if (!lead) current = base;
    }
    if (sen.opensParagraph && !(sentences[k - 1] && !sentences[k - 1].terminated)) block = false;
    if (lead) {
      heading = false;
      block = false;
      const subj = lead.subject;
      if (subj.kind === "official") {
        current = { kind: "official", key: subj.key };
        lastSubject = subj.key;
        // `X对…工作作出重要批示。批示指出:…`: the instruction told with X as its subject is
        // the one that speaks for X after it.
        if (DELIVERS_REPORT_RE.test(t)) reporter = subj.key;
        // In a transcript, another's lead-in cites what was said elsewhere (`市委书记X同志在
        // 全市…会上强调`): X is mentioned, no speaker at this meeting, unless told as just
        // heard here (`刚才,X同志强调`).
        if (!transcript || sameSpeaker(current, base) || SAID_HERE_RE.test(t)) ctx.speakers.add(subj.key);
      } else if (subj.kind === "report") {
        current = reporter ? { kind: "official", key: reporter } : base;
        if (reporter) ctx.speakers.add(reporter);
      } else if (subj.kind === "pronoun") {
        // `X对…给予肯定,他叮嘱…`: an official opening the sentence before the pronoun is its referent.
        if (lead.subjectStart > 0) lastSubject = subjectOpening(t, sen.start, lead.subjectStart, ctx) ?? lastSubject;
        current = lastSubject ? { kind: "official", key: lastSubject } : base;
        if (lastSubject) ctx.speakers.add(lastSubject);
      } else if (subj.kind === "meeting") {
        current = { kind: "meeting" };
      } else if (subj.kind === "group") {
        current = { kind: "group" };
      } else {
        const text = ctx.kept.slice(subj.start, subj.end);
        const named = officialBySurnameAndPost(norm.slice(subj.start, subj.end), text, ctx.officials);
        current = named !== undefined ? { kind: "official", key: named } : { kind: "title", text };
        if (named !== undefined) {
          lastSubject = named;
          if (!transcript || sameSpeaker(current, base) || SAID_HERE_RE.test(t)) ctx.speakers.add(named);
        }
      }
      citing = transcript && !sameSpeaker(current, base);
      citedQuoteOpen = citing && quoteBalanceIn(codes, sen.start, sen.end, 0) > 0;
      content = lead.contentStart;
      // A lone heading (`会议强调:`, `会议要求:`) hands the floor on to the paragraphs
      // after it, and orders nothing itself, even with a verb that requires (要求).
      if (content >= t.length - 1) {
        // Unless it names the speaker of the quotation before it (`…。”李国华说。`).
        heading = k !== quoteLast + 1;
        continue;
      }
    } else {
      if (sen.opensParagraph) {
        const prev = sentences[k - 1];
        // Not a sub-headline (`甲讲话 乙主持 丙出席`), which has no full stop to lose.
        const brokenLine = prev !== undefined && !prev.terminated && !looksLikeSubHeadline(norm.slice(prev.start, prev.end));
        // A paragraph that opens with an order (`要…`, `各级各部门要…`) goes on with the
        // speaker before it; anything else starts the narrative afresh.
        // So does the next point of a list whose last point was an order (`(二)狠抓…`).
        const nextPoint = out.length > 0 && out[out.length - 1].sentence === prev && opensListPoint(t);
        if (!brokenLine && !heading && !nextPoint && !OPENS_WITH_ORDER_RE.test(t)) {
          // (Unread, the floor is base's already.)
          if (whole === UNREAD || !(whole & IS_MODAL && !(whole & IS_NARRATIVE))) current = floor;
        }
      }
      // Named, or called by surname and post (`吴书记详细询问…`) once named in full.
      const opener =
        answerer === undefined
          ? (look.openingOfficial(t, sen.start) ?? byPost.openingIn(sen.start, sen.end))
          : undefined;
      // `X书记的讲话站位高…` inside a speaker's turn: a superior's speech is praised, and the
      // speaker goes on after it (the sentence is read as the speaker's, like any other).
      const praised = opener !== undefined && !sen.opensParagraph && current !== null && ownsWordsTold(t, opener);
      if (opener && !praised) {
        // `韦韬走进企业,…`: the official is narrated, not speaking. Not those listed as
        // going along (`县水利局长X陪同。`): the tour's leader is still whom a 他 means.
        if (lastSubject === undefined || !ACCOMPANYING_RE.test(t)) lastSubject = opener;
        if (DELIVERS_REPORT_RE.test(t)) reporter = opener;
        narrated = true;
        // Inside the meeting's turn (`会议指出,…。在省委全会上,省委书记X就…提出要求。各级要…`)
        // a leader told of is cited by the meeting, which goes on speaking after him.
        if (!reading && !(current !== null && current.kind === "meeting" && !sen.opensParagraph)) current = null;
        // `镇长X就…讲了三点意见。一是…`: the points announced are that official's, in the
        // sentences after it and, when it closes its paragraph, in the paragraphs after it.
        if (!reading && POINTS_ANNOUNCED_RE.test(t)) {
          current = { kind: "official", key: opener };
          ctx.speakers.add(opener);
          const next = sentences[k + 1];
          heading = next !== undefined && next.opensParagraph;
        }
      } else if (!reading && MEETING_DID_RE.test(t)) {
        narrated = true;
      } else if (
        !reading &&
        look.officialStartingAt(sen.start) === undefined &&
        (outsiderOpeningAt(norm, sen.start) > 0 || describedOpeningAt(norm, sen.start) > 0 || unnamedOutsiderOpeningAt(norm, sen.start) > 0)
      ) {
        // `蒲天佑在致辞中感谢…`, `东关社区网格员汤小雨表示,将…`, `一位姓李的店主告诉记者,…`: a
        // person the roster does not hold (a company's chairman, a villager, a grid worker,
        // named or not) takes the floor; neither what follows nor a 他 after it is an official's.
        lastSubject = undefined;
        narrated = true;
        current = null;
      }
    }
    if (current === null && !reading) continue;
    if (narrated && !reading) continue;

    const said = content > 0 ? t.slice(content) : t;
    // Direct speech (`他说:“要…。”`): the quotes hold the speaker's own words, not a quoted
    // watchword, so the markers inside them count.
    const quoted = lead !== null && directSpeech(t, content) ? 1 : 0;
    // Without a lead-in the span is the whole sentence, whose verdict is known.
    const v = lead === null ? whole : normativeBits(norm, codes, sen.start + content + quoted, sen.end);
    // `将始终…,决不辜负…`: resolve in a pledge is the speaker's own, no order.
    const modal = (v & IS_MODAL) !== 0 && !(v & IS_RESOLVE_ONLY && pledgeIn(norm, sen.start + content, sen.end));
    const narrative = (v & IS_NARRATIVE) !== 0;
    const enumerated = opensWithEnumeration(said) && !statesProblem(said);
    // Someone holds the floor: a speaker, or a transcript's (or an answer's) voice, named or not.
    const floorHeld = current !== null || reading;
    if (asksQuestion(codes, sen.start, sen.end)) {
      block = false;
    } else if (lead !== null && lead.states && !modal && !LATER_ORDER_RE.test(said)) {
      // `X表示,市委坚决拥护…`: a view or a pledge, which its action verbs make no order.
      block = false;
    } else if (modal || (v & IS_ACTION && !narrative && !assessmentIn(norm, codes, sen.start + content, sen.end) && !pledgeIn(norm, sen.start + content, sen.end)) || ((enumerated || (heading && !narrative && opensListPoint(said))) && floorHeld) || (lead !== null && (lead.orders || lead.states) && !narrative && current !== null) || (block && !narrative && floorHeld && said.length >= 8)) {
      out.push({ sentence: sen, speaker: current });
      if (BLOCK_HEADING_RE.test(said)) block = true;
    } else {
      block = false;
    }
  }
  return out;
}
