/**
 * The text the extension gives the extractor for a page: exactly what the CLI gives it for
 * the same page (src/cli/html-to-text.ts: the article's text, trimmed, with the headline in
 * front when the article's block lacks it, and the dateline when the block lacks its date),
 * plus the map from each text offset to its node. When the headline stands in an <h1>
 * outside the block, that element's text nodes join the map, so names in the headline are
 * marked too, and so do the dateline's (also when the block repeats the headline, as news
 * aggregators print it).
 */
import { findArticleText, type ArticleText, type TextSegment } from "../shared/article";
import { frontMatter, hasHeadline, pageHeadline, standsAlone } from "../shared/page-headline";

const squeeze = (s: string) => s.replace(/\s+/g, "");

/** Null when the page has no block that reads like an article (yet). */
export function pageText(doc: Document): ArticleText | null {
  const found = findArticleText(doc);
  if (!found) return null;
  const { article, headings } = found;
  const body = trimmed(found.text);
  const headline = pageHeadline(doc, headings.map((h) => h.text.text));
  const dateline = found.dateline ? trimmed(found.dateline) : null;
  if (!headline || standsAlone(body.text, headline, dateline?.text ?? null)) return body;
  // A block that repeats the headline (a news aggregator's) lacks only the dateline's date.
  const inBody = hasHeadline(body.text, headline);

  const head = inBody ? undefined : headings.find((h) => !article.contains(h.element) && squeeze(h.element.textContent ?? "") === squeeze(headline))?.text;
  // Same string as the CLI's; segments only where the element's own text is that string.
  const headSegments = head && head.text === headline ? head.segments : [];
  const datelineAt = inBody ? 0 : headline.length + 1;
  const bodyAt = datelineAt + (dateline ? dateline.text.length + 1 : 0);
  return {
    text: frontMatter(inBody ? null : headline, dateline?.text ?? null, body.text),
    segments: [...headSegments, ...(dateline ? shift(dateline.segments, datelineAt) : []), ...shift(body.segments, bodyAt)],
  };
}

/** `text.trim()`, with segments moved so each still starts where its node's text does
 * (a segment may start before 0 when its node begins with the trimmed spaces). */
function trimmed({ text, segments }: ArticleText): ArticleText {
  const lead = text.length - text.trimStart().length;
  return { text: text.trim(), segments: shift(segments, -lead) };
}

function shift(segments: TextSegment[], by: number): TextSegment[] {
  return by === 0 ? segments : segments.map((s) => ({ ...s, start: s.start + by, end: s.end + by }));
}
