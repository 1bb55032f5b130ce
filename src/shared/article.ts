/**
 * The one article finder, for the content script in the page and for the CLI in Node.
 *
 * Every element gets a score: the prose it holds minus the noise it holds. Prose is text
 * outside links with sentence punctuation, worth more for each mark; a text without any
 * (a headline, a date and source line, a toolbar, a footer's 主办单位：… line) is a label
 * and worth nothing, or the labels around an article outweigh the few links of an old
 * table portal and the whole page wins. A colon marks a label, not a sentence. Noise is
 * link text (menus, headline lists) and anything inside navigation, side columns, related
 * lists, footers, share bars and comment boxes (known by tag or by class/id words), and it
 * counts double. A column of teasers (a headline link and a summary each) gains nothing, nor
 * does a gallery's <figcaption>s (captions of another event's photos read like prose). An ancestor collects its children's scores, so climbing from a paragraph to
 * the article's container gains prose, and climbing further gains noise and loses: the best
 * element is the article. On a tie the deeper element wins (a wrapper that adds nothing).
 * The one exception: paragraphs in sibling blocks of a wrapper that also holds a list of
 * links, which costs the wrapper more than the other paragraphs bring (CLIMB_LEVELS below).
 * Furniture the article's block still holds (a share bar or related list inside it, an
 * <aside> in an <article>) is left out of its text, so that no other report's headline
 * reaches the extractor. Standard DOM calls only, no globals, one pass.
 */
import { HAS_DATE } from "./dateline-date";
import { TextEvents, type ArticleText } from "./article-text";
import { isHiddenByAttribute, isUnreadTag, tagOf } from "./element-kinds";

export { collectText } from "./article-text";
export type { ArticleText, TextSegment } from "./article-text";

/** Tags that are page furniture wherever they stand. */
const NOISE_TAGS = new Set(["nav", "aside", "footer", "menu", "dialog"]);

/** Words in class or id that name furniture: menus, breadcrumbs, side columns, lists of other news. */
const NOISE_WORDS = new Set([
  "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "crumb", "crumbs",
  "position", "location", "side", "sidebar", "aside", "related", "relate", "recommend",
  "recommended", "rec", "hot", "hotnews", "comment", "comments", "reply", "replies",
  "footer", "foot", "bottom", "share", "social", "ad", "ads", "advert", "banner", "copyright", "pager",
  "pagination", "tags", "login", "toolbar", "topbar", "top", "friend", "friendlink", "links",
  "more", "rank", "ranking", "list", "widget", "popup", "modal", "qrcode",
]);

/** Words that name the article itself and outweigh a furniture word next to them. */
const CONTENT_WORDS = new Set([
  "article", "content", "contents", "main", "body", "text", "detail", "details", "post",
  "entry", "story", "editor", "con", "zw", "wz",
]);

const PUNCTUATION_WEIGHT = 3;
const NOISE_WEIGHT = 2;
/** Below this the best block is a placeholder or a teaser, not an article. */
const MIN_SCORE = 60;
const MIN_PUNCTUATION = 2;

// Counted by what is left when runs of everything else are cut out: one native pass, and
// few matches (a run at a time). Spaces as the scoring counts them: ASCII whitespace and
// controls, no-break and ideographic space.
const SPACES = /[\x00-\x20\u00a0\u3000]+/g;
const HAS_SPACE = /[\x00-\x20\u00a0\u3000]/;
// Colons are left out: `来源：` and `发布时间：` are how labels are written.
const NOT_PUNCTUATION = /[^，,。；;！!？?、]+/g;

/**
 * Scores are kept twice: once reading class/id words as hints, once with tags alone. Hints
 * remove furniture well, but a site that names a wrapper of the whole page `has-sidebar`
 * would lose its article to them; the plain view is the safety net for that case.
 */
