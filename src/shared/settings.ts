/**
 * The user's settings: their shape, their defaults, and `parseSettings`, which turns
 * whatever `storage.sync` holds (nothing, an older version, a hand-edited or corrupt value)
 * into valid settings, field by field, so one bad field never costs the others and never
 * breaks the extension. No browser API here: the content script, the worker, the options
 * page and Node tests all load it.
 */
import type { ExtractOptions } from "../extractor/types";

/** When pages are annotated: every Chinese page, only the listed sites, or only on request
 * (toolbar button or keyboard shortcut). */
export type AnnotateMode = "auto" | "listed" | "manual";
export const ANNOTATE_MODES: readonly AnnotateMode[] = ["auto", "listed", "manual"];

export type Category = "official" | "directive" | "slogan";
export const CATEGORIES: readonly Category[] = ["official", "directive", "slogan"];

export interface Settings {
  mode: AnnotateMode;
  /** Host names annotated in "listed" mode (a listed host covers its subdomains). */
  sites: string[];
  /** Host names never annotated unless asked ("never on this site"). */
  blockedSites: string[];
  /** Which categories are highlighted in the page. */
  highlight: Record<Category, boolean>;
  /** Highlight colours, `#rrggbb`; drawn translucent so the page's text stays readable. */
  colors: Record<Category, string>;
  /** The user's lexicon, passed to the extractor (ExtractOptions). */
  extraTitles: string[];
  extraNames: string[];
  ignoredNames: string[];
}

/** The key in `storage.sync` that holds the settings object. */
export const SETTINGS_KEY = "settings";

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  mode: "auto",
  sites: [],
  blockedSites: [],
  highlight: { official: true, directive: true, slogan: true },
  colors: { official: "#ffbe00", directive: "#3884ff", slogan: "#2da44e" },
  extraTitles: [],
  extraNames: [],
  ignoredNames: [],
});

/** A fresh, mutable copy of the defaults. */
export function defaultSettings(): Settings {
  return parseSettings(undefined);
}

/** storage.sync allows ~8 KB per item: these caps keep the whole object well inside it. */
const MAX_LIST = 200;
const MAX_ENTRY = 40;
const HEX_COLOR = /^#[0-9a-f]{6}$/i;

export function parseSettings(raw: unknown): Settings {
  const o = isObject(raw) ? raw : {};
  const d = DEFAULT_SETTINGS;
  return {
    mode: ANNOTATE_MODES.includes(o.mode as AnnotateMode) ? (o.mode as AnnotateMode) : d.mode,
    sites: hostList(o.sites),
    blockedSites: hostList(o.blockedSites),
    highlight: perCategory(o.highlight, d.highlight, (v): v is boolean => typeof v === "boolean"),
    colors: perCategory(o.colors, d.colors, (v): v is string => typeof v === "string" && HEX_COLOR.test(v), (v) =>
      v.toLowerCase(),
    ),
    extraTitles: wordList(o.extraTitles),
    extraNames: wordList(o.extraNames),
    ignoredNames: wordList(o.ignoredNames),
  };
}

/** What the extractor takes from the settings. */
export function lexiconOf(settings: Settings): ExtractOptions {
  return { extraTitles: settings.extraTitles, extraNames: settings.extraNames, ignoredNames: settings.ignoredNames };
}

/** Whether a page on `hostname` is annotated without being asked. */
export function annotatesAutomatically(settings: Settings, hostname: string): boolean {
  const host = normalizeHost(hostname);
  if (host === null) return false;
  if (settings.blockedSites.some((site) => coversHost(site, host))) return false;
  if (settings.mode === "auto") return true;
  if (settings.mode === "listed") return settings.sites.some((site) => coversHost(site, host));
  return false;
}

/** `gov.cn` covers `www.gov.cn` and `gov.cn`, not `notgov.cn`. */
export function coversHost(site: string, host: string): boolean {
  return host === site || host.endsWith(`.${site}`);
}

/**
 * A host name from what a user types or pastes: `https://www.gov.cn/xinwen/`, `WWW.GOV.CN`,
 * `gov.cn:8080` all give the host; null for anything that is not one.
 */
export function normalizeHost(input: string): string | null {
  let s = input.trim().toLowerCase();
  if (s === "") return null;
  s = s.replace(/^[a-z][a-z0-9+.-]*:\/\//, "");
  s = s.split(/[/?#]/, 1)[0];
  s = s.replace(/^[^@]*@/, "").replace(/:\d*$/, "").replace(/\.$/, "");
  if (s.startsWith("*.")) s = s.slice(2);
  if (s.length === 0 || s.length > 253) return null;
  // Letters of any script (internationalised names), digits, dots and hyphens; or an IPv6 literal.
  // The plain ASCII test first: the Unicode one costs a page ~1 ms to compile.
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(s)) return s;
  if (/^\[[0-9a-f:.]+\]$/.test(s)) return s;
  return /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)*$/u.test(s) ? s : null;
}

/** Splits a textarea's content (one per line, or separated by commas, 、 or spaces) into a
 * clean list: what the options page stores. */
export function splitList(text: string): string[] {
  return text.split(/[\n\r,,、;;\s]+/u);
}

function hostList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const hosts = value.filter((v): v is string => typeof v === "string").map(normalizeHost);
  return unique(hosts.filter((h): h is string => h !== null));
}

function wordList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const words = value
    .filter((v): v is string => typeof v === "string")
    .map((v) => v.normalize("NFC").trim())
    .filter((v) => v.length > 0 && v.length <= MAX_ENTRY);
  return unique(words);
}

function unique(list: string[]): string[] {
  return [...new Set(list)].slice(0, MAX_LIST);
}

function perCategory<T>(
  value: unknown,
  fallback: Readonly<Record<Category, T>>,
  valid: (v: unknown) => v is T,
  clean: (v: T) => T = (v) => v,
): Record<Category, T> {
  const o = isObject(value) ? value : {};
  const out = {} as Record<Category, T>;
  for (const c of CATEGORIES) out[c] = valid(o[c]) ? clean(o[c] as T) : fallback[c];
  return out;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
