/**
 * The extractor's result, exactly as `shared/spec/extraction.md` §5 defines it.
 * Every offset is a UTF-16 index into the text the extractor was given, `end` exclusive,
 * so that `text.slice(start, end)` is the mention or the sentence.
 */

export interface Span {
  start: number;
  end: number;
}

export type Role = "chair" | "speaker" | "attendee" | "mentioned";

export interface Official {
  /** As written; for a masked official, the mask itself (`**`, `XX`). */
  name: string;
  /** Every office the text gives, in text order, organisation prefix kept. */
  titles: string[];
  roles: Role[];
  masked: boolean;
  mentions: Span[];
}

export interface Directive extends Span {
  /** The sentence exactly as it stands in the text, attribution lead-in included. */
  text: string;
  /** An official's name, `会议`, a bare title (unnamed transcript speaker), or null. */
  speaker: string | null;
}

export interface Meta {
  title: string | null;
  /** ISO `YYYY-MM-DD`. */
  eventDate: string | null;
  publishedDate: string | null;
  source: string | null;
  meeting: string | null;
  chair: string | null;
}

export interface Extraction {
  meta: Meta;
  officials: Official[];
  directives: Directive[];
  slogans: string[];
  documents: string[];
}

/** A user's own additions to the lexicon (options page); all optional. */
export interface ExtractOptions {
  /** Extra office titles that mark the following name as an official. */
  extraTitles?: string[];
  /** Names that are always officials when they occur. */
  extraNames?: string[];
  /** Names that are never officials. */
  ignoredNames?: string[];
}
