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
 * counts double. An ancestor collects its children's scores, so climbing from a paragraph to
 * the article's container gains prose, and climbing further gains noise and loses: the best
 * element is the article. On a tie the deeper element wins (a wrapper that adds nothing).
 * Furniture the article's block still holds (a share bar or related list inside it, an
 * <aside> in an <article>) is left out of its text, so that no other report's headline
 * reaches the extractor. Standard DOM calls only, no globals, one pass.
 */
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
}

/** When hints leave less than this share of the plain view's best, they hid the article. */
const HINTS_KEEP_AT_LEAST = 1 / 3;

/**
 * A test for "one of the words stands in the value as a whole word" (a word being a run of
 * Latin letters, any case): one native match per attribute, where splitting the value into
 * words made an array and a string per word for every element of the page.
 */
function wordTest(words: Set<string>): RegExp {
  return new RegExp(`(?:^|[^a-z])(?:${[...words].join("|")})(?![a-z])`, "i");
}
const NOISE_NAME = wordTest(NOISE_WORDS);
const CONTENT_NAME = wordTest(CONTENT_WORDS);

function isNoiseByName(el: Element): boolean {
  const cls = el.getAttribute("class") ?? "";
  const id = el.getAttribute("id") ?? "";
  if (!NOISE_NAME.test(cls) && !NOISE_NAME.test(id)) return false;
  return !CONTENT_NAME.test(cls) && !CONTENT_NAME.test(id);
}

export interface FoundArticle {
  article: Element;
  /** The furniture inside the article (a share bar, a related list, an <aside>) that its
   * text leaves out: the outermost such elements, in page order. */
  leftOut: Element[];
  /** The article's text, as `collectText(article, (el) => leftOut.includes(el))` gives it. */
  text: ArticleText;
  /** Every <h1> the pass read, in page order, with its text as `collectText` gives it: the
   * headline is looked for among them (page-headline.ts) without walking the page again. */
  headings: { element: Element; text: ArticleText }[];
}

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
  const link: boolean[] = [false];
  /** Inside <article> or <main>, where a <header> holds the headline, not the site's menu. */
  const inArticle: boolean[] = [false];
  let depth = 0;

  const h1s: { element: Element; from: number; to: number }[] = [];

  const bestHinted: Best = { el: null, furniture: [], furnitureAt: [], score: -Infinity, punctuation: 0, from: 0, to: 0 };
  const bestPlain: Best = { el: null, furniture: [], furnitureAt: [], score: -Infinity, punctuation: 0, from: 0, to: 0 };
  const furniture = (best: Best, d: number, to: number) => {
    best.furniture.push(els[d]);
    best.furnitureAt.push(from[d], to);
  };
  // Children leave before their parents, so ">" keeps the deeper of two equals.
  const consider = (best: Best, d: number, score: number, marks: number, to: number) => {
    if (score > best.score) {
      best.el = els[d];
      best.score = score;
      best.punctuation = marks;
      best.from = from[d];
      best.to = to;
    }
  };
  const leave = () => {
    const d = depth;
    const to = events.items.length;
    if (tags[d] === "h1") h1s.push({ element: els[d], from: from[d], to });
    events.close(tags[d]);
    const up = d - 1;
    hintedScore[up] += hintedScore[d];
    hintedMarks[up] += hintedMarks[d];
    plainScore[up] += plainScore[d];
    plainMarks[up] += plainMarks[d];
    if (!link[d]) {
      if (!hintedNoise[d]) consider(bestHinted, d, hintedScore[d], hintedMarks[d], to);
      if (!plainNoise[d]) consider(bestPlain, d, plainScore[d], plainMarks[d], to);
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
        hintedNoise[d] = hintedNoise[up] || byTag || (attributes && isNoiseByName(el));
        plainNoise[d] = plainNoise[up] || byTag;
        link[d] = link[up] || tag === "a";
        inArticle[d] = inArticle[up] || tag === "article" || tag === "main";
        events.open(tag);
        from[d] = events.items.length;
        depth = d;
        entered = true;
      }
    } else if (type === 3) {
      const data = (node as Text).data;
      events.text(node as Text, data);
      const chars = data.replace(SPACES, "").length;
      if (chars > 0) {
        // Noise (and link text) costs its characters; prose gains them and its punctuation;
        // a label gains nothing.
        const d = depth;
        const hintedProse = !link[d] && !hintedNoise[d];
        const plainProse = !link[d] && !plainNoise[d];
        const marks = hintedProse || plainProse ? data.replace(NOT_PUNCTUATION, "").length : 0;
        const worth = marks > 0 ? chars + PUNCTUATION_WEIGHT * marks : 0;
        if (hintedProse) {
          hintedScore[d] += worth;
          hintedMarks[d] += marks;
        } else {
          hintedScore[d] -= NOISE_WEIGHT * chars;
        }
        if (plainProse) {
          plainScore[d] += worth;
          plainMarks[d] += marks;
        } else {
          plainScore[d] -= NOISE_WEIGHT * chars;
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

  consider(bestHinted, 0, hintedScore[0], hintedMarks[0], events.items.length);
  consider(bestPlain, 0, plainScore[0], plainMarks[0], events.items.length);
  const best = bestHinted.score >= bestPlain.score * HINTS_KEEP_AT_LEAST ? bestHinted : bestPlain;
  if (!best.el || best.score < MIN_SCORE || best.punctuation < MIN_PUNCTUATION) return null;
  const leftOut: Element[] = [];
  const leaveOut: number[] = [];
  best.furniture.forEach((el, i) => {
    const start = best.furnitureAt[2 * i];
    if (start >= best.from && start < best.to) {
      leftOut.push(el);
      leaveOut.push(start, best.furnitureAt[2 * i + 1]);
    }
  });
  // The article may itself be (inside) a <pre>, whose line breaks are the page's own.
  const text = events.build(best.from, best.to, best.el.closest("pre") !== null, leaveOut);
  // Recorded as they closed: in page order once sorted by where they opened.
  const headings = h1s.sort((a, b) => a.from - b.from).map(({ element, from, to }) => ({ element, text: events.build(from, to, element.closest("pre") !== null) }));
  return { article: best.el, leftOut, text, headings };
}
