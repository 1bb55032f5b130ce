/**
 * Answers the content script's `govlens/extract`: the extractor's result for the article
 * text, from the cache when this tab already asked about this exact text. The copy formats
 * are written by the sidebar when a copy button is pressed (most pages are never copied,
 * and every byte of the answer is paid for by the page that receives it).
 */
import { extract } from "../extractor";
import type { ExtractOptions } from "../extractor/types";
import { MAX_TEXT_LENGTH, type ExtractRequest, type ExtractResult, type FailureResponse } from "../shared/messages";
import { edgeTabText } from "../sidebar/labels";
import type { ResultCache } from "./result-cache";
import { textHash } from "./text-hash";

export async function extractArticle(
  request: ExtractRequest,
  tabId: number | undefined,
  cache: ResultCache,
  /** The user's lexicon from the options page. */
  options: ExtractOptions = {},
): Promise<ExtractResult | FailureResponse> {
  try {
    const text = request.text.slice(0, MAX_TEXT_LENGTH);
    // The lexicon is part of the key: a changed list must not be answered from the cache.
    const lexicon = options.extraTitles?.length || options.extraNames?.length || options.ignoredNames?.length;
    const hash = await textHash(lexicon ? `${JSON.stringify(options)}\u0000${text}` : text);
    if (tabId !== undefined) {
      const hit = await cache.get(tabId, hash);
      if (hit) return { ok: true, ...hit, tab: edgeTabText(hit.extraction), cached: true };
    }
    const extraction = extract(text, options);
    if (tabId !== undefined) await cache.put(tabId, hash, { extraction });
    return { ok: true, extraction, tab: edgeTabText(extraction), cached: false };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
