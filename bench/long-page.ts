/**
 * Long pages for the browser measurements, built from the fixture pages (our samples/ when
 * ../shared is missing): the first page's shell (nav, side columns, footer) with its article
 * block refilled by the article paragraphs of every page in turn until the article holds the
 * wanted number of characters, as a day's digest would.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { collectText, findArticle } from "../src/shared/article";

const FIXTURES = new URL("../../shared/fixtures/pages/", import.meta.url).pathname;
const SAMPLES = new URL("../samples/", import.meta.url).pathname;

export interface LongPage {
  html: string;
  /** Characters of the article's text, as the content script collects it. */
  chars: number;
}

interface Source {
  from: string;
  shell: string;
  paragraphs: { html: string; chars: number }[];
}

let source: Source | null = null;

/** UTF-8 pages whose article is in the saved HTML (not the GBK twin, not script-filled ones). */
function loadSource(): Source {
  if (source) return source;
  for (const dir of [FIXTURES, SAMPLES]) {
    if (!existsSync(dir)) continue;
    const files = readdirSync(dir).filter((f) => f.endsWith(".html") && !f.includes(".gbk.")).sort();
    let shell = "";
    const paragraphs: Source["paragraphs"] = [];
    for (const file of files) {
      const html = readFileSync(join(dir, file), "utf8");
      const article = findArticle(parseHTML(html).document as unknown as Document);
      if (!article) continue;
      if (!shell) shell = html;
      for (const child of Array.from(article.children)) {
        const chars = (child.textContent ?? "").trim().length;
        if (chars > 0) paragraphs.push({ html: child.outerHTML, chars });
      }
    }
    if (shell && paragraphs.length > 0) return (source = { from: dir, shell, paragraphs });
  }
  throw new Error("no page with an article in ../shared/fixtures/pages or samples/");
}

export function pagesFrom(): string {
  return loadSource().from;
}

export function longPage(chars: number): LongPage {
  // collectText drops some characters textContent has (spaces between blocks), so a short
  // build is topped up with what it lacked.
  let target = chars;
  for (;;) {
    const page = buildPage(target);
    if (page.chars >= chars) return page;
    target += chars - page.chars + 100;
  }
}

function buildPage(chars: number): LongPage {
  const { shell, paragraphs } = loadSource();
  const { document } = parseHTML(shell);
  const article = findArticle(document as unknown as Document);
  if (!article) throw new Error("the shell page lost its article");
  const parts: string[] = [];
  let total = 0;
  for (let i = 0; total < chars; i++) {
    const p = paragraphs[i % paragraphs.length];
    parts.push(p.html);
    total += p.chars;
  }
  article.innerHTML = parts.join("\n");
  const html = document.toString();
  const check = findArticle(parseHTML(html).document as unknown as Document);
  return { html, chars: check ? collectText(check).text.length : 0 };
}
