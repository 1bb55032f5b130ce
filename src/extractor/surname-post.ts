/**
 * A leader called by surname and post (`温镇长强调`, `戚书记要求`), as township and county
 * pages call those they have named in full once: the one official whose name opens with
 * that surname and who holds that post. Two such officials, or none, leave the title as it is.
 */
import { isClauseBreakAt } from "./chars";
import { postAt } from "./offices";
import type { FoundOfficial } from "./officials";
import { keepShape } from "./shapes";
import { surnameAt } from "./surnames";
import type { Span } from "./types";

/** The deputy prefixes a post may carry in this form (`王副县长`). */
const DEPUTY = ["常务副", "副"];

/**
 * The key of the official that `norm` (the title in the normalised view) names, `kept`
 * being the same span as written; undefined when none or several fit. Some pages call a
 * leader by given name and post instead (`宏杰县长强调`, familiar in county and township
 * news): the same test on the name's part after its surname, two characters at least.
 */
export function officialBySurnameAndPost(norm: string, kept: string, officials: readonly FoundOfficial[]): string | undefined {
  const sl = surnameAt(norm, 0);
  const bySurname = sl > 0 ? holderOf(norm, kept, sl, officials, surnameIs) : undefined;
  // A deputy is called by the post without 副 (`宏杰县长` for a 常务副县长): a given name,
  // unlike a surname, leaves no doubt whom. A surname does for a government's head post,
  // which its deputies are called by as they go about (`常务副市长郑X…郑市长强调`), when no
  // one named holds the post itself and one deputy alone bears it; not for 书记, where the
  // secretary named so may be another than the deputy in the text.
  return bySurname ?? holderOf(norm, kept, 2, officials, givenNameIs, true) ?? (sl > 0 && HEAD_POSTS.has(norm.slice(sl)) ? holderOf(norm, kept, sl, officials, surnameIs, true) : undefined);
}

/** A government's head posts, by which its deputies are called too. */
const HEAD_POSTS = new Set(["省长", "市长", "县长", "区长", "州长", "镇长", "乡长", "旗长"]);

/** Whether the name `key` opens with the surname `part`. */
function surnameIs(key: string, part: string): boolean {
  return key.length > part.length && key.startsWith(part);
}

/** Whether `part` is the whole of the name `key` after its surname. */
function givenNameIs(key: string, part: string): boolean {
  const sl = surnameAt(key, 0);
  return sl > 0 && key.length - sl === part.length && key.endsWith(part);
}

/** The one official whom the first `pl` units of `norm` fit (`fits`) and whose title ends in the post after them (a deputy's too with `deputyToo`). */
function holderOf(
  norm: string,
  kept: string,
  pl: number,
  officials: readonly FoundOfficial[],
  fits: (key: string, part: string) => boolean,
  deputyToo = false,
): string | undefined {
  if (norm.length > pl + 6) return undefined;
  let p = pl;
  for (const d of DEPUTY) if (norm.startsWith(d, p)) { p += d.length; break; }
  if (postAt(norm, p)?.length !== norm.length - p) return undefined;
  const part = norm.slice(0, pl);
  const post = kept.slice(pl);
  let found: string | undefined;
  for (const o of officials) {
    if (o.masked || !fits(o.key, part)) continue;
    if (!holdsPost(o.titles, post, deputyToo || p > pl)) continue;
    if (found !== undefined && found !== o.key) return undefined;
    found = o.key;
  }
  return found;
}

/** Whether a title ends in `post`: `书记` names a 镇党委书记, not a 镇党委副书记. */
function holdsPost(titles: readonly string[], post: string, deputy: boolean): boolean {
  for (const t of titles) if (t.endsWith(post) && (deputy || !t.endsWith("副" + post))) return true;
  return false;
}

/** How far into a sentence a clause may open with the leader it narrates (as for names). */
const OPENING_REACH = 40;

/**
 * Where a clause near the start of a sentence opens with a leader by surname and post
 * (`吴书记详细询问了…`, `在卡口,吴书记…`): the leader the sentence narrates, whom a 他 in the
 * next one means. Read from the posts the landmarks pass found, so a sentence with no post near
 * its start costs nothing; sentences are asked about in order, and a cursor walks the posts.
 * (A class, as MentionLookup is: no closure per text.)
 */
export class SurnamePostOpenings {
  private cursor = 0;

  constructor(
    private readonly norm: string,
    private readonly kept: string,
    /** Every post in the text, left to right. */
    private readonly posts: readonly Span[],
    private readonly officials: readonly FoundOfficial[],
  ) {}

  /** The official a clause of the sentence `[start, end)` opens with so; undefined if none. */
  openingIn(start: number, end: number): string | undefined {
    const posts = this.posts;
    const reach = Math.min(end, start + OPENING_REACH);
    while (this.cursor < posts.length && posts[this.cursor].start <= start) this.cursor++;
    for (let k = this.cursor; k < posts.length && posts[k].start < reach; k++) {
      const named = this.namedBy(posts[k], start);
      if (named !== undefined) return named;
    }
    return undefined;
  }

  /** The official a surname (and a deputy's 副) right before `post` names, when it opens a clause. */
  private namedBy(post: Span, sentenceStart: number): string | undefined {
    const norm = this.norm;
    let before = post.start;
    for (const d of DEPUTY) {
      if (before - d.length > sentenceStart && norm.startsWith(d, before - d.length)) {
        before -= d.length;
        break;
      }
    }
    // A compound surname (`上官`) or a single one, opening its clause.
    for (let sl = 2; sl >= 1; sl--) {
      const at = before - sl;
      if (at < sentenceStart || surnameAt(norm, at) !== sl) continue;
      if (at > sentenceStart && !isClauseBreakAt(norm, at - 1)) continue;
      return officialBySurnameAndPost(norm.slice(at, post.end), this.kept.slice(at, post.end), this.officials);
    }
    return undefined;
  }
}

keepShape(new SurnamePostOpenings("", "", [], []));
