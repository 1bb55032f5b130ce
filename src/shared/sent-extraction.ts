/**
 * The extraction as it travels from the worker to the page. The page sent the article's
 * text and still holds it, so each directive travels without its sentence and gets it back
 * from its offsets: on a long page that is half the answer, and the page pays for every
 * byte it receives.
 */
import type { Directive, Extraction } from "../extractor/types";

export type SentDirective = Omit<Directive, "text">;

export interface SentExtraction extends Omit<Extraction, "directives"> {
  directives: SentDirective[];
}

export function forPage(extraction: Extraction): SentExtraction {
  return { ...extraction, directives: extraction.directives.map(({ start, end, speaker }) => ({ start, end, speaker })) };
}

/** The whole extraction again, from the text that was sent for it. */
export function withSentences(sent: SentExtraction, text: string): Extraction {
  return {
    ...sent,
    directives: sent.directives.map(({ start, end, speaker }) => ({ text: text.slice(start, end), speaker, start, end })),
  };
}
