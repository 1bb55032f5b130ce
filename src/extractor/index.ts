import type { Extraction, ExtractOptions } from "./types";
export type * from "./types";

/** Placeholder until the pipeline lands; returns the empty result. */
export function extract(_text: string, _options: ExtractOptions = {}): Extraction {
  return {
    meta: { title: null, eventDate: null, publishedDate: null, source: null, meeting: null, chair: null },
    officials: [],
    directives: [],
    slogans: [],
    documents: [],
  };
}
