/**
 * The extractor: a report's text in, the contract's JSON out (`shared/spec/extraction.md`).
 * Pure and deterministic; every stage is one pass (or a bounded number) over the text.
 */
import { findDirectives, type Speaker } from "./directives";
import { datelineDate, findEventDate, findHeadline, findMeeting, findPublished, findSource, lines } from "./meta";
import { findLandmarks } from "./landmarks";
import { furnitureTail, landmarksBefore } from "./furniture-tail";
import { MentionLookup } from "./mention-lookup";
import { buildView, originalSpan } from "./normalize";
import { nameLengthAt } from "./names";
import { findOfficials, type FoundOfficial } from "./officials";
import { findPhrases } from "./phrases";
import { assignRoles } from "./roles";
import { splitSentences } from "./sentences";
import { bylineName, speechHeadline, speechSubtitle, transcriptSpeaker } from "./transcript";
import { bareSpeakers } from "./bare-speaker";
import { headlineChairName } from "./headline-chair";
import { subHeadlineNames } from "./sub-headline";
import type { Extraction, ExtractOptions, Official } from "./types";

export type * from "./types";


/**
 * The user's own words (options page), folded like the text so that a Traditional entry
 * matches either script; empty, blank or oversized entries are dropped, never searched for.
 */
function userWords(words: readonly string[] | undefined, min: number, max: number): string[] {
  const out: string[] = [];
  for (const w of Array.isArray(words) ? words : []) {
    if (typeof w !== "string") continue;
    const norm = buildView(w.trim()).norm;
    if (norm.length >= min && norm.length <= max && !out.includes(norm)) out.push(norm);
  }
  return out;
}

function speakerName(sp: Speaker | null, byKey: Map<string, FoundOfficial>): string | null {
  if (!sp || sp.kind === "group") return null;
  if (sp.kind === "meeting") return "会议";
  if (sp.kind === "title") return sp.text;
  return byKey.get(sp.key)?.name ?? sp.key;
}

export function extract(text: string, options: ExtractOptions = {}): Extraction {
  const view = buildView(text);
  const s = view.norm;
  const allLines = lines(s);
  const headline = findHeadline(view, allLines);
  const tail = furnitureTail(s, allLines, headline ? headline.end : 0);
  const everywhere = findLandmarks(s, view.codes);
  const landmarks = tail < s.length ? landmarksBefore(everywhere, tail) : everywhere;
  // A transcript whose headline names the speaker (`王德明同志在…上的讲话`): a name with no title.
  const speechBy = speechHeadline(s, headline)?.who ?? null;
  const namedSpeaker = speechBy !== null && nameLengthAt(speechBy, 0) === speechBy.length ? [speechBy] : [];
  const headlineChair = headlineChairName(s, headline);
  // A speech's byline that is a name alone (`张立新` under `——在…上的讲话`): its speaker.
  const byline = bylineName(s, headline, allLines);
  // Leaders a portal's sub-headline names bare (`常书铭提出具体要求 潘海燕王建忠出席`).
  const subHeadline = subHeadlineNames(s, allLines, headline);
  // Leaders named bare opening a paragraph of requirements (`郦春华就…提出具体要求`).
  const bare = bareSpeakers(s, allLines, headline ? headline.end : 0);
  const { officials: found, bareTitles } = findOfficials(
    view,
    [...userWords(options.extraNames, 2, 12), ...namedSpeaker, ...(headlineChair ? [headlineChair] : []), ...(byline ? [byline] : []), ...subHeadline],
    new Set(userWords(options.ignoredNames, 1, 40)),
    userWords(options.extraTitles, 2, 30),
    landmarks,
    bare,
  );
  const byKey = new Map<string, FoundOfficial>();
  for (const o of found) byKey.set(o.key, o);
  const look = new MentionLookup(found, bareTitles);

  const split = splitSentences(s, landmarks.marks);
  // Past the last mark before the tail, the tail itself would read as one sentence; a speech's
  // subtitle (`——在…上的讲话`) heads the text as the headline does.
  const subtitle = speechSubtitle(s, headline, allLines);
  const sentences =
    tail < s.length || subtitle
      ? split.filter((x) => x.start < tail && !(subtitle && x.start >= subtitle.start && x.end <= subtitle.end))
      : split;

  const transcript = transcriptSpeaker(view, headline, allLines, found);

  const speakers = new Set<string>();
  if (transcript?.kind === "official") speakers.add(transcript.key);
  const directives = findDirectives({
    norm: s,
    codes: view.codes,
    sentences,
    look,
    transcriptSpeaker: transcript,
    officials: found,
    headline,
    kept: view.kept,
    speakers,
    posts: landmarks.posts,
  });

  const { roles, chair } = assignRoles(s, found, sentences, speakers, headline, transcript !== undefined);

  const bodyFrom = headline ? headline.end : 0;
  // The lead: the first prose paragraph after the headline; header lines carry the
  // publication date, which is not the event's.
  const lead = allLines.find((l) => l.start >= bodyFrom && l.end - l.start >= 12 && s.slice(l.start, l.end).includes("。"));
  // The header ends where the lead begins: a full date opening the lead
  // (`2017年12月27日,市委常委会召开会议…`) dates the event, and says nothing of the page.
  const headerEnd = Math.min(allLines.find((l) => l.end - l.start > 80)?.start ?? Math.min(s.length, 400), lead ? lead.start : s.length);
  const speech = transcript !== undefined;
  const speechDate = speech ? datelineDate(s, bodyFrom, allLines) : null;
  const publishedDate = findPublished(s, headerEnd, speechDate?.line ?? null);

  const officials: Official[] = found.map((o) => ({
    name: o.name,
    titles: o.titles,
    roles: roles.get(o.key) ?? ["mentioned"],
    masked: o.masked,
    mentions: o.mentions.map((m) => originalSpan(view, m.start, m.end)),
  }));

  const phrases = findPhrases(view, landmarks.openings);
  return {
    meta: {
      title: headline ? view.kept.slice(headline.start, headline.end) : null,
      eventDate: speech ? (speechDate?.date ?? null) : findEventDate(s, lead ? lead.start : bodyFrom, publishedDate),
      publishedDate,
      source: findSource(view),
      meeting: findMeeting(view, bodyFrom, headline, speech, landmarks.cues),
      chair: chair ? (byKey.get(chair)?.name ?? null) : null,
    },
    officials,
    directives: directives.map((d) => {
      const span = originalSpan(view, d.sentence.start, d.sentence.end);
      return { text: text.slice(span.start, span.end), speaker: speakerName(d.speaker, byKey), start: span.start, end: span.end };
    }),
    slogans: phrases.slogans,
    documents: phrases.documents,
  };
}
