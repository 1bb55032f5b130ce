/**
 * Answers the content script's `govlens/extract`: the extractor's result for the article
 * text and the summary in the three copy formats, from the cache when this tab already
 * asked about this exact text.
 */
import { extract } from "../extractor";
import { toCsv, toJson, toMarkdown } from "../shared/format";
import { MAX_TEXT_LENGTH, type ExtractRequest, type ExtractResponse, type FailureResponse } from "../shared/messages";
import type { ResultCache } from "./result-cache";
import { textHash } from "./text-hash";

export async function extractArticle(
  request: ExtractRequest,
  tabId: number | undefined,
  cache: ResultCache,
): Promise<ExtractResponse | FailureResponse> {
  try {
    const text = request.text.slice(0, MAX_TEXT_LENGTH);
    const hash = await textHash(text);
    if (tabId !== undefined) {
      const hit = await cache.get(tabId, hash);
      if (hit) return { ok: true, ...hit, cached: true };
    }
    const extraction = extract(text);
    const exports = {
      markdown: toMarkdown(extraction, { url: request.url || undefined }),
      json: toJson(extraction),
      csv: toCsv(extraction),
    };
    if (tabId !== undefined) await cache.put(tabId, hash, { extraction, exports });
    return { ok: true, extraction, exports, cached: false };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
