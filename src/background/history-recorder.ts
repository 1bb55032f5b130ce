/**
 * The worker's side of the history: every page it annotates is kept (see history-store.ts),
 * and the sidebar can ask whether history is full and have the history page opened.
 * Keeping a record never fails an annotation: a full or broken store only costs the record.
 */
import { MAX_TEXT_LENGTH, type ExtractRequest, type ExtractResult, type FailureResponse, type HistoryStatusResponse } from "../shared/messages";
import { isRecordableUrl, makeRecord } from "./history-record";
import { HistoryFullError, type HistoryStore } from "./history-store";

/** Where the built extension has the history page (vite keeps the source path). */
export const HISTORY_PAGE = "src/history/index.html";

export async function recordInHistory(
  store: HistoryStore,
  request: ExtractRequest,
  response: ExtractResult | FailureResponse,
): Promise<ExtractResult | FailureResponse> {
  if (!response.ok || !isRecordableUrl(request.url)) return response;
  const { officials, directives } = response.extraction;
  // A page the sidebar shows nothing for (no official, no directive) is not worth keeping.
  if (officials.length === 0 && directives.length === 0) return response;
  try {
    const text = request.text.slice(0, MAX_TEXT_LENGTH);
    await store.save(await makeRecord(request.url, text, response.extraction));
  } catch (err) {
    if (!(err instanceof HistoryFullError)) console.warn("Govlens: page not kept in history:", err);
  }
  return response;
}

export async function historyStatus(store: HistoryStore): Promise<HistoryStatusResponse> {
  try {
    const status = await store.status();
    return { ok: true, fullSince: status.fullSince };
  } catch {
    return { ok: true, fullSince: null };
  }
}