interface Best {
  el: Element | null;
  /** This view's furniture: the outermost elements it calls noise, in page order, and the
   * stretches of the text record their content takes (two numbers each). */
  furniture: Element[];
  furnitureAt: number[];
  score: number;
  punctuation: number;
  /** The element's content in the pass's text record. */
  from: number;
  to: number;
  /** Its depth and prose (the score without the noise), for climbing to a container. */
  depth: number;
  prose: number;
  /** The element that won on its score, before any climb (`el` itself when none). */
  scored: Element | null;
  scoredDepth: number;
  scoredFrom: number;
  scoredTo: number;
  /** The noise of the mostly-link children of the containers above the winner so far. */
  linkNoiseAbove: number;
}

/** When hints leave less than this share of the plain view's best, they hid the article. */
const HINTS_KEEP_AT_LEAST = 1 / 3;

/**
 * Paragraphs split over sibling blocks (`<div class="section">` each) next to a related-links
 * list in the same wrapper: the links cost the wrapper more than the other paragraphs bring,
 * so one paragraph's block wins. A container at most this many levels above the winner that
 * holds at least this many times its prose is the article instead, when the text it would
 * give (without its children that are mostly link text, left out like furniture) still
 * outscores the winner.
 */
const CLIMB_LEVELS = 3;
const CLIMB_PROSE_FACTOR = 2;

/**
 * A column of other reports' teasers (each item a headline link, then a summary in
 * sentences: `<li><a>…</a><p>…。</p></li>`) reads like prose and may be longer than the
 * article. Children of one element that open with a link of a headline's length and go on
 * in prose, this many or more, are such items: their prose counts for nothing. A paragraph
 * that opens with a linked name (`<div><p><a>李某</a>指出,…</p></div>`) is no item.
 */
const MIN_TEASERS = 3;
const HEADLINE_LINK_CHARS = 10;

/**
 * Whether one of `words` stands in `value` as a whole word, a word being a run of Latin
 * letters in any case. Read by hand: a regex alternation of the furniture words cost every
 * page about a millisecond to compile before its first answer, and the answers are kept per
 * value (below), so only a page's few distinct class names are ever read.
 */
function hasWord(value: string, words: ReadonlySet<string>): boolean {
  const lower = value.toLowerCase();
  let from = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 0;
    const letter = c >= 0x61 && c <= 0x7a;
    if (letter && from < 0) from = i;
    else if (!letter && from >= 0) {
      if (words.has(lower.slice(from, i))) return true;
      from = -1;
    }
  }
  return false;
}

/**
 * Whether an element's class or id names furniture (and no content word outweighs it). The
 * words of both are tested as one value: a space between them keeps any word from running
 * over, so the answer is the same as for each apart, and one value is one key for the
 * answers already given in this pass (a page gives hundreds of paragraphs the same class,
 * and each value is read once).
 */
type NoiseNames = Map<string, boolean>;

