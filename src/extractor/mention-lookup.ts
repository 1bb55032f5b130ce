/**
 * Where the officials found stand, as the directive pass asks: whose mention (or which bare
 * title) ends at an offset, and whose mention opens a sentence.
 *
 * A class, not closures made per text: its methods exist once, while each closure costs an
 * allocation per call, and under tsx (bench, CLI), whose esbuild keepNames names every
 * closure with an `Object.defineProperty` call when it is made, far more.
 */
import type { SpeakerLookup } from "./attribution";
import { isClauseBreakAt } from "./chars";
import { ENDS_WITH_POST_RE, PARTY_ORGAN_RE } from "./offices";
import type { FoundOfficial } from "./officials";
import type { Span } from "./types";
import { keepShape } from "./shapes";

export class MentionLookup implements SpeakerLookup {
  /** By normalised offset: which official's mention, or which bare title, ends there. */
  private readonly mentionEnd = new Map<number, { key: string; start: number }>();
  private readonly mentionStart = new Map<number, FoundOfficial>();
  private readonly titleEnd = new Map<number, Span>();
  /** Mention starts, sorted as a typed array: numerically, natively, with no comparator call per step. */
  private readonly starts: Int32Array;
  /** Sentences are asked about in order: a cursor over `starts` answers each in O(1). */
  private cursor = 0;

  constructor(found: readonly FoundOfficial[], bareTitles: readonly Span[]) {
    for (const o of found) {
      for (const m of o.mentions) {
        this.mentionEnd.set(m.end, { key: o.key, start: m.start });
        this.mentionStart.set(m.start, o);
      }
    }
    for (const t of bareTitles) this.titleEnd.set(t.end, t);
    this.starts = new Int32Array(this.mentionStart.size);
    let filled = 0;
    for (const at of this.mentionStart.keys()) this.starts[filled++] = at;
    this.starts.sort();
  }

  officialEndingAt(at: number): { key: string; start: number } | undefined {
    return this.mentionEnd.get(at);
  }

  /** The official whose mention starts at this normalised offset. */
  officialStartingAt(at: number): string | undefined {
    return this.mentionStart.get(at)?.key;
  }

  titleEndingAt(at: number): Span | undefined {
    return this.titleEnd.get(at);
  }

  /**
   * The official whose mention opens the sentence `t` (at normalised offset `base`): the
   * first mention in its first 40 characters (or `within`, when fewer), if it opens a clause
   * (a post may stand before it).
   */
  openingOfficial(t: string, base: number, within = 40): string | undefined {
    const starts = this.starts;
    while (this.cursor < starts.length && starts[this.cursor] < base) this.cursor++;
    const at = this.cursor < starts.length ? starts[this.cursor] : -1;
    if (at >= 0 && at < base + Math.min(t.length, 40, within)) {
      const i = at - base;
      const o = this.mentionStart.get(at)!;
      let k = i;
      while (k > 0 && !isClauseBreakAt(t, k - 1)) k--;
      if (k === i || ENDS_WITH_POST_RE.test(t.slice(k, i)) || labelBefore(t, k, i) || partyOrganAlone(t, k, i)) return o.key;
    }
    return undefined;
  }
}

keepShape(new MentionLookup([], []));

/** Whether `t[k, i)` is a Party committee alone (`区委`), its post after the name (`区委X副书记`). */
function partyOrganAlone(t: string, k: number, i: number): boolean {
  if (i - k < 2 || i - k > 3) return false;
  const m = PARTY_ORGAN_RE.exec(t.slice(k, i));
  return m !== null && m[0].length === i - k;
}

/** Whether `t[k, i)` is a group label alone (`市领导`, `分管领导`): the named person's, as a title would be. */
export function labelBefore(t: string, k: number, i: number): boolean {
  return i - k >= 3 && i - k <= 5 && t.startsWith("领导", i - 2);
}
