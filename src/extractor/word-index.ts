/**
 * A set of short words that can be asked "which word starts (or ends) here?" in constant
 * time per position: words are bucketed by their first (or last) UTF-16 unit. The stages
 * scan a sentence once and ask at each position, instead of searching the sentence once
 * per word, which keeps the extractor linear with lexicons of any size.
 */
export class WordIndex {
  private readonly byFirst = new Map<number, string[]>();
  private readonly byLast = new Map<number, string[]>();
  /** 1 where some word starts (bit 0) or ends (bit 1) with that unit: most positions stop here. */
  private readonly edges = new Uint8Array(0x10000);

  constructor(words: Iterable<string>) {
    for (const w of new Set(words)) {
      if (!w) continue;
      push(this.byFirst, w.charCodeAt(0), w);
      push(this.byLast, w.charCodeAt(w.length - 1), w);
      this.edges[w.charCodeAt(0)] |= 1;
      this.edges[w.charCodeAt(w.length - 1)] |= 2;
    }
    // Longest first, so that `at` answers with the longest word.
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
    for (const list of this.byLast.values()) list.sort((a, b) => b.length - a.length);
  }

  /** Marks in `mask` (with `bit`) every unit that starts a word of this index. */
  markFirsts(mask: Uint8Array, bit: number): void {
    for (const c of this.byFirst.keys()) mask[c] |= bit;
  }

  /** The longest word starting at `i` in `s`, if any. */
  at(s: string, i: number): string | undefined {
    const c = s.charCodeAt(i);
    if ((this.edges[c] & 1) === 0) return undefined;
    const list = this.byFirst.get(c);
    if (list) for (const w of list) if (s.startsWith(w, i)) return w;
    return undefined;
  }

  /** The longest word ending right before `end` in `s`, if any. */
  endingAt(s: string, end: number): string | undefined {
    const c = s.charCodeAt(end - 1);
    if ((this.edges[c] & 2) === 0) return undefined;
    const list = this.byLast.get(c);
    if (list) for (const w of list) if (w.length <= end && s.startsWith(w, end - w.length)) return w;
    return undefined;
  }
}

function push(map: Map<number, string[]>, key: number, w: string): void {
  const list = map.get(key);
  if (list) list.push(w);
  else map.set(key, [w]);
}
