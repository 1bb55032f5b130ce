/**
 * A saved web page to the text the extractor reads: the article's block found by the shared
 * article finder (the one the extension uses in the page), its text collected the same way,
 * and, in front, the page's headline when the block lacks it and the dateline under it when
 * the block lacks its date.
 */
import { parseHTML } from "linkedom";
import { findArticleText } from "../shared/article";
import { CliError } from "./cli-error";
import { frontMatter, hasHeadline, pageHeadline, standsAlone } from "../shared/page-headline";

const HAS_BODY = /<body[\s>]/i;
const HTML_TAG = /<\/?html[^>]*>/gi;

function parsePage(html: string): Document {
  // The parser only builds a <body> the page writes; a fragment gets one, so that the
  // article finder always has a body to search.
  const source = HAS_BODY.test(html)
    ? html
    : `<!doctype html><html><head></head><body>${html.replace(HTML_TAG, "")}</body></html>`;
  return parseHTML(source).document as unknown as Document;
}

export function articleTextOfPage(name: string, html: string): string {
  const doc = parsePage(html);
  const found = findArticleText(doc);
  if (found === null) throw new CliError(`${name}: no article found in the page (${whyNoArticle(doc)})`);
  const text = found.text.text.trim();
  const headline = pageHeadline(doc, found.headings.map((h) => h.text.text));
  const dateline = found.dateline ? found.dateline.text.trim() : null;
  if (!headline || standsAlone(text, headline, dateline)) return text;
  return frontMatter(hasHeadline(text, headline) ? null : headline, dateline, text);
}

/** The likely reason, for the one line the user reads: a page its scripts fill, or no prose. */
function whyNoArticle(doc: Document): string {
  if (doc.querySelector("script") !== null) {
    return "no block of it reads as a report; its scripts may fill the text in, which needs a browser: open the page with the extension";
  }
  return "no block of it reads as a report: a list of links, or text without sentences";
}
