/**
 * History as JSON Lines: one record per line, the extraction in the contract's field order.
 * Reading checks every line on its own, so one damaged line costs that line only and the
 * reader is told which line it was and why.
 */
import type { HistoryRecord } from "../background/history-record";
import { contractOnly, siteOf } from "../background/history-record";
import type { Extraction } from "../extractor/types";
import { toJson } from "../shared/format";

export function recordToJsonLine(r: HistoryRecord): string {
  const head = JSON.stringify({ id: r.id, url: r.url, site: r.site, savedAt: r.savedAt, textHash: r.textHash });
  return `${head.slice(0, -1)},"extraction":${toJson(r.extraction, 0)}}`;
}

export function toJsonl(records: readonly HistoryRecord[]): string {
  return records.map((r) => `${recordToJsonLine(r)}\n`).join("");
}

export type LineProblem = "not-json" | "not-object" | "bad-id" | "bad-url" | "bad-date" | "bad-extraction";

export interface LineError {
  /** 1-based line number in the file. */
  line: number;
  problem: LineProblem;
}

export interface ParsedJsonl {
  records: HistoryRecord[];
  errors: LineError[];
}

const HEX64 = /^[0-9a-f]{64}$/;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isStringArray = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === "string");
const isNullableString = (v: unknown) => v === null || typeof v === "string";

function isExtraction(v: unknown): v is Extraction {
  if (!isObject(v) || !isObject(v.meta)) return false;
  const meta = v.meta;
  const metaOk = ["title", "eventDate", "publishedDate", "source", "meeting", "chair"].every((k) => isNullableString(meta[k]));
  const officialsOk =
    Array.isArray(v.officials) &&
    v.officials.every(
      (o) =>
        isObject(o) &&
        typeof o.name === "string" &&
        isStringArray(o.titles) &&
        isStringArray(o.roles) &&
        typeof o.masked === "boolean" &&
        Array.isArray(o.mentions) &&
        o.mentions.every((m) => isObject(m) && typeof m.start === "number" && typeof m.end === "number"),
    );
  const directivesOk =
    Array.isArray(v.directives) &&
    v.directives.every(
      (d) =>
        isObject(d) &&
        typeof d.text === "string" &&
        isNullableString(d.speaker) &&
        typeof d.start === "number" &&
        typeof d.end === "number",
    );
  return metaOk && officialsOk && directivesOk && isStringArray(v.slogans) && isStringArray(v.documents);
}

function parseLine(line: string): HistoryRecord | LineProblem {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return "not-json";
  }
  if (!isObject(value)) return "not-object";
  const { id, url, savedAt, textHash, extraction } = value;
  if (typeof id !== "string" || !HEX64.test(id) || typeof textHash !== "string" || !HEX64.test(textHash)) return "bad-id";
  if (typeof url !== "string" || !/^https?:\/\//i.test(url) || siteOf(url) === "") return "bad-url";
  if (typeof savedAt !== "string" || Number.isNaN(Date.parse(savedAt))) return "bad-date";
  if (!isExtraction(extraction)) return "bad-extraction";
  return { id, url, site: siteOf(url), savedAt, textHash, extraction: contractOnly(extraction) };
}

export function parseJsonl(text: string): ParsedJsonl {
  const records: HistoryRecord[] = [];
  const errors: LineError[] = [];
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line.trim() === "") return;
    const parsed = parseLine(line);
    if (typeof parsed === "string") errors.push({ line: i + 1, problem: parsed });
    else records.push(parsed);
  });
  return { records, errors };
}
