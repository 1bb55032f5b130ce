/**
 * Sentence segmentation as the contract defines it: a sentence ends at 。！？!? or a line
 * break; `；` does not end one; a closing quote or bracket right after the end mark
 * belongs to the sentence; whitespace around it is trimmed.
 */
import { positionsOf } from "./chars";

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
export const BREAK_CHARS = END_MARKS + "\n";

/**
 * Adds `s[from, to)` trimmed, if anything is left: whether it did. (A module function: a
 * closure made per text would cost more, see mention-lookup.ts.)
 */
function pushTrimmed(s: string, out: Sentence[], from: number, to: number, paragraph: number, opens: boolean, terminated: boolean): boolean {
  let a = from;
  let b = to;
  while (a < b && isWs(s.charCodeAt(a))) a++;
  while (b > a && isWs(s.charCodeAt(b - 1))) b--;
  if (b <= a) return false;
  out.push({ start: a, end: b, paragraph, opensParagraph: opens, closesParagraph: false, terminated });
  return true;
}

/** `breaks`: the places of BREAK_CHARS in `s`, in order (see landmarks.ts). */
export function splitSentences(s: string, breaks: readonly number[] = positionsOf(s, BREAK_CHARS)): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let opens = true;
  let start = 0;
  const n = s.length;
  for (let k = 0; k < breaks.length; k++) {
    const i = breaks[k];
    // Marks taken in with the sentence before (`。”。`) are passed over.
    if (i < start) continue;
    if (s.charCodeAt(i) === 0x0a) {
      if (pushTrimmed(s, out, start, i, paragraph, opens, false)) opens = false;
      if (out.length && out[out.length - 1].paragraph === paragraph) out[out.length - 1].closesParagraph = true;
      paragraph++;
      opens = true;
      start = i + 1;
      continue;
    }
    // End marks, then any closers and further end marks, belong to the sentence.
    let j = i + 1;
    while (j < n && (MARK[s.charCodeAt(j)] & 2) !== 0) j++;
    if (pushTrimmed(s, out, start, j, paragraph, opens, true)) opens = false;
    start = j;
  }
  pushTrimmed(s, out, start, n, paragraph, opens, false);
  if (out.length) out[out.length - 1].closesParagraph = true;
  return out;
}
