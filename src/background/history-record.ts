/**
 * One page in the reader's history: where it was read, when, and the extraction as the
 * contract defines it. The id is derived from the address and the article text, so reading
 * the same text at the same address again replaces the record instead of adding one.
 */
import type { Extraction } from "../extractor/types";
import { toJson } from "../shared/format";
import { textHash } from "./text-hash";

export interface HistoryRecord {
  /** SHA-256 hex of `url`, a newline and `textHash`. */
  id: string;
  url: string;
  /** The address's host name, for the site filter. */
  site: string;
  /** ISO 8601, when the page was last annotated. */
  savedAt: string;
  /** SHA-256 hex of the article text the extraction was made from. */
  textHash: string;
  extraction: Extraction;
}

export async function recordId(url: string, hashOfText: string): Promise<string> {
  return textHash(`${url}\n${hashOfText}`);
}

export function siteOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return "";
  }
}

/** Only pages of the web are kept: not extension pages, files or about: pages. */
export function isRecordableUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/** The contract's fields only, in its order (what an export writes and an import reads). */
export function contractOnly(x: Extraction): Extraction {
  return JSON.parse(toJson(x, 0)) as Extraction;
}

export async function makeRecord(url: string, text: string, extraction: Extraction, now = new Date()): Promise<HistoryRecord> {
  const hash = await textHash(text);
  return {
    id: await recordId(url, hash),
    url,
    site: siteOf(url),
    savedAt: now.toISOString(),
    textHash: hash,
    extraction: contractOnly(extraction),
  };
}

/** The date a reader means: the event's, else the publication's. */
export function recordDate(record: HistoryRecord): string | null {
  return record.extraction.meta.eventDate ?? record.extraction.meta.publishedDate ?? null;
}
