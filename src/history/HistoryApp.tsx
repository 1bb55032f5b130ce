/**
 * The history page: every kept page, newest first, with search and filters, per-record and
 * whole-history deletion (confirmed), export of the listed records as JSONL or CSV, and
 * import of a JSONL export. The list is read again when the tab regains focus, so pages
 * read meanwhile show up.
 */
import { useCallback, useEffect, useMemo, useState } from "preact/hooks";
import type { HistoryRecord } from "../background/history-record";
import { HistoryFullError, type HistoryStore } from "../background/history-store";
import { downloadText, exportFilename } from "./download";
import { FilterBar } from "./FilterBar";
import { toHistoryCsv } from "./history-csv";
import { parseJsonl, toJsonl, type LineError, type LineProblem } from "./history-jsonl";
import { EMPTY_QUERY, filterRecords, sitesOf, type HistoryQuery } from "./history-search";
import { RecordItem } from "./RecordItem";
import { t, type MessageKey } from "../shared/i18n";

/** Rendered at once; more on request, so a history of thousands opens quickly. */
const PAGE = 100;
/** Bad lines named one by one in the import message; the rest are counted. */
const NAMED_BAD_LINES = 5;

const PROBLEM_TEXT: Record<LineProblem, MessageKey> = {
  "not-json": "historyProblemNotJson",
  "not-object": "historyProblemNotObject",
  "bad-id": "historyProblemBadId",
  "bad-url": "historyProblemBadUrl",
  "bad-date": "historyProblemBadDate",
  "bad-extraction": "historyProblemBadExtraction",
};

interface Notice {
  kind: "info" | "error";
  text: string;
}

function describeBadLines(errors: readonly LineError[]): string {
  const named = errors
    .slice(0, NAMED_BAD_LINES)
    .map((e) => t("historyLineProblem", e.line, t(PROBLEM_TEXT[e.problem])))
    .join("、");
  return t("historyImportBadLines", errors.length, errors.length > NAMED_BAD_LINES ? `${named}…` : named);
}

export function HistoryApp({ store }: { store: HistoryStore }) {
  const [records, setRecords] = useState<HistoryRecord[] | null>(null);
  const [fullSince, setFullSince] = useState<string | null>(null);
  const [query, setQuery] = useState<HistoryQuery>(EMPTY_QUERY);
  const [limit, setLimit] = useState(PAGE);
  const [notice, setNotice] = useState<Notice | null>(null);

  const reload = useCallback(async () => {
    try {
      const [all, status] = await Promise.all([store.all(), store.status()]);
      setRecords(all);
      setFullSince(status.fullSince);
    } catch (err) {
      setRecords([]);
      setNotice({ kind: "error", text: t("historyLoadFailed", String(err)) });
    }
  }, [store]);

  useEffect(() => {
    void reload();
    const onFocus = () => void reload();
    window.addEventListener("focus", onFocus);
    return () => window.removeEventListener("focus", onFocus);
  }, [reload]);

  const shown = useMemo(() => filterRecords(records ?? [], query), [records, query]);
  const sites = useMemo(() => sitesOf(records ?? []), [records]);

  const onQuery = (q: HistoryQuery) => {
    setQuery(q);
    setLimit(PAGE);
  };

  const onDelete = async (record: HistoryRecord) => {
    if (!window.confirm(t("historyConfirmDelete", record.extraction.meta.title ?? record.url))) return;
    await store.delete([record.id]);
    setNotice({ kind: "info", text: t("historyDeleted") });
    await reload();
  };

  const onDeleteAll = async () => {
    if (!records || !window.confirm(t("historyConfirmDeleteAll", records.length))) return;
    await store.clear();
    setNotice({ kind: "info", text: t("historyDeletedAll") });
    await reload();
  };

  const onImport = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = "";
    if (!file) return;
    try {
      const parsed = parseJsonl(await file.text());
      const result = await store.import(parsed.records);
      const summary = t("historyImported", result.added, result.updated, result.unchanged);
      const bad = parsed.errors.length > 0 ? ` ${describeBadLines(parsed.errors)}` : "";
      setNotice({ kind: parsed.errors.length > 0 ? "error" : "info", text: summary + bad });
    } catch (err) {
      setNotice({ kind: "error", text: err instanceof HistoryFullError ? t("historyImportFull") : t("historyImportFailed", String(err)) });
    }
    await reload();
  };

  return (
    <main>
      <header class="top">
        <h1>{t("historyTitle")}</h1>
        <p class="intro">{t("historyIntro")}</p>
      </header>
      {fullSince && (
        <p class="notice error" role="alert" data-notice="full">
          {t("historyFull", new Date(fullSince).toLocaleString("zh-CN", { hour12: false }))}
        </p>
      )}
      <FilterBar query={query} sites={sites} onChange={onQuery} />
      <div class="actions">
        <span class="count" data-count={shown.length}>
          {records && shown.length === records.length ? t("historyCount", records.length) : t("historyShown", shown.length, records?.length ?? 0)}
        </span>
        <button
          type="button"
          data-action="export-jsonl"
          title={t("historyExportHint")}
          disabled={shown.length === 0}
          onClick={() => downloadText(exportFilename("jsonl"), toJsonl(shown), "application/x-ndjson;charset=utf-8")}
        >
          {t("historyExportJsonl", shown.length)}
        </button>
        <button
          type="button"
          data-action="export-csv"
          title={t("historyExportHint")}
          disabled={shown.length === 0}
          onClick={() => downloadText(exportFilename("csv"), toHistoryCsv(shown, { bom: true }), "text/csv;charset=utf-8")}
        >
          {t("historyExportCsv", shown.length)}
        </button>
        <label class="button">
          {t("historyImport")}
          <input type="file" accept=".jsonl,.ndjson,.json,application/x-ndjson" data-action="import" onChange={onImport} />
        </label>
        <button type="button" class="danger" data-action="delete-all" disabled={!records?.length} onClick={onDeleteAll}>
          {t("historyDeleteAll")}
        </button>
      </div>
      <p class={`notice ${notice?.kind ?? ""}`} role="status" aria-live="polite" data-notice="status">
        {notice?.text ?? ""}
      </p>
      {records !== null && records.length === 0 && <p class="empty">{t("historyEmpty")}</p>}
      {records !== null && records.length > 0 && shown.length === 0 && <p class="empty">{t("historyNoMatch")}</p>}
      <ol class="records">
        {shown.slice(0, limit).map((r) => (
          <RecordItem key={r.id} record={r} onDelete={onDelete} />
        ))}
      </ol>
      {shown.length > limit && (
        <button type="button" class="more" data-action="more" onClick={() => setLimit(limit + PAGE)}>
          {t("historyMore", Math.min(PAGE, shown.length - limit))}
        </button>
      )}
    </main>
  );
}
