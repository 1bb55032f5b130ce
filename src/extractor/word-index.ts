/**
 * A set of short words that can be asked "which word starts (or ends) here?" in constant
 * time per position: words are bucketed by their first (or last) UTF-16 unit. The stages
 * scan a sentence once and ask at each position, instead of searching the sentence once
 * per word, which keeps the extractor linear with lexicons of any size.
 *
 * Most positions are rejected by table lookups alone, with no call and no string compare:
 * a per-unit table (is this unit a word's first, or last, unit?) and a hashed bitset of the
 * two-unit edges of the longer words, since the first units of a lexicon of offices or
 * verbs (会, 主, 市, 不 …) are among the commonest characters of any report.
 */
const PAIR_BITS = 1 << 16;

/** Hash of two UTF-16 units into the pair bitset. */
const pairHash = (a: number, b: number): number => (Math.imul(a, 0x9e37) + b) & (PAIR_BITS - 1);

class Side {
  /** Bucket number + 1 for each unit; 0 where no word has that unit at this edge. */
  readonly slot = new Uint16Array(0x10000);
  /** Per unit, 1 where a one-unit word is that unit (the pair test cannot apply). */
  readonly single = new Uint8Array(0x10000);
  readonly pairs = new Uint32Array(PAIR_BITS >>> 5);
  readonly buckets: string[][] = [];

  add(edge: number, next: number, w: string): void {
    let b = this.slot[edge];
    if (b === 0) {
      this.buckets.push([]);
      b = this.slot[edge] = this.buckets.length;
    }
    this.buckets[b - 1].push(w);
    if (w.length === 1) this.single[edge] = 1;
    else {
      const h = pairHash(edge, next);
      this.pairs[h >>> 5] |= 1 << (h & 31);
    }
  }

  /** Could a word have these two units at this edge? False is certain; true needs a compare. */
  maybe(edge: number, next: number): boolean {
    if (this.single[edge] === 1) return true;
    const h = pairHash(edge, next);
    return (this.pairs[h >>> 5] & (1 << (h & 31))) !== 0;
  }
}

export class WordIndex {
  private readonly first = new Side();
  private readonly last = new Side();

  constructor(words: Iterable<string>) {
    for (const w of new Set(words)) {
      if (!w) continue;
      this.first.add(w.charCodeAt(0), w.charCodeAt(1), w);
      this.last.add(w.charCodeAt(w.length - 1), w.charCodeAt(w.length - 2), w);
    }
    // Longest first, so that `at` answers with the longest word.
    for (const list of this.first.buckets) list.sort((a, b) => b.length - a.length);
    for (const list of this.last.buckets) list.sort((a, b) => b.length - a.length);
  }

  /** Marks in `mask` (with `bit`) every unit that starts a word of this index. */
  markFirsts(mask: Uint8Array, bit: number): void {
    const slot = this.first.slot;
    for (let c = 0; c < 0x10000; c++) if (slot[c] !== 0) mask[c] |= bit;
  }

  /**
   * Whether a word could start with units `c` then `next`: false is certain. For scans that
   * hold the units already, to skip most places without a call that reads them again.
   */
  mayStartWith(c: number, next: number): boolean {
    return this.first.slot[c] !== 0 && this.first.maybe(c, next);
  }

  /** The longest word starting at `i` in `s`, if any. */
  at(s: string, i: number): string | undefined {
    const c = s.charCodeAt(i);
    const b = this.first.slot[c];
    if (b === 0 || !this.first.maybe(c, s.charCodeAt(i + 1))) return undefined;
    for (const w of this.first.buckets[b - 1]) if (s.startsWith(w, i)) return w;
    return undefined;
  }

  /** The longest word ending right before `end` in `s`, if any. */
  endingAt(s: string, end: number): string | undefined {
    const c = s.charCodeAt(end - 1);
    const b = this.last.slot[c];
    if (b === 0 || !this.last.maybe(c, s.charCodeAt(end - 2))) return undefined;
    for (const w of this.last.buckets[b - 1]) if (w.length <= end && s.startsWith(w, end - w.length)) return w;
    return undefined;
  }
}
