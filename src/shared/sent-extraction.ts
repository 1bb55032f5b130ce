/**
 * The extraction as it travels from the worker to the page. The page sent the article's
 * text and still holds it, so each directive travels without its sentence and gets it back
 * from its offsets: on a long page that is half the answer, and the page pays for every
 * byte it receives. What only the page needs and the worker can work out from the text
 * comes with it (where the slogans stand), so the page does not scan the text for it.
 */
import type { Directive, Extraction, Span } from "../extractor/types";
import { sloganSpans } from "./slogan-spans";

export type SentDirective = Omit<Directive, "text">;

export interface SentExtraction extends Omit<Extraction, "directives"> {
  directives: SentDirective[];
  /** For each slogan, every place it stands quoted in the text (slogan-spans.ts). */
  sloganSpans: Span[][];
}

/** `text`: what the extraction was made from. */
export function forPage(extraction: Extraction, text: string): SentExtraction {
  return {
    ...extraction,
    directives: extraction.directives.map(({ start, end, speaker }) => ({ start, end, speaker })),
    sloganSpans: sloganSpans(text, extraction.slogans),
  };
}

/** The whole extraction again, from the text that was sent for it. */
export function withSentences(sent: SentExtraction, text: string): Extraction {
  const { sloganSpans: _places, ...rest } = sent;
  return {
    ...rest,
    directives: sent.directives.map(({ start, end, speaker }) => ({ text: text.slice(start, end), speaker, start, end })),
  };
}
