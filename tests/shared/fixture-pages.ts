/**
 * The shared web-page fixtures and their plain-text twins, for tests that run the article
 * finder in Node. Read from ../shared at test time, never copied into the repository.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";

export const PAGES_DIR = new URL("../../../shared/fixtures/pages/", import.meta.url).pathname;
export const CORPUS_DIR = new URL("../../../shared/corpus/dev/", import.meta.url).pathname;
export const haveShared = existsSync(PAGES_DIR) && existsSync(CORPUS_DIR);

export interface FixturePage {
  file: string;
  path: string;
  /** The seed id, e.g. `seed-001`, whose `.txt` holds the same article as plain text. */
  id: string;
  html: string;
}

export function fixturePages(): FixturePage[] {
  if (!haveShared) return [];
  return readdirSync(PAGES_DIR)
    .filter((f) => f.endsWith(".html"))
    .sort()
    .map((file) => {
      const path = join(PAGES_DIR, file);
      const bytes = readFileSync(path);
      // The GBK twin says so in its meta tag; the test decodes it directly so that a bug in
      // the CLI's charset sniffing cannot hide a bug in the article finder.
      const html = new TextDecoder(file.includes(".gbk.") ? "gbk" : "utf-8").decode(bytes);
      return { file, path, id: file.split(".")[0], html };
    });
}

export function corpusText(id: string): string {
  return readFileSync(join(CORPUS_DIR, `${id}.txt`), "utf8");
}

export function parsePage(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** Runs the page's inline scripts with timers fired at once, as a browser would after a while. */
export function runInlineScripts(doc: Document): void {
  for (const script of Array.from(doc.querySelectorAll("script"))) {
    const code = script.textContent ?? "";
    const setTimeoutNow = (fn: () => void) => fn();
    new Function("document", "setTimeout", code)(doc, setTimeoutNow);
  }
}

export const squeeze = (s: string): string => s.replace(/\s+/g, "");

/** Lines of the plain-text twin that are article prose: long and punctuated. */
export function proseLines(text: string): string[] {
  return text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.length >= 40 && (l.match(/[，,。；、]/g) ?? []).length >= 2);
}
