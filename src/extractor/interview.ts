/**
 * Interviews: turns marked `问:` / `记者:` (the interviewer's) and `答:` (the interviewee's).
 * A question orders nothing, even where it quotes an order; the answers are the
 * interviewee's own words, as a transcript's are its speaker's. The turns are read in the
 * directives' own pass over the sentences (a pass of its own costs a measurable share of
 * the extractor's time), and the interviewee is looked for at the first turn only.
 */
import { charTable } from "./chars";
import type { FoundOfficial } from "./officials";
import type { Sentence } from "./sentences";

/** A turn's mark at the start of a paragraph: `问:`; `记者:`, `主持人:` (see turnAt); `答:`. */
const ASKED_RE = /^问\s?:/;
const ASKER_RE = /^(?:记者|主持人)\s?:/;
/**
 * A press conference's asker: the outlet before 记者, the reporter's name after it
 * (`澄阳日报记者:`, `市广播电视台记者 陶子涵:`), or the outlet in brackets (`【澄阳日报记者】`).
 * Asks, as `记者:` does, only in a question.
 */
const OUTLET_ASKER_RE = /^(?:[^\s:,。;“”【]{1,14}记者\s?[^\s:,。;“”]{0,4}:|【[^】:,。]{1,14}记者[^】:,。]{0,4}】)/;
/** How far into a paragraph the outlet asker's colon is looked for. */
const OUTLET_ASKER_SPAN = 24;
const ANSWER_RE = /^答\s?:/;
/** Units a turn's mark opens with: most paragraphs are ruled out by their first. */
const TURN_FIRSTS = charTable("问记主答");

export const QUESTION = 1;
export const ANSWER = 2;
/**
 * A question from an outlet's reporter at a press conference: several officials answer
 * there, each naming the turn (`符振华:`), so no one interviewee is presumed for the rest.
 */
export const PRESS_QUESTION = 3;

/**
 * The turn that the paragraph opening with sentence `k` takes: QUESTION, PRESS_QUESTION, ANSWER or 0.
 * `问:` and `答:` say it themselves; `记者:` or `主持人:` asks only where the paragraph holds
 * a question, as a byline (`记者:詹若溪`) does not.
 */
export function turnAt(s: string, sentences: readonly Sentence[], k: number): number {
  const sen = sentences[k];
  if (TURN_FIRSTS[s.charCodeAt(sen.start)] === 0) return outletAsks(s, sen) && askedIn(s, sentences, k) === QUESTION ? PRESS_QUESTION : 0;
  const head = s.slice(sen.start, Math.min(sen.end, sen.start + 5));
  if (ASKED_RE.test(head)) return QUESTION;
  if (ANSWER_RE.test(head)) return ANSWER;
  if (!ASKER_RE.test(head)) return 0;
  return askedIn(s, sentences, k);
}

/** QUESTION when the paragraph opening with sentence `k` holds a question, else 0. */
function askedIn(s: string, sentences: readonly Sentence[], k: number): number {
  const paragraph = sentences[k].paragraph;
  for (let j = k; j < sentences.length && sentences[j].paragraph === paragraph; j++) {
    if (s.charCodeAt(sentences[j].end - 1) === 0x3f) return QUESTION; // ?
  }
  return 0;
}

/** Whether the sentence opens with an outlet's reporter's mark (`澄阳日报记者:`). */
function outletAsks(s: string, sen: Sentence): boolean {
  const head = s.slice(sen.start, Math.min(sen.end, sen.start + OUTLET_ASKER_SPAN));
  return head.indexOf("记者") > 0 && OUTLET_ASKER_RE.test(head);
}

/**
 * The interviewee, asked at the first turn (at `first`): the official first named after the
 * last 访 (采访, 专访, `——访…`) before it, else the last official named before it; null
 * when none is, or when the turns are a press conference's (发布会 after any 访); PRIVATE
 * when the one visited is described as no official (a company's chairman, a professor).
 */
export function intervieweeBefore(s: string, first: number, found: readonly FoundOfficial[]): string | null | typeof PRIVATE {
  const visit = first > 0 ? s.lastIndexOf("访", first - 1) : -1;
  // At a press conference (`…出席发布会,回答记者提问`) several officials answer and a host
  // presides: an unmarked answer (`答:`) is no one named's, unless a visit follows it.
  const press = first > 0 ? s.lastIndexOf("发布会", first - 1) : -1;
  if (press > visit) return null;
  let after: { key: string; at: number } | null = null;
  let last: { key: string; at: number } | null = null;
  for (const o of found) {
    if (o.masked) continue;
    for (const m of o.mentions) {
      if (m.start >= first) break;
      if (m.start > visit && visit >= 0 && (after === null || m.start < after.at)) after = { key: o.key, at: m.start };
      if (last === null || m.start > last.at) last = { key: o.key, at: m.start };
    }
  }
  // `记者采访了…公司董事长项天佑`: the interviewee holds no office, and the official named
  // before the interview is not the one answering.
  if (after === null && visit >= 0 && PRIVATE_PERSON_RE.test(s.slice(visit, Math.min(first, visit + VISIT_SPAN)))) return PRIVATE;
  return (after ?? last)?.key ?? null;
}

/** What `intervieweeBefore` answers for an interviewee who holds no office: no answer orders. */
export const PRIVATE = false;

/** Descriptions of an interviewee who holds no office: a company's people, scholars, experts. */
const PRIVATE_PERSON_RE = /公司|集团|企业家|董事长|总经理|总裁|创始人|教授|研究员|院士|专家|学者/;
/** How far after 访 its object is read. */
const VISIT_SPAN = 60;
