/**
 * A leader called by surname and post (`温镇长强调`, `戚书记要求`), as township and county
 * pages call those they have named in full once: the one official whose name opens with
 * that surname and who holds that post. Two such officials, or none, leave the title as it is.
 */
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
