/**
 * A leader called by surname and post (`温镇长强调`, `戚书记要求`), as township and county
 * pages call those they have named in full once: the one official whose name opens with
 * that surname and who holds that post. Two such officials, or none, leave the title as it is.
 */
import { isClauseBreakAt } from "./chars";
import { postAt } from "./offices";
import type { FoundOfficial } from "./officials";
import { surnameAt } from "./surnames";

/** The deputy prefixes a post may carry in this form (`王副县长`). */
const DEPUTY = ["常务副", "副"];

/**
 * The key of the official that `norm` (the title in the normalised view) names, `kept`
 * being the same span as written; undefined when none or several fit.
 */
export function officialBySurnameAndPost(norm: string, kept: string, officials: readonly FoundOfficial[]): string | undefined {
  const sl = surnameAt(norm, 0);
  if (sl === 0 || norm.length > sl + 6) return undefined;
  let p = sl;
  for (const d of DEPUTY) if (norm.startsWith(d, p)) { p += d.length; break; }
  if (postAt(norm, p)?.length !== norm.length - p) return undefined;
  const surname = norm.slice(0, sl);
  const post = kept.slice(sl);
  let found: string | undefined;
  for (const o of officials) {
    if (o.masked || o.key.length <= sl || !o.key.startsWith(surname)) continue;
    if (!holdsPost(o.titles, post, p > sl)) continue;
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
 * The official a clause near the start of the sentence `[start, end)` opens with by surname
 * and post (`吴书记详细询问了…`, `在卡口,吴书记…`): the leader the sentence narrates, whom a
 * 他 in the next one means. Undefined when no clause opens so, or the form fits no one.
 */
export function officialOpeningBySurnameAndPost(norm: string, kept: string, start: number, end: number, officials: readonly FoundOfficial[]): string | undefined {
  const reach = Math.min(end, start + OPENING_REACH);
  for (let i = start; i < reach; i++) {
    if (i > start && !isClauseBreakAt(norm, i - 1)) continue;
    const sl = surnameAt(norm, i);
    if (sl === 0) continue;
    let p = i + sl;
    for (const d of DEPUTY) if (norm.startsWith(d, p)) { p += d.length; break; }
    const post = postAt(norm, p);
    if (post === undefined) continue;
    const named = officialBySurnameAndPost(norm.slice(i, p + post.length), kept.slice(i, p + post.length), officials);
    if (named !== undefined) return named;
  }
  return undefined;
}
