/**
 * A strict check of an extraction against the contract (`shared/spec/extraction.md` §5):
 * exact keys, types, ISO dates, the four roles, and offsets that index the input. Written
 * by hand because the contract is small and its offset rules are beyond a JSON schema.
 * Returns the problems found, so a property test can print them all at once.
 */

const TOP_KEYS = ["directives", "documents", "meta", "officials", "slogans"];
const META_KEYS = ["chair", "eventDate", "meeting", "publishedDate", "source", "title"];
const OFFICIAL_KEYS = ["masked", "mentions", "name", "roles", "titles"];
const DIRECTIVE_KEYS = ["end", "speaker", "start", "text"];
const SPAN_KEYS = ["end", "start"];
const ROLES = new Set(["chair", "speaker", "attendee", "mentioned"]);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const keysAre = (v: Record<string, unknown>, keys: string[]) => JSON.stringify(Object.keys(v).sort()) === JSON.stringify(keys);
const isStringOrNull = (v: unknown) => v === null || typeof v === "string";

/** A real calendar day written `YYYY-MM-DD` (not `2022-02-30`). */
export function isIsoDate(v: unknown): boolean {
  if (typeof v !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

function spanProblems(where: string, span: Record<string, unknown>, length: number): string[] {
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return [`${where}: offsets are not integers`];
  const [a, b] = [start as number, end as number];
  return a >= 0 && a < b && b <= length ? [] : [`${where}: span ${a}..${b} is not inside a text of length ${length}`];
}

export function contractProblems(x: unknown, input: string): string[] {
  const out: string[] = [];
  if (!isObject(x) || !keysAre(x, TOP_KEYS)) return [`top-level keys: ${isObject(x) ? Object.keys(x).join(",") : typeof x}`];

  const meta = x.meta;
  if (!isObject(meta) || !keysAre(meta, META_KEYS)) {
    out.push(`meta keys: ${isObject(meta) ? Object.keys(meta).join(",") : typeof meta}`);
  } else {
    for (const k of ["title", "source", "meeting", "chair"]) {
      if (!isStringOrNull(meta[k])) out.push(`meta.${k} is ${typeof meta[k]}`);
      else if (meta[k] === "") out.push(`meta.${k} is an empty string, not null`);
    }
    for (const k of ["eventDate", "publishedDate"]) {
      if (meta[k] !== null && !isIsoDate(meta[k])) out.push(`meta.${k} is not an ISO date: ${JSON.stringify(meta[k])}`);
    }
  }

  const officials = x.officials;
  if (!Array.isArray(officials)) out.push("officials is not a list");
  else {
    const names = new Set<string>();
    officials.forEach((o, i) => {
      const at = `officials[${i}]`;
      if (!isObject(o) || !keysAre(o, OFFICIAL_KEYS)) return out.push(`${at} keys: ${isObject(o) ? Object.keys(o).join(",") : typeof o}`);
      if (typeof o.name !== "string" || o.name.trim() === "") out.push(`${at}.name is not a non-empty string`);
      // Two masked officials may share a mask (`**`); a named person is listed once.
      else if (names.has(o.name) && o.masked === false) out.push(`${at}: ${o.name} listed twice`);
      else names.add(o.name);
      if (!Array.isArray(o.titles) || !o.titles.every((t) => typeof t === "string" && t !== "")) out.push(`${at}.titles is not a list of strings`);
      if (!Array.isArray(o.roles) || o.roles.length === 0 || !o.roles.every((r) => ROLES.has(r as string))) {
        out.push(`${at}.roles: ${JSON.stringify(o.roles)}`);
      } else if (new Set(o.roles).size !== o.roles.length) out.push(`${at}.roles repeat: ${JSON.stringify(o.roles)}`);
      if (typeof o.masked !== "boolean") out.push(`${at}.masked is not a boolean`);
      if (!Array.isArray(o.mentions) || o.mentions.length === 0) out.push(`${at}.mentions is not a non-empty list`);
      else {
        o.mentions.forEach((m, j) => {
          if (!isObject(m) || !keysAre(m, SPAN_KEYS)) out.push(`${at}.mentions[${j}] keys`);
          else out.push(...spanProblems(`${at}.mentions[${j}]`, m, input.length));
        });
      }
    });
    if (isObject(meta) && typeof meta.chair === "string" && !names.has(meta.chair)) {
      out.push(`meta.chair ${meta.chair} is not among the officials`);
    }
  }

  const directives = x.directives;
  if (!Array.isArray(directives)) out.push("directives is not a list");
  else {
    directives.forEach((d, i) => {
      const at = `directives[${i}]`;
      if (!isObject(d) || !keysAre(d, DIRECTIVE_KEYS)) return out.push(`${at} keys: ${isObject(d) ? Object.keys(d).join(",") : typeof d}`);
      if (typeof d.text !== "string") return out.push(`${at}.text is not a string`);
      if (!isStringOrNull(d.speaker) || d.speaker === "") out.push(`${at}.speaker: ${JSON.stringify(d.speaker)}`);
      const bad = spanProblems(at, d, input.length);
      out.push(...bad);
      if (bad.length === 0 && input.slice(d.start as number, d.end as number) !== d.text) {
        out.push(`${at}: text is not input.slice(${d.start}, ${d.end})`);
      }
    });
  }

  for (const k of ["slogans", "documents"]) {
    const list = x[k];
    if (!Array.isArray(list) || !list.every((t) => typeof t === "string" && t !== "")) out.push(`${k} is not a list of non-empty strings`);
    else if (new Set(list).size !== list.length) out.push(`${k} repeat an entry`);
  }
  return out;
}
