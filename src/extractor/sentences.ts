/**
 * Sentence segmentation as the contract defines it: a sentence ends at 。！？!? or a line
 * break; `；` does not end one; a closing quote or bracket right after the end mark
 * belongs to the sentence; whitespace around it is trimmed.
 */

export interface Sentence {
  /** Normalised offsets, trimmed. */
  start: number;
  end: number;
  /** Index of the line (paragraph) the sentence stands in. */
  paragraph: number;
  /** First sentence of its paragraph. */
  opensParagraph: boolean;
  /** Last sentence of its paragraph. */
  closesParagraph: boolean;
  /** Ends with an end mark (not cut by a line break mid-sentence). */
  terminated: boolean;
}

const isWs = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x3000 || c === 0xa0 || c === 0xfeff;

/** Marks: 1 ends a sentence (。!?！？), 2 may follow an end mark and stays with it. */
const END_MARKS = "。!?！？";
const CLOSERS = "”’」』)）】》\"'〕";
const MARK = new Uint8Array(0x10000);
for (const c of END_MARKS) MARK[c.charCodeAt(0)] = 3;
for (const c of CLOSERS) MARK[c.charCodeAt(0)] |= 2;
MARK[0x0a] = 4;
/** Every character that ends a sentence or a line. */
const BREAKS = [...END_MARKS, "\n"];
/** Index of `ch` in `s` from `from`, or `s.length` when there is none. */
function nextOf(s: string, ch: string, from: number): number {
  const i = s.indexOf(ch, from);
  return i < 0 ? s.length : i;
}

export function splitSentences(s: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let opens = true;
  let start = 0;
  const push = (from: number, to: number, terminated: boolean) => {
    let a = from;
    let b = to;
    while (a < b && isWs(s.charCodeAt(a))) a++;
    while (b > a && isWs(s.charCodeAt(b - 1))) b--;
    if (b > a) {
      out.push({ start: a, end: b, paragraph, opensParagraph: opens, closesParagraph: false, terminated });
      opens = false;
    }
  };
  // The marks are found natively, one search per mark merged in text order, rather than
  // by reading every character: sentences are dozens of characters long.
  const n = s.length;
  const next = new Int32Array(BREAKS.length);
  for (let k = 0; k < BREAKS.length; k++) next[k] = nextOf(s, BREAKS[k], 0);
  for (;;) {
    let i = n;
    for (let k = 0; k < next.length; k++) if (next[k] < i) i = next[k];
    if (i === n) break;
    let j: number;
    if (s.charCodeAt(i) === 0x0a) {
      push(start, i, false);
      if (out.length && out[out.length - 1].paragraph === paragraph) out[out.length - 1].closesParagraph = true;
      paragraph++;
      opens = true;
      j = i + 1;
    } else {
      // End marks, then any closers and further end marks, belong to the sentence.
      j = i + 1;
      while (j < n && (MARK[s.charCodeAt(j)] & 2) !== 0) j++;
      push(start, j, true);
    }
    start = j;
    for (let k = 0; k < next.length; k++) if (next[k] < j) next[k] = nextOf(s, BREAKS[k], j);
  }
  push(start, n, false);
  if (out.length) out[out.length - 1].closesParagraph = true;
  return out;
}
