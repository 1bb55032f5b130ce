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

/** Matches the next end of a sentence: a line break, or end marks with closers after them. */
const BREAK_RE = /\n|[。!?！？][。!?！？”’」』)）】》"'〕]*/g;

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
  // The regex engine scans for the breaks; the loop runs once per sentence, not per character.
  BREAK_RE.lastIndex = 0;
  for (let m = BREAK_RE.exec(s); m; m = BREAK_RE.exec(s)) {
    if (m[0] === "\n") {
      push(start, m.index, false);
      if (out.length && out[out.length - 1].paragraph === paragraph) out[out.length - 1].closesParagraph = true;
      paragraph++;
      opens = true;
    } else {
      push(start, m.index + m[0].length, true);
    }
    start = m.index + m[0].length;
  }
  push(start, s.length, false);
  if (out.length) out[out.length - 1].closesParagraph = true;
  return out;
}
