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

/** 。 ! ? ！ ？ */
const isEnd = (c: number): boolean => c === 0x3002 || c === 0x21 || c === 0x3f || c === 0xff01 || c === 0xff1f;
/** ” ’ 」 』 ) ） 】 》 " ' 〕 */
const isCloser = (c: number): boolean =>
  c === 0x201d || c === 0x2019 || c === 0x300d || c === 0x300f || c === 0x29 || c === 0xff09 || c === 0x3011 || c === 0x300b || c === 0x22 || c === 0x27 || c === 0x3015;
const isWs = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x3000 || c === 0xa0 || c === 0xfeff;

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
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x0a) {
      push(start, i, false);
      if (out.length && out[out.length - 1].paragraph === paragraph) out[out.length - 1].closesParagraph = true;
      paragraph++;
      opens = true;
      start = i + 1;
    } else if (isEnd(c)) {
      let j = i + 1;
      // Runs of end marks (`！？`) and the closing quotes after them stay with the sentence.
      while (j < s.length && (isEnd(s.charCodeAt(j)) || isCloser(s.charCodeAt(j)))) j++;
      push(start, j, true);
      start = j;
      i = j - 1;
    }
  }
  push(start, s.length, false);
  if (out.length) out[out.length - 1].closesParagraph = true;
  return out;
}
