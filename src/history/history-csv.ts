/**
 * History as CSV for a spreadsheet: one row per official, directive, slogan and document,
 * each carrying its page's columns, so rows can be filtered and pivoted without joins.
 * A page with none of these still gets one `page` row. RFC 4180 quoting, CRLF rows.
 */
import type { HistoryRecord } from "../background/history-record";
import { recordDate } from "../background/history-record";

export const HISTORY_CSV_COLUMNS = [
  "savedAt",
  "url",
  "site",
  "headline",
  "date",
  "meeting",
  "kind",
  "name",
  "titles",
  "roles",
  "speaker",
  "text",
] as const;

type Row = Record<(typeof HISTORY_CSV_COLUMNS)[number], string>;

function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function rowsOf(r: HistoryRecord): Row[] {
  const x = r.extraction;
  const page = {
    savedAt: r.savedAt,
    url: r.url,
    site: r.site,
    headline: x.meta.title ?? "",
    date: recordDate(r) ?? "",
    meeting: x.meta.meeting ?? "",
  };
  const empty = { name: "", titles: "", roles: "", speaker: "", text: "" };
  const rows: Row[] = [
    ...x.officials.map((o) => ({ ...page, ...empty, kind: "official", name: o.name, titles: o.titles.join("、"), roles: o.roles.join(" ") })),
    ...x.directives.map((d) => ({ ...page, ...empty, kind: "directive", speaker: d.speaker ?? "", text: d.text })),
    ...x.slogans.map((s) => ({ ...page, ...empty, kind: "slogan", text: s })),
    ...x.documents.map((d) => ({ ...page, ...empty, kind: "document", text: d })),
  ];
  return rows.length > 0 ? rows : [{ ...page, ...empty, kind: "page" }];
}

export function toHistoryCsv(records: readonly HistoryRecord[], opts: { bom?: boolean } = {}): string {
  const lines = [HISTORY_CSV_COLUMNS.join(",")];
  for (const r of records) for (const row of rowsOf(r)) lines.push(HISTORY_CSV_COLUMNS.map((c) => field(row[c])).join(","));
  return `${opts.bom ? "\uFEFF" : ""}${lines.join("\r\n")}\r\n`;
}
