/**
 * An extraction written out for people and programs: Markdown (the summary a reader pastes
 * into a report, labelled in Chinese), the contract's JSON, and CSV of the officials and
 * directives. The CLI prints these; the sidebar's copy buttons copy the same strings.
 */
import type { Directive, Extraction, Official, Role } from "../extractor/types";

export interface MarkdownOptions {
  /** The page the summary is of, shown as its source link. */
  url?: string;
}

export interface CsvOptions {
  /**
   * Start with a UTF-8 byte-order mark. Off by default: on the clipboard and in pipes a BOM
   * is an invisible stray character; Excel on Windows needs it to read UTF-8 files.
   */
  bom?: boolean;
}

const ROLE_LABELS: Record<Role, string> = {
  chair: "主持",
  speaker: "讲话",
  attendee: "出席",
  mentioned: "提及",
};

/** Directives no one is named for. */
const UNATTRIBUTED = "未署名";

// Characters Markdown would read as markup (masked names are written `**市长`).
const MARKDOWN_SPECIAL = /[\\`*_[\]<>#|~]/g;
const md = (s: string) => s.replace(MARKDOWN_SPECIAL, "\\$&").replace(/\s*\n\s*/g, " ");

/** The contract's JSON (`shared/spec/extraction.md` §5): exactly its fields, in its order. */
export function toJson(x: Extraction, indent: number = 2): string {
  const contract: Extraction = {
    meta: {
      title: x.meta.title,
      eventDate: x.meta.eventDate,
      publishedDate: x.meta.publishedDate,
      source: x.meta.source,
      meeting: x.meta.meeting,
      chair: x.meta.chair,
    },
    officials: x.officials.map((o) => ({
      name: o.name,
      titles: [...o.titles],
      roles: [...o.roles],
      masked: o.masked,
      mentions: o.mentions.map((m) => ({ start: m.start, end: m.end })),
    })),
    directives: x.directives.map((d) => ({ text: d.text, speaker: d.speaker, start: d.start, end: d.end })),
    slogans: [...x.slogans],
    documents: [...x.documents],
  };
  return JSON.stringify(contract, null, indent);
}

/** Directives by speaker, speakers in the order they first speak, unattributed ones last. */
export function directivesBySpeaker(directives: readonly Directive[]): Map<string | null, Directive[]> {
  const groups = new Map<string | null, Directive[]>();
  for (const d of directives) {
    if (d.speaker === null) continue;
    const group = groups.get(d.speaker);
    if (group) group.push(d);
    else groups.set(d.speaker, [d]);
  }
  const unattributed = directives.filter((d) => d.speaker === null);
  if (unattributed.length > 0) groups.set(null, unattributed);
  return groups;
}

function officialLine(o: Official): string {
  const parts = [`**${md(o.name)}**`];
  if (o.titles.length > 0) parts.push(o.titles.map(md).join("、"));
  if (o.roles.length > 0) parts.push(o.roles.map((r) => ROLE_LABELS[r]).join("、"));
  const details = [o.masked ? "姓名隐去" : null, o.mentions.length > 1 ? `提及 ${o.mentions.length} 次` : null]
    .filter(Boolean)
    .join("，");
  return `- ${parts.join(" · ")}${details ? `（${details}）` : ""}`;
}

export function toMarkdown(x: Extraction, opts: MarkdownOptions = {}): string {
  const out: string[] = [];
  const { meta } = x;
  out.push(`# ${meta.title ? md(meta.title) : "（无标题）"}`, "");

  const facts: [string, string | null | undefined][] = [
    ["会议", meta.meeting],
    ["日期", meta.eventDate],
    ["主持", meta.chair],
    ["发布", meta.publishedDate],
    ["来源", meta.source],
  ];
  const factLines = facts.filter(([, v]) => v).map(([k, v]) => `- ${k}：${md(v as string)}`);
  if (opts.url) factLines.push(`- 原文：<${opts.url.replace(/[<>\s]/g, encodeURIComponent)}>`);
  if (factLines.length > 0) out.push(...factLines, "");

  out.push(`## 领导同志（${x.officials.length}）`, "");
  if (x.officials.length === 0) out.push("未发现。");
  else out.push(...x.officials.map(officialLine));
  out.push("");

  out.push(`## 工作要求（${x.directives.length}）`, "");
  if (x.directives.length === 0) out.push("未发现。", "");
  for (const [speaker, group] of directivesBySpeaker(x.directives)) {
    out.push(`### ${speaker === null ? UNATTRIBUTED : md(speaker)}`, "");
    group.forEach((d, i) => out.push(`${i + 1}. ${md(d.text)}`));
    out.push("");
  }

  if (x.slogans.length > 0) {
    out.push(`## 提法（${x.slogans.length}）`, "", ...x.slogans.map((s) => `- “${md(s)}”`), "");
  }
  if (x.documents.length > 0) {
    out.push(`## 文件（${x.documents.length}）`, "", ...x.documents.map((d) => `- 《${md(d)}》`), "");
  }
  return `${out.join("\n").trimEnd()}\n`;
}

/** The CSV's columns; one row per official and per directive, told apart by `kind`. */
export const CSV_COLUMNS = ["kind", "name", "titles", "roles", "mentions", "speaker", "text", "start", "end"] as const;

/** RFC 4180: quoted when it holds a comma, a quote or a line break; quotes doubled. */
function csvField(value: string | number | null): string {
  const s = value === null ? "" : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(x: Extraction, opts: CsvOptions = {}): string {
  const rows: (string | number | null)[][] = [[...CSV_COLUMNS]];
  for (const o of x.officials) {
    const first = o.mentions[0];
    rows.push(["official", o.name, o.titles.join("、"), o.roles.join(" "), o.mentions.length, null, null,
      first?.start ?? null, first?.end ?? null]);
  }
  for (const d of x.directives) {
    rows.push(["directive", null, null, null, null, d.speaker, d.text, d.start, d.end]);
  }
  const body = rows.map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";
  return opts.bom ? `\uFEFF${body}` : body;
}
