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

/**
 * Scores are kept twice: once reading class/id words as hints, once with tags alone. Hints
 * remove furniture well, but a site that names a wrapper of the whole page `has-sidebar`
 * would lose its article to them; the plain view is the safety net for that case.
 */
interface View {
  score: number;
  punctuation: number;
  noise: boolean;
}

interface Frame {
  el: Element;
  hinted: View;
  plain: View;
  link: boolean;
  /** Inside <article> or <main>, where a <header> holds the headline, not the site's menu. */
  inArticle: boolean;
}

interface Best {
  el: Element | null;
  score: number;
  punctuation: number;
}

/** When hints leave less than this share of the plain view's best, they hid the article. */
const HINTS_KEEP_AT_LEAST = 1 / 3;

function hasWord(value: string | null, words: Set<string>): boolean {
  if (!value) return false;
  for (const word of value.toLowerCase().split(/[^a-z]+/)) if (words.has(word)) return true;
  return false;
}

function isNoiseTag(tag: string, inArticle: boolean): boolean {
  return NOISE_TAGS.has(tag) || (tag === "header" && !inArticle);
}

function isNoiseByName(el: Element): boolean {
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

  const view = (noise: boolean): View => ({ score: 0, punctuation: 0, noise });
  const stack: Frame[] = [{ el: body, hinted: view(false), plain: view(false), link: false, inArticle: false }];
  const bestHinted: Best = { el: null, score: -Infinity, punctuation: 0 };
  const bestPlain: Best = { el: null, score: -Infinity, punctuation: 0 };

  const add = (v: View, chars: number, marks: number, link: boolean) => {
    if (v.noise || link) {
      v.score -= NOISE_WEIGHT * chars;
    } else {
      v.score += chars + PUNCTUATION_WEIGHT * marks;
      v.punctuation += marks;
    }
  };
  // Children leave before their parents, so ">" keeps the deeper of two equals.
  const consider = (best: Best, el: Element, v: View, link: boolean) => {
    if (!v.noise && !link && v.score > best.score) {
      best.el = el;
      best.score = v.score;
      best.punctuation = v.punctuation;
    }
  };
  const fold = (into: View, from: View) => {
    into.score += from.score;
    into.punctuation += from.punctuation;
  };

  walkDom(body, {
    enter(el) {
      const tag = tagOf(el);
      if (isUnread(el, tag)) return false;
      const up = stack[stack.length - 1];
      const byTag = isNoiseTag(tag, up.inArticle);
      stack.push({
        el,
        hinted: view(up.hinted.noise || byTag || isNoiseByName(el)),
        plain: view(up.plain.noise || byTag),
        link: up.link || tag === "a",
        inArticle: up.inArticle || tag === "article" || tag === "main",
      });
      return true;
    },
    text(node) {
      const frame = stack[stack.length - 1];
      const { chars, marks } = measure(node.data);
      if (chars === 0) return;
      add(frame.hinted, chars, marks, frame.link);
      add(frame.plain, chars, marks, frame.link);
    },
    exit() {
      const frame = stack.pop() as Frame;
      const up = stack[stack.length - 1];
      fold(up.hinted, frame.hinted);
      fold(up.plain, frame.plain);
      consider(bestHinted, frame.el, frame.hinted, frame.link);
      consider(bestPlain, frame.el, frame.plain, frame.link);
    },
  });

  const root = stack[0];
  consider(bestHinted, root.el, root.hinted, false);
  consider(bestPlain, root.el, root.plain, false);
  const best = bestHinted.score >= bestPlain.score * HINTS_KEEP_AT_LEAST ? bestHinted : bestPlain;
  if (best.score < MIN_SCORE || best.punctuation < MIN_PUNCTUATION) return null;
  return best.el;
}
