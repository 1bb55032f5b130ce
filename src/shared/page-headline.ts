/**
 * A saved page's headline: its <h1>, or else its <title> without the site's name. The
 * extractor reads the headline from the text's first lines, and many portals keep the <h1>
 * outside the article's block, so the CLI and the content script put it back in front
 * when the article lacks it. The <h1>s' texts come from the article finder's pass over the
 * page (article.ts), which reads every one of them anyway.
 */
import { HAS_DATE } from "./dateline-date";

/** Separators between a headline and the site's name in a <title>: `_`, `|`, ` - `, ` — `,
 * and `--` written without spaces (`标题--地方--人民网`); a lone `-` without spaces is a
 * range inside the headline (`2023-2025年`). */
const TITLE_PARTS = /\s*[_|｜]\s*|\s+[-–—]+\s+|\s*-{2,}\s*/;
const squeeze = (s: string) => s.replace(/\s+/g, "");

/** A heading's text on one line. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** The longest part of the <title>: the headline is longer than the site's name. */
function titleHeadline(doc: Document): string | null {
  const title = doc.querySelector("title")?.textContent?.trim() ?? "";
  if (!title) return null;
  let best = "";
  for (const part of title.split(TITLE_PARTS)) if (part.trim().length > best.length) best = part.trim();
  return best || null;
}

/** `h1Texts`: the texts of the page's <h1>s, in page order (`FoundArticle.headings`). */
export function pageHeadline(doc: Document, h1Texts: readonly string[]): string | null {
  const fromTitle = titleHeadline(doc);
  const headings = h1Texts.map(oneLine).filter((h) => h.length >= 4);
  // A site that puts its logo in an <h1> has a second one for the report; the one the
  // <title> repeats is the report's.
  if (fromTitle) {
    const t = squeeze(fromTitle);
    const echoed = headings.find((h) => t.includes(squeeze(h)) || squeeze(h).includes(t));
    if (echoed) return echoed;
  }
  return headings[0] ?? fromTitle;
}

/**
 * Whether the headline already stands as a line of its own among the text's first lines
 * (a lead paragraph that merely contains the meeting's name does not count).
 */
export function hasHeadline(text: string, headline: string): boolean {
  const h = squeeze(headline);
  if (!h) return true;
  return text
    .split("\n", 6)
    .map(squeeze)
    .some((line) => line.startsWith(h) && line.length <= h.length + 30);
}

/** Lines at the top of the article's text where its own date would stand. */
const DATED_LINES = 6;

/**
 * Whether the article's text is read as it stands, with nothing put in front: it has the
 * headline, and the page's dateline (outside the block) adds no date the text lacks. A news
 * aggregator repeats the headline inside the article yet prints the date only under its
 * <h1> (`网络编辑 榆州 2022-10-12 09:47:23`); without it the event's year is unknowable.
 */
export function standsAlone(text: string, headline: string, dateline: string | null): boolean {
  if (!hasHeadline(text, headline)) return false;
  return dateline === null || text.split("\n", DATED_LINES).some((line) => HAS_DATE.test(line));
}

/**
 * The text the extractor reads when what the page prints above the article's block is put
 * back in front of it: the headline (null when the block holds it already), the dateline
 * under it when there is one (the publication date the event's year is read from; a block
 * that repeats the headline, as news aggregators print it, lacks it still), then the
 * article, a line each, as a pasted report has them. One function, so that the CLI and the
 * content script give the extractor the same string.
 */
export function frontMatter(headline: string | null, dateline: string | null, body: string): string {
  return [headline, dateline, body].filter((part) => part !== null).join("\n");
}
