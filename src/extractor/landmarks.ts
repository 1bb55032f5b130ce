/**
 * One pass over the normalised text that notes where the characters the stages look for
 * stand: posts (read here, the longest at each place), sentence marks, opening brackets,
 * mask characters, the first characters of the meeting's cues, and 领 (of 领导).
 *
 * Reading every character costs the same whatever is looked for, and the posts must be
 * read that way (their first characters are among the commonest); the rest are rare
 * enough that noting them costs little, and each stage then visits only its own places
 * instead of searching the text again (`indexOf` and regex scans restart at every common
 * character that shares a byte with the one sought).
 */
import { MASK_CHARS } from "./chars";
import { CUE_CHARS } from "./meta";
import { POST_FIRSTS, postAt, postMayStartWith } from "./offices";
import { OPENING_CHARS } from "./phrases";
import { BREAK_CHARS } from "./sentences";
import type { Span } from "./types";

const POST = 1;
const MARK = 2;
const OPENING = 4;
const MASK = 8;
const CUE = 16;
const LABEL = 32;

const KIND = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (POST_FIRSTS[c] !== 0) KIND[c] = POST;
const mark = (chars: string, kind: number) => {
  for (let k = 0; k < chars.length; k++) KIND[chars.charCodeAt(k)] |= kind;
};
mark(BREAK_CHARS, MARK);
mark(OPENING_CHARS, OPENING);
mark(MASK_CHARS, MASK);
mark(CUE_CHARS, CUE);
mark("领", LABEL);

export interface Landmarks {
  /** Every post, left to right, the longest at each place, none overlapping. */
  posts: Span[];
  /** Places of sentence ends and line breaks. */
  marks: number[];
  /** Places of opening brackets (“, 「, 《). */
  openings: number[];
  /** Places of mask characters. */
  masks: number[];
  /** Places of the first characters of the meeting's cues. */
  cues: number[];
  /** Places of 领. */
  labels: number[];
}

/** `codes`: the units of `s` (the view's `codes`). */
export function findLandmarks(s: string, codes: Uint16Array): Landmarks {
  const found: Landmarks = { posts: [], marks: [], openings: [], masks: [], cues: [], labels: [] };
  const n = s.length;
  // A post's own characters start no other post: they are read past, the rest are not.
  let postFrom = 0;
  for (let i = 0; i < n; i++) {
    const f = KIND[codes[i]];
    if (f === 0) continue;
    if (f & POST && i >= postFrom && postMayStartWith(codes[i], codes[i + 1])) {
      const w = postAt(s, i);
      if (w !== undefined) {
        found.posts.push({ start: i, end: i + w.length });
        postFrom = i + w.length;
      }
    }
    if (f === POST) continue;
    if (f & MARK) found.marks.push(i);
    if (f & OPENING) found.openings.push(i);
    if (f & MASK) found.masks.push(i);
    if (f & CUE) found.cues.push(i);
    if (f & LABEL) found.labels.push(i);
  }
  return found;
}