function isNoiseByName(el: Element, known: NoiseNames): boolean {
  const names = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`;
  let noise = known.get(names);
  if (noise === undefined) {
    noise = hasWord(names, NOISE_WORDS) && !hasWord(names, CONTENT_WORDS);
    known.set(names, noise);
  }
  return noise;
}

export interface FoundArticle {
  article: Element;
  /** The furniture inside the article (a share bar, a related list, an <aside>, and when the
   * article is a wrapper of paragraph blocks, its children that are mostly links) that its
   * text leaves out: the outermost such elements, in page order. */
  leftOut: Element[];
  /** The article's text, as `collectText(article, (el) => leftOut.includes(el))` gives it. */
  text: ArticleText;
  /** Every <h1> the pass read, in page order, with its text as `collectText` gives it: the
   * headline is looked for among them (page-headline.ts) without walking the page again. */
  headings: { element: Element; text: ArticleText }[];
  /**
   * The page's dateline (`来源:… 发布时间:2025-05-21`) when it stands between a headline
   * <h1> and the article's block, outside both: the line a portal prints under its headline,
   * which a pasted report keeps; or else a paper's masthead line right above the headline
   * (`2022年11月16日 星期三 第01版:要闻`). Null when there is none, or what stands there is
   * not short or holds no date.
   */
  dateline: ArticleText | null;
}

/** Longest dateline taken: a line of source, date, author and font buttons. */
const MAX_DATELINE_CHARS = 160;
/** The same line's characters in the page's source, layout whitespace included. */
const MAX_DATELINE_SOURCE_CHARS = 4 * MAX_DATELINE_CHARS;

/**
 * The element holding the page's main text, or null when no block of the page reads like
 * an article (a list page, or a page whose article a script has not filled in yet).
 */
export function findArticle(doc: Document): Element | null {
  return findArticleText(doc)?.article ?? null;
}

/**
 * The article and its text from one pass over the page: while the pass scores the elements
 * it records what shapes the text (article-text.ts), and the winner's stretch of that record
 * is its text. Elements and text nodes are read once each, by a loop of its own rather than
 * a visitor, with per-depth state in flat arrays: on a long page this pass is most of the
 * content script's work, and it runs as cold code.
 */
export function findArticleText(doc: Document): FoundArticle | null {
  const body = doc.body ?? doc.documentElement;
  if (!body) return null;
  const events = new TextEvents();

  // The open elements, body at depth 0, and each one's running views.
  const els: Element[] = [body];
  const tags: string[] = [""];
  const from: number[] = [0];
  const hintedScore: number[] = [0];
  const hintedMarks: number[] = [0];
  const hintedNoise: boolean[] = [false];
  const plainScore: number[] = [0];
  const plainMarks: number[] = [0];
  const plainNoise: boolean[] = [false];
  const hintedProse: number[] = [0];
  const plainProse: number[] = [0];
  const hintedLinkNoise: number[] = [0];
  const plainLinkNoise: number[] = [0];
  const chars: number[] = [0];
  const linkChars: number[] = [0];
  const link: boolean[] = [false];
  /** Whether the element's text has begun, and the characters of the link it began with
   * (0 when it began outside a link). */
  const hasText: boolean[] = [false];
  const openingLinkChars: number[] = [0];
  /** Its children that open with a link and go on in prose (teasers), and their prose. */
  const teasers: number[] = [0];
  const hintedTeaserProse: number[] = [0];
  const plainTeaserProse: number[] = [0];
  /** Inside <article> or <main>, where a <header> holds the headline, not the site's menu. */
  const inArticle: boolean[] = [false];
  /** Inside a <figcaption>: a photo's caption is a label, whatever its punctuation. */
  const inCaption: boolean[] = [false];
  let depth = 0;
  const noiseNames: NoiseNames = new Map();

  const h1s: { element: Element; from: number; to: number }[] = [];

  const newBest = (): Best => ({
    el: null, furniture: [], furnitureAt: [], score: -Infinity, punctuation: 0, from: 0, to: 0,
    depth: 0, prose: 0, scored: null, scoredDepth: 0, scoredFrom: 0, scoredTo: 0, linkNoiseAbove: 0,
  });
  const bestHinted = newBest();
  const bestPlain = newBest();
  // Children that are mostly link text (outermost <a> included), with their parents and
  // stretches: a container the winner climbs to leaves its own such children out.
  const linkBlocks: Element[] = [];
  const linkBlockParents: Element[] = [];
  const linkBlockAt: number[] = [];
  const furniture = (best: Best, d: number, to: number) => {
    best.furniture.push(els[d]);
    best.furnitureAt.push(from[d], to);
  };
  // Children leave before their parents, so ">" keeps the deeper of two equals.
  const consider = (best: Best, d: number, score: number, marks: number, prose: number, linkNoise: number, to: number) => {
    if (score > best.score) {
      best.el = best.scored = els[d];
      best.score = score;
      best.punctuation = marks;
      best.from = best.scoredFrom = from[d];
      best.to = best.scoredTo = to;
      best.depth = best.scoredDepth = d;
      best.prose = prose;
      best.linkNoiseAbove = 0;
    } else if (
      // An ancestor of the winner (the record of a later element starts after the winner's
      // last text node, so holding its stretch means holding it) a few levels up.
      best.score >= MIN_SCORE && d < best.scoredDepth && best.scoredDepth - d <= CLIMB_LEVELS &&
      from[d] <= best.scoredFrom && best.scoredTo <= to
    ) {
      // Judged by the text it would give: without the link lists it leaves out, it must
      // still outscore the winner; the winner's score then stands for it against the page.
      best.linkNoiseAbove += linkNoise;
      if (prose >= CLIMB_PROSE_FACTOR * best.prose && score + best.linkNoiseAbove > best.score) {
        best.el = els[d];
        best.punctuation = marks;
        best.from = from[d];
        best.to = to;
        best.depth = d;
        best.prose = prose;
      }
    }
  };
  const leave = () => {
    const d = depth;
    const to = events.items.length;
    if (tags[d] === "h1") h1s.push({ element: els[d], from: from[d], to });
    events.close(tags[d]);
    const up = d - 1;
    if (teasers[d] >= MIN_TEASERS) {
      hintedScore[d] -= hintedTeaserProse[d];
      hintedProse[d] -= hintedTeaserProse[d];
      plainScore[d] -= plainTeaserProse[d];
      plainProse[d] -= plainTeaserProse[d];
    }
    if (link[d] && !link[up]) openingLinkChars[d] = linkChars[d];
    if (hasText[d] && !hasText[up]) {
      hasText[up] = true;
      openingLinkChars[up] = openingLinkChars[d];
    }
    if (openingLinkChars[d] >= HEADLINE_LINK_CHARS && !link[d] && (hintedProse[d] > 0 || plainProse[d] > 0)) {
      teasers[up]++;
      hintedTeaserProse[up] += hintedProse[d];
      plainTeaserProse[up] += plainProse[d];
    }
    hintedScore[up] += hintedScore[d];
    hintedMarks[up] += hintedMarks[d];
    plainScore[up] += plainScore[d];
    plainMarks[up] += plainMarks[d];
    hintedProse[up] += hintedProse[d];
    plainProse[up] += plainProse[d];
    chars[up] += chars[d];
    linkChars[up] += linkChars[d];
    if (!link[d]) {
      if (!hintedNoise[d]) consider(bestHinted, d, hintedScore[d], hintedMarks[d], hintedProse[d], hintedLinkNoise[d], to);
      if (!plainNoise[d]) consider(bestPlain, d, plainScore[d], plainMarks[d], plainProse[d], plainLinkNoise[d], to);
    }
    if (!link[up] && 2 * linkChars[d] > chars[d]) {
      hintedLinkNoise[up] += hintedProse[d] - hintedScore[d];
      plainLinkNoise[up] += plainProse[d] - plainScore[d];
      linkBlocks.push(els[d]);
      linkBlockParents.push(els[up]);
      linkBlockAt.push(from[d], to);
    }
    // Furniture the article may hold is left out of its text; a part named like furniture
    // that reads as prose without the names' hint (a list of the report's own points in a
    // `class="list"`) stays.
    if (plainNoise[d] && !plainNoise[up]) furniture(bestPlain, d, to);
    if (hintedNoise[d] && !hintedNoise[up] && plainScore[d] <= 0) furniture(bestHinted, d, to);
    depth = up;
  };

  let node: Node | null = body.firstChild;
  while (node) {
    let entered = false;
    const type = node.nodeType;
    if (type === 1) {
      const el = node as Element;
      const tag = tagOf(el);
      // Read once: most elements have no attribute, and then neither hide nor name anything.
      const attributes = el.hasAttributes();
      if (!isUnreadTag(tag) && !(attributes && isHiddenByAttribute(el))) {
        const up = depth;
        const d = up + 1;
        const byTag = NOISE_TAGS.has(tag) || (tag === "header" && !inArticle[up]);
        els[d] = el;
        tags[d] = tag;
        hintedScore[d] = hintedMarks[d] = plainScore[d] = plainMarks[d] = 0;
        hintedProse[d] = plainProse[d] = chars[d] = linkChars[d] = hintedLinkNoise[d] = plainLinkNoise[d] = 0;
        hasText[d] = false;
        openingLinkChars[d] = 0;
        teasers[d] = hintedTeaserProse[d] = plainTeaserProse[d] = 0;
        hintedNoise[d] = hintedNoise[up] || byTag || (attributes && isNoiseByName(el, noiseNames));
        plainNoise[d] = plainNoise[up] || byTag;
        link[d] = link[up] || tag === "a";
        inArticle[d] = inArticle[up] || tag === "article" || tag === "main";
        inCaption[d] = inCaption[up] || tag === "figcaption";
        events.open(tag);
        from[d] = events.items.length;
        depth = d;
        entered = true;
      }
    } else if (type === 3) {
      const data = (node as Text).data;
      events.text(node as Text, data);
      // Prose seldom holds a space: then its length is its count, and no copy is made.
      const count = HAS_SPACE.test(data) ? data.replace(SPACES, "").length : data.length;
      if (count > 0) {
        // Noise (and link text) costs its characters; prose gains them and its punctuation;
        // a label gains nothing.
        const d = depth;
        const isHintedProse = !link[d] && !hintedNoise[d];
        const isPlainProse = !link[d] && !plainNoise[d];
        const marks = (isHintedProse || isPlainProse) && !inCaption[d] ? data.replace(NOT_PUNCTUATION, "").length : 0;
        const worth = marks > 0 ? count + PUNCTUATION_WEIGHT * marks : 0;
        chars[d] += count;
        // A link's own length is known once the link closes.
        hasText[d] = true;
        if (link[d]) linkChars[d] += count;
        if (isHintedProse) {
          hintedScore[d] += worth;
          hintedProse[d] += worth;
          hintedMarks[d] += marks;
        } else {
          hintedScore[d] -= NOISE_WEIGHT * count;
        }
        if (isPlainProse) {
          plainScore[d] += worth;
          plainProse[d] += worth;
          plainMarks[d] += marks;
        } else {
          plainScore[d] -= NOISE_WEIGHT * count;
        }
      }
    }

    const first = entered ? node.firstChild : null;
    if (first) {
      node = first;
      continue;
    }
    if (entered) leave();
    // On to the next sibling, leaving every element whose last child this was.
    let at: Node = node;
    node = null;
    for (;;) {
      const next = at.nextSibling;
      if (next) {
        node = next;
        break;
      }
      const parent = at.parentNode;
      if (!parent || parent === body) break;
      leave();
      at = parent;
    }
  }

  consider(bestHinted, 0, hintedScore[0], hintedMarks[0], hintedProse[0], hintedLinkNoise[0], events.items.length);
  consider(bestPlain, 0, plainScore[0], plainMarks[0], plainProse[0], plainLinkNoise[0], events.items.length);
  const best = bestHinted.score >= bestPlain.score * HINTS_KEEP_AT_LEAST ? bestHinted : bestPlain;
  if (!best.el || best.score < MIN_SCORE || best.punctuation < MIN_PUNCTUATION) return null;
  // What the text leaves out: the furniture inside the article, and when the winner climbed
  // to a container, the mostly-link children of the containers it climbed through.
  const outs: { el: Element; start: number; end: number }[] = [];
  best.furniture.forEach((el, i) => {
    const start = best.furnitureAt[2 * i];
    if (start >= best.from && start < best.to) outs.push({ el, start, end: best.furnitureAt[2 * i + 1] });
  });
  if (best.el !== best.scored) {
    const climbed: Element[] = [];
    for (let e = best.scored?.parentElement ?? null; e && climbed.length < best.scoredDepth - best.depth; e = e.parentElement) climbed.push(e);
    linkBlocks.forEach((el, i) => {
      const start = linkBlockAt[2 * i];
      const end = linkBlockAt[2 * i + 1];
      const holdsWinner = start <= best.scoredFrom && best.scoredTo <= end;
      if (!holdsWinner && climbed.includes(linkBlockParents[i])) outs.push({ el, start, end });
    });
    outs.sort((a, b) => a.start - b.start || b.end - a.end);
  }
  const leftOut: Element[] = [];
  const leaveOut: number[] = [];
  for (const { el, start, end } of outs) {
    // One inside another is left out with it.
    if (leaveOut.length > 0 && start < leaveOut[leaveOut.length - 1]) continue;
    leftOut.push(el);
    leaveOut.push(start, end);
  }
  // The article may itself be (inside) a <pre>, whose line breaks are the page's own.
  const text = events.build(best.from, best.to, best.el.closest("pre") !== null, leaveOut);
  // Recorded as they closed: in page order once sorted by where they opened.
  const headings = h1s.sort((a, b) => a.from - b.from).map(({ element, from, to }) => ({ element, text: events.build(from, to, element.closest("pre") !== null) }));
  return { article: best.el, leftOut, text, headings, dateline: datelineOf(events, h1s, best.from) };
}

/**
 * The dateline between the last <h1> that closes before the article opens and the article;
 * else a paper's masthead date on the line right above that <h1> (an e-edition prints the
 * issue's date and page over the headline: `2022年11月06日 星期日 第01版:要闻`).
 */
function datelineOf(events: TextEvents, h1s: readonly { from: number; to: number }[], articleFrom: number): ArticleText | null {
  let h1To = -1;
  let h1From = -1;
  for (const h of h1s) {
    if (h.to <= articleFrom && h.to > h1To) {
      h1To = h.to;
      h1From = h.from;
    }
  }
  if (h1To < 0) return null;
  return datelineUnder(events, h1To, articleFrom) ?? mastheadDate(events, h1From);
}

/** The weekday or page beside a date: what tells a paper's masthead from a list item's date. */
const MASTHEAD_MARK = /星期[一二三四五六日天]|第\s*[A-Z]?\d{1,3}\s*版|[A-Z]\d{1,3}\s*版/;
/** A portal's clock in its top bar (`今天是2024年1月5日 星期五`): the day the page was read, not printed. */
const TODAY = /^(?:今天是|今日是|今天:|今日:|当前时间|现在时间|现在是)/;

/** A text node of the source's layout only (the indentation between two blocks). */
const LAYOUT_ONLY = /^[ \t\n\r\f\v]*$/;

/** The line right above the headline's <h1>, when it is a paper's masthead date. */
function mastheadDate(events: TextEvents, h1From: number): ArticleText | null {
  const items = events.items;
  // The line's stretch: back from the <h1> past the breaks before it, then to the break
  // that opens the line, counting what it holds.
  let to = h1From;
  while (to > 0) {
    const item = items[to - 1];
    if (typeof item !== "number" && !LAYOUT_ONLY.test(item.data)) break;
    to--;
  }
  let from = to;
  let chars = 0;
  while (from > 0 && typeof items[from - 1] !== "number") {
    const item = items[from - 1];
    if (typeof item !== "number" && (chars += item.data.length) > MAX_DATELINE_SOURCE_CHARS) return null;
    from--;
  }
  if (from === to) return null;
  const raw = events.build(from, to);
  const text = raw.text.trim();
  if (text.length > MAX_DATELINE_CHARS || !HAS_DATE.test(text) || !MASTHEAD_MARK.test(text) || TODAY.test(text)) return null;
  return raw;
}

function datelineUnder(events: TextEvents, h1To: number, articleFrom: number): ArticleText | null {
  // A logo's <h1> far above the article has a whole menu after it: counted, not laid out.
  let chars = 0;
  for (let i = h1To; i < articleFrom; i++) {
    const item = events.items[i];
    if (typeof item !== "number" && (chars += item.data.length) > MAX_DATELINE_SOURCE_CHARS) return null;
  }
  const raw = events.build(h1To, articleFrom);
  const text = raw.text.trim();
  if (text.length === 0 || text.length > MAX_DATELINE_CHARS || !HAS_DATE.test(text)) return null;
  return raw;
}
