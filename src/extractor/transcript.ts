/**
 * Speech transcripts: one speaker throughout, named by the headline (`王德明同志在…上的讲话`,
 * `市委书记在…上的讲话`) or by a byline under it (`县委书记 赵国栋`), or by nobody, when the
 * text only addresses its audience (`同志们:`).
 */
import { firstMatchAtLiteral } from "./anchored";
import { isMaskCharAt } from "./chars";
import type { Speaker } from "./directives";
import type { Line } from "./meta";
import type { TextView } from "./normalize";
import { ENDS_WITH_POST_RE } from "./offices";
import type { FoundOfficial } from "./officials";
import { nameLengthAt } from "./names";

/** How a speech transcript's headline names its speaker: `市委书记在…会议上的讲话`. */
const SPEECH_HEADLINE_RE = /^(?:\d+)?(.{2,30}?)(?:同志)?在.{2,60}?上的(?:讲话|发言|致辞|报告|总结讲话|主持词)/;
/** A headline or subtitle that says the text is a speech, naming nobody: `——在…上的讲话`. */
const SPEECH_SUBTITLE_RE = /^[-—―\s]*在.{2,60}?上的(?:讲话|发言|致辞|报告|总结讲话|主持词)/;
const ADDRESSES_AUDIENCE_RE = /同志们\s*[:,!]/y;
/** Lines after the headline where a byline may stand (subtitle, byline, date). */
const BYLINE_LINES = 3;
/** A byline is a title and a name, or a name: a short line. */
const MAX_BYLINE = 30;

export interface SpeechHeadline {
  /** Who the headline says gave the speech, normalised (`市委书记`, `王德明`). */
  who: string;
  /** Normalised offset of `who`. */
  start: number;
}

export function speechHeadline(s: string, headline: Line | null): SpeechHeadline | null {
  if (!headline) return null;
  const m = SPEECH_HEADLINE_RE.exec(s.slice(headline.start, headline.end));
  if (!m) return null;
  return { who: m[1], start: headline.start + m.index + m[0].indexOf(m[1]) };
}

/**
 * The transcript's speaker: an official, a bare title, or null when unnamed; undefined when
 * the text is no transcript.
 */
export function transcriptSpeaker(
  view: TextView,
  headline: Line | null,
  allLines: Line[],
  found: FoundOfficial[],
): Speaker | null | undefined {
  const s = view.norm;
  const byHeadline = speechHeadline(s, headline);
  if (byHeadline) {
    const { who, start } = byHeadline;
    // `市委书记王某某在…的讲话`: the name after the title is the speaker.
    const named = found.find((o) => !o.masked && o.key === who) ?? found.find((o) => !o.masked && o.key.length >= 2 && who.endsWith(o.key));
    if (named) return { kind: "official", key: named.key };
    // `XXX同志在…上的讲话`: a withheld name speaks, written as the mask is.
    if (maskedName(s, start, who.length)) return { kind: "title", text: view.kept.slice(start, start + who.length) };
    if (ENDS_WITH_POST_RE.test(who)) return { kind: "title", text: view.kept.slice(start, start + who.length) };
    return bylineSpeaker(s, headline, allLines, found) ?? null;
  }
  const speech = (headline !== null && SPEECH_SUBTITLE_RE.test(s.slice(headline.start, headline.end))) || subtitled(s, headline, allLines);
  if (!speech && !firstMatchAtLiteral(s, "同志们", ADDRESSES_AUDIENCE_RE, 2)) return undefined;
  return bylineSpeaker(s, headline, allLines, found) ?? null;
}

/** Whether `s[start, start + len)` is a mask standing for a name: two or more mask characters. */
function maskedName(s: string, start: number, len: number): boolean {
  if (len < 2) return false;
  for (let k = start; k < start + len; k++) if (!isMaskCharAt(s, k)) return false;
  return true;
}

function linesAfter(headline: Line | null, allLines: Line[]): Line[] {
  const from = headline ? headline.end : 0;
  const out: Line[] = [];
  for (const l of allLines) {
    if (l.start < from) continue;
    out.push(l);
    if (out.length === BYLINE_LINES) break;
  }
  return out;
}

function subtitled(s: string, headline: Line | null, allLines: Line[]): boolean {
  return speechSubtitle(s, headline, allLines) !== null;
}

/**
 * The subtitle under a headline that says the text is a speech (`——在全县…会议上的讲话`), or
 * null. It heads the text, as the headline does: it orders nothing, whatever its words.
 */
export function speechSubtitle(s: string, headline: Line | null, allLines: Line[]): Line | null {
  return linesAfter(headline, allLines).find((l) => SPEECH_SUBTITLE_RE.test(s.slice(l.start, l.end))) ?? null;
}

/** Most characters of a name standing alone as a byline. */
const MAX_BYLINE_NAME = 4;

/**
 * The name a speech's byline gives with no title (`张立新` alone on its line under
 * `——在…上的讲话`): the speaker, an official whom nothing else in the text may introduce.
 * Read only in a text that says it is a speech (its headline or subtitle, or `同志们:`).
 */
export function bylineName(s: string, headline: Line | null, allLines: Line[]): string | null {
  const speech =
    speechHeadline(s, headline) !== null ||
    (headline !== null && SPEECH_SUBTITLE_RE.test(s.slice(headline.start, headline.end))) ||
    subtitled(s, headline, allLines) ||
    firstMatchAtLiteral(s, "同志们", ADDRESSES_AUDIENCE_RE, 2) !== null;
  if (!speech) return null;
  for (const l of linesAfter(headline, allLines)) {
    const len = l.end - l.start;
    if (len >= 2 && len <= MAX_BYLINE_NAME && nameLengthAt(s.slice(l.start, l.end), 0) === len) return s.slice(l.start, l.end);
  }
  return null;
}

/**
 * A byline under the headline that is only a name, or a title and a name
 * (`县委书记 赵国栋`, `赵国栋`): that official gave the speech.
 */
function bylineSpeaker(s: string, headline: Line | null, allLines: Line[], found: FoundOfficial[]): Speaker | null {
  for (const l of linesAfter(headline, allLines)) {
    if (l.end - l.start > MAX_BYLINE) continue;
    for (const o of found) {
      if (o.masked) continue;
      const m = o.mentions.find((x) => x.start >= l.start && x.end <= l.end);
      if (!m || m.end !== l.end) continue;
      const before = s.slice(l.start, m.start).trim();
      if (before === "" || ENDS_WITH_POST_RE.test(before)) return { kind: "official", key: o.key };
    }
  }
  return null;
}
