/**
 * Searching and filtering the history page's list, in memory: a reader's history is
 * thousands of records at most, and each record's searchable text is built once.
 */
import type { HistoryRecord } from "../background/history-record";
import { recordDate } from "../background/history-record";
import { foldScript } from "../extractor/normalize";

export interface HistoryQuery {
  /** Words separated by spaces; a record matches when it contains every one. */
  words: string;
  /** A host name, or "" for every site. */
  site: string;
  /** ISO dates, inclusive; "" for open-ended. */
  from: string;
  to: string;
}

export const EMPTY_QUERY: HistoryQuery = { words: "", site: "", from: "", to: "" };

const haystacks = new WeakMap<HistoryRecord, string>();

/** Everything a reader might look a page up by: officials, their offices, slogans, documents, the text of directives. */
function haystackOf(r: HistoryRecord): string {
  let h = haystacks.get(r);
  if (h === undefined) {
    const x = r.extraction;
    h = [
      x.meta.title,
      x.meta.meeting,
      x.meta.chair,
      x.meta.source,
      r.url,
      ...x.officials.flatMap((o) => [o.name, ...o.titles]),
      ...x.directives.flatMap((d) => [d.text, d.speaker]),
      ...x.slogans,
      ...x.documents,
    ]
      .filter((s): s is string => typeof s === "string" && s !== "")
      .join("\n");
    h = searchForm(h);
    haystacks.set(r, h);
  }
  return h;
}

/** Case and script folded, so that 習近平 finds 习近平 and ＡＢＣ finds abc. */
function searchForm(text: string): string {
  return foldScript(text).toLowerCase();
}

/** The date a record is filtered by: the event's or publication's, else the day it was read. */
export function filterDate(r: HistoryRecord): string {
  return recordDate(r) ?? r.savedAt.slice(0, 10);
}

export function matches(r: HistoryRecord, q: HistoryQuery): boolean {
  if (q.site && r.site !== q.site) return false;
  const date = filterDate(r);
  if (q.from && date < q.from) return false;
  if (q.to && date > q.to) return false;
  const words = searchForm(q.words).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const hay = haystackOf(r);
  return words.every((w) => hay.includes(w));
}

export function filterRecords(records: readonly HistoryRecord[], q: HistoryQuery): HistoryRecord[] {
  return records.filter((r) => matches(r, q));
}

/** Sites with their record counts, most records first. */
export function sitesOf(records: readonly HistoryRecord[]): { site: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const r of records) counts.set(r.site, (counts.get(r.site) ?? 0) + 1);
  return [...counts].map(([site, count]) => ({ site, count })).sort((a, b) => b.count - a.count || a.site.localeCompare(b.site));
}
