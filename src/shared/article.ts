/**
 * The one article finder, for the content script in the page and for the CLI in Node.
 *
 * Every element gets a score: the prose it holds minus the noise it holds. Prose is text
 * outside links, worth more for each punctuation mark (sentences, not labels); noise is
 * link text (menus, headline lists) and anything inside navigation, side columns, related
 * lists, footers, share bars and comment boxes (known by tag or by class/id words), and it
 * counts double. An ancestor collects its children's scores, so climbing from a paragraph to
 * the article's container gains prose, and climbing further gains noise and loses: the best
 * element is the article. On a tie the deeper element wins (a wrapper that adds nothing).
 * Standard DOM calls only, no globals, one pass.
 */
import { walkDom } from "./dom-walk";
import { isUnread, tagOf } from "./element-kinds";

export { collectText } from "./article-text";
export type { ArticleText, TextSegment } from "./article-text";

/** Tags that are page furniture wherever they stand. */
const NOISE_TAGS = new Set(["nav", "aside", "footer", "menu", "dialog"]);

/** Words in class or id that name furniture: menus, breadcrumbs, side columns, lists of other news. */
const NOISE_WORDS = new Set([
  "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "crumb", "crumbs",
  "position", "location", "side", "sidebar", "aside", "related", "relate", "recommend",
  "recommended", "rec", "hot", "hotnews", "comment", "comments", "reply", "replies",
  "footer", "foot", "share", "social", "ad", "ads", "advert", "banner", "copyright", "pager",
  "pagination", "tags", "login", "toolbar", "topbar", "top", "friend", "friendlink", "links",
  "more", "rank", "ranking", "list", "widget", "popup", "modal", "qrcode",
]);

/** Words that name the article itself and outweigh a furniture word next to them. */
const CONTENT_WORDS = new Set([
  "article", "content", "contents", "main", "body", "text", "detail", "details", "post",
  "entry", "story", "editor", "con", "zw", "wz",
]);

// Sentence punctuation in both widths: prose has it, menus and headline lists rarely do.
const PUNCTUATION = new Set(Array.from("，,。；;！!？?、：").map((c) => c.charCodeAt(0)));

const PUNCTUATION_WEIGHT = 3;
const NOISE_WEIGHT = 2;
/** Below this the best block is a placeholder or a teaser, not an article. */
const MIN_SCORE = 60;
const MIN_PUNCTUATION = 2;

interface Frame {
  el: Element;
  score: number;
  punctuation: number;
  noise: boolean;
  link: boolean;
  /** Inside <article> or <main>, where a <header> holds the headline, not the site's menu. */
  inArticle: boolean;
}

function hasWord(value: string | null, words: Set<string>): boolean {
  if (!value) return false;
  for (const word of value.toLowerCase().split(/[^a-z]+/)) if (words.has(word)) return true;
  return false;
}

function isNoise(el: Element, tag: string, inArticle: boolean): boolean {
  if (NOISE_TAGS.has(tag)) return true;
  if (tag === "header" && !inArticle) return true;
  const cls = el.getAttribute("class");
  const id = el.getAttribute("id");
  if (!hasWord(cls, NOISE_WORDS) && !hasWord(id, NOISE_WORDS)) return false;
  return !hasWord(cls, CONTENT_WORDS) && !hasWord(id, CONTENT_WORDS);
}

/** Visible characters and punctuation marks of a text node, counted in one loop. */
function measure(text: string): { chars: number; marks: number } {
  let chars = 0;
  let marks = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Spaces: ASCII whitespace, no-break space, ideographic space.
    if (c <= 0x20 || c === 0xa0 || c === 0x3000) continue;
    chars++;
    if (PUNCTUATION.has(c)) marks++;
  }
  return { chars, marks };
}

/**
 * The element holding the page's main text, or null when no block of the page reads like
 * an article (a list page, or a page whose article a script has not filled in yet).
 */
export function findArticle(doc: Document): Element | null {
  const body = doc.body ?? doc.documentElement;
  if (!body) return null;

  const stack: Frame[] = [
    { el: body, score: 0, punctuation: 0, noise: false, link: false, inArticle: false },
  ];
  let best: Element | null = null;
  let bestScore = -Infinity;
  let bestPunctuation = 0;

  walkDom(body, {
    enter(el) {
      const tag = tagOf(el);
      if (isUnread(el, tag)) return false;
      const up = stack[stack.length - 1];
      const inArticle = up.inArticle || tag === "article" || tag === "main";
      stack.push({
        el,
        score: 0,
        punctuation: 0,
        noise: up.noise || isNoise(el, tag, up.inArticle),
        link: up.link || tag === "a",
        inArticle,
      });
      return true;
    },
    text(node) {
      const frame = stack[stack.length - 1];
      const { chars, marks } = measure(node.data);
      if (chars === 0) return;
      if (frame.noise || frame.link) {
        frame.score -= NOISE_WEIGHT * chars;
        return;
      }
      frame.score += chars + PUNCTUATION_WEIGHT * marks;
      frame.punctuation += marks;
    },
    exit() {
      const frame = stack.pop() as Frame;
      const up = stack[stack.length - 1];
      up.score += frame.score;
      up.punctuation += frame.punctuation;
      // Children leave before their parents, so ">" keeps the deeper of two equals.
      if (!frame.noise && !frame.link && frame.score > bestScore) {
        best = frame.el;
        bestScore = frame.score;
        bestPunctuation = frame.punctuation;
      }
    },
  });

  const root = stack[0];
  if (root.score > bestScore) {
    best = root.el;
    bestScore = root.score;
    bestPunctuation = root.punctuation;
  }
  if (bestScore < MIN_SCORE || bestPunctuation < MIN_PUNCTUATION) return null;
  return best;
}
