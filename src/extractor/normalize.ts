/**
 * The normalised view every later stage matches on.
 *
 * Rules are written once, for Simplified script with half-width punctuation. Traditional
 * text, full-width punctuation and content-farm romanisation (`會(huì)議`) are folded into that
 * shape here, while a map keeps every normalised index tied to its place in the original
 * text, so offsets and strings reported to the user always come from what was on the page.
 */
import tsCharacters from "opencc-js/dict/TSCharacters";
import hkVariants from "opencc-js/dict/HKVariantsRev";
import twVariants from "opencc-js/dict/TWVariantsRev";
import { isSingleSurname } from "./surnames";

export interface TextView {
  /** The text as given. */
  readonly original: string;
  /** The original characters minus romanisation and spaces after clause marks; same length and indices as `norm`. */
  readonly kept: string;
  /** `kept` folded to Simplified script and half-width punctuation: what rules match on. */
  readonly norm: string;
  /**
   * `map[i]` is the original index of `norm[i]`; `map[norm.length]` is `original.length`.
   * Null when the view is the text itself (nothing folded, nothing dropped): the identity.
   */
  readonly map: Int32Array | null;
  /**
   * `norm`'s UTF-16 units. The scans that read every unit read them here: indexing a typed
   * array is cheaper than `charCodeAt`, and the view reads every unit of the text anyway.
   */
  readonly codes: Uint16Array;
}

let foldTable: Uint16Array | null = null;

/**
 * One UTF-16 unit to one: Traditional→Simplified for single BMP characters (OpenCC's
 * character table), full-width ASCII to ASCII, ideographic space to space. A 1:1 fold keeps
 * the view the same length as `kept`, so no second offset map is needed.
 */
function table(): Uint16Array {
  if (foldTable) return foldTable;
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = c;
  for (const pair of (tsCharacters as string).split("|")) {
    const [from, to] = pair.split(" ");
    if (from && to && from.length === 1 && to.length >= 1 && to.charCodeAt(0) < 0xd800) {
      t[from.charCodeAt(0)] = to.charCodeAt(0);
    }
  }
  // Hong Kong and Taiwan write some characters as variants of OpenCC's standard Traditional
  // (衞 for 衛, 眾 for 衆): folded as the standard one is. Only a variant the table left as it
  // is, to a standard one it folds, so no Simplified character changes; never 著, which
  // stands for 着 only in some words (see `zhuIsZhe`).
  for (const pair of `${hkVariants as string}|${twVariants as string}`.split("|")) {
    const [variant, standard] = pair.split(" ");
    if (!variant || !standard || variant.length !== 1 || standard.length !== 1) continue;
    const v = variant.charCodeAt(0);
    const folded = t[standard.charCodeAt(0)];
    if (v !== ZHU && t[v] === v && folded !== standard.charCodeAt(0)) t[v] = folded;
  }
  for (let c = 0xff01; c <= 0xff5e; c++) t[c] = c - 0xfee0;
  t[0x3000] = 0x20;
  t[0x00a0] = 0x20;
  // A tab indents a paragraph as spaces do; a lone carriage return (old Mac files, some
  // converters) breaks a line as \n does. Windows' \r\n becomes a blank line between lines,
  // which reads the same.
  t[0x09] = 0x20;
  t[0x0d] = 0x0a;
  // Variants the table keeps but which Simplified pages write otherwise.
  t["會".charCodeAt(0)] = "会".charCodeAt(0);
  t["説".charCodeAt(0)] = "说".charCodeAt(0);
  // Converted pages (a portal's 繁体 edition) write 明了 as 明瞭; Simplified keeps 瞭 only in 瞭望.
  t[0x77ad] = 0x4e86; // 瞭 → 了
  foldTable = t;
  return t;
}

const isLatinRomanisation = (c: number): boolean =>
  (c >= 0x61 && c <= 0x7a) || // a-z
  (c >= 0x41 && c <= 0x5a) ||
  (c >= 0xe0 && c <= 0x24f) || // Latin-1/Extended-A/B letters with tone marks
  c === 0x20 ||
  c === 0x27;

export function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

/**
 * Length of a romanisation gloss starting at `i` (an opening parenthesis right after a Han
 * character holding only Latin letters and tone marks), or 0.
 */
function glossLength(text: string, i: number): number {
  const open = text.charCodeAt(i);
  if (open !== 0x28 && open !== 0xff08) return 0;
  if (i === 0 || !isHan(text.charCodeAt(i - 1))) return 0;
  let j = i + 1;
  let letters = 0;
  // Pinyin syllables are short; the cap keeps a stray "(" from scanning far.
  while (j < text.length && j - i <= 14) {
    const c = text.charCodeAt(j);
    if (c === 0x29 || c === 0xff09) return letters > 0 ? j - i + 1 : 0;
    if (!isLatinRomanisation(c)) return 0;
    if (c !== 0x20 && c !== 0x27) letters++;
    j++;
  }
  return 0;
}

/**
 * A comma a content farm set before every mark of the text (`4月9日,,省委书记,、省长X`,
 * `…恢复,。`): what follows it is the text's own mark. Two show a text written so; the view
 * then drops every one, so that titles and lists read as the report wrote them.
 */
const STRAY_TEXT = 2;
const MARK_AFTER_STRAY = new Uint8Array(0x10000);
for (const c of ",，、。;；:：!！?？") MARK_AFTER_STRAY[c.charCodeAt(0)] = 1;
const strayCommaAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return (c === 0x2c || c === 0xff0c) && MARK_AFTER_STRAY[text.charCodeAt(i + 1)] === 1;
};

/** Full-width clause and sentence marks. */
const CLAUSE_MARK = new Uint8Array(0x10000);
for (const c of "，；：！？。、") CLAUSE_MARK[c.charCodeAt(0)] = 1;
const isLineSpace = (c: number): boolean => c === 0x20 || c === 0x3000 || c === 0xa0;
/**
 * Spaces after clause marks that show a text typed that way (`会上， 张德明通报`, a space after
 * every comma): then the view drops them all. One or two stray ones (`“第一落点”, 严格…`) are
 * left as written: dropping them would cost the whole text the slow path (a tenth of the
 * extractor's time on the dev pages) for a space no rule is likely to trip on.
 */
const SPACED_TEXT = 3;

/**
 * Length of a run of spaces at `i` that follows a clause mark and runs into more text on
 * the same line (`会上， 张德明通报`), or 0. Some editors type a space after every comma;
 * rules read a clause from the character after its mark, so the view drops the run. After
 * a half-width comma or semicolon only when Chinese (or a mask) follows: elsewhere (`来源: …`,
 * `2022, All rights…`) the space is the typing norm, and dropping it would cost the page
 * the slow path for nothing.
 */
function spaceAfterMarkLength(text: string, i: number): number {
  if (i === 0) return 0;
  const mark = text.charCodeAt(i - 1);
  const full = CLAUSE_MARK[mark] === 1;
  if (!full && mark !== 0x2c && mark !== 0x3b) return 0;
  let j = i;
  while (j < text.length && isLineSpace(text.charCodeAt(j))) j++;
  if (j === text.length) return 0;
  const next = text.charCodeAt(j);
  // Chinese, or a masked name (`刚才, **县长通报`).
  if (!full) return next > 0x7f || next === 0x2a ? j - i : 0;
  return next === 0x0a || next === 0x0d || next === 0x09 ? 0 : j - i;
}

/**
 * Han characters a name follows directly: the last ones of offices and group labels (`书记`,
 * `市长`, `主任`, `主席`, `委员`, `常委`, `总理`, `市领导`, `督导`…), and words that put a
 * person next (`由…主持`, `…和…`, `任命…为`, `刚才…指出`, `请…`, `据…介绍`).
 */
const NAME_AFTER_WORD = new Uint8Array(0x10000);
for (const c of "记长任席员委理官导督监由和与及同对向请让命才据") NAME_AFTER_WORD[c.charCodeAt(0)] = 1;

/** What else a name opens after (folded, so half-width): a line break, a space, a list's or a
 * clause's mark, the end of a sentence. Not `/`: `图/文　时晓雯` credits a writer. */
const NAME_OPENS_AFTER = new Uint8Array(0x10000);
for (const c of "\n\t 、,:;。!?") NAME_OPENS_AFTER[c.charCodeAt(0)] = 1;

/**
 * Length of the padding at `i` inside a two-character name set to the width of three (`张　伟`,
 * `李&nbsp;&nbsp;强`, as portals typeset names in lists, bylines and running text), or 0.
 * Padding is one ideographic space, or one or two ASCII or no-break spaces, between a surname
 * and one Han character, where the surname stands after one of the words or marks above. The
 * view drops it, so the name reads as the rules expect; its mentions still cover the padded
 * original.
 */
function namePaddingLength(text: string, i: number, t: Uint16Array): number {
  if (i === 0 || !isSingleSurname(t[text.charCodeAt(i - 1)])) return 0;
  if (i >= 2) {
    const before = t[text.charCodeAt(i - 2)];
    if (isHan(before) ? NAME_AFTER_WORD[before] === 0 : NAME_OPENS_AFTER[before] === 0) return 0;
  }
  const c = text.charCodeAt(i);
  let j = i + 1;
  if (c !== 0x3000 && j < text.length && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0xa0)) j++;
  return j < text.length && isHan(text.charCodeAt(j)) ? j - i : 0;
}

const ZHU = 0x8457; // 著
const ZHE = 0x7740; // 着
/** After these, 著 is the aspect particle (`關係著`, `圍繞著`, `緊盯著`, `隨著`, `意味著`). */
const BEFORE_ASPECT_ZHU = new Set([..."係系繞绕盯隨随味"].map((c) => c.charCodeAt(0)));
/** Before these, 著 opens a word Simplified writes with 着 (`著力`, `著重`, `著眼`, `著手`). */
const AFTER_ZHE_WORD = new Set([..."力重眼手"].map((c) => c.charCodeAt(0)));

/**
 * Whether 著 at `i` stands for 着. Traditional script writes both words 著 (`著名`, `顯著`
 * stay), so the character alone cannot be folded: the words around it decide.
 */
function zhuIsZhe(text: string, i: number): boolean {
  return AFTER_ZHE_WORD.has(text.charCodeAt(i + 1)) || (i > 0 && BEFORE_ASPECT_ZHU.has(text.charCodeAt(i - 1)));
}

let specialTable: Uint8Array | null = null;

/** 1 for the units the fold changes and for opening parentheses (a gloss may start there). */
function specialUnits(): Uint8Array {
  if (specialTable) return specialTable;
  const t = table();
  const special = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if (t[c] !== c) special[c] = 1;
  special[0x28] = special[0xff08] = special[ZHU] = special[0x20] = special[0x2c] = 1;
  return (specialTable = special);
}

// UTF-16 code units to a string natively: far cheaper than fromCharCode over chunks. A byte
// order mark opening the units is text here, not a mark to drop: dropped, it would shift
// every index of the view by one against the text.
const utf16 = new TextDecoder("utf-16le", { ignoreBOM: true });

/** The folds that are only a matter of width: full-width ASCII, ideographic and no-break spaces. */
const WIDTH_RE = /[\uff01-\uff5e\u3000\u00a0]/g;
const isWidthFold = (c: number): boolean => (c >= 0xff01 && c <= 0xff5e) || c === 0x3000 || c === 0xa0;
const halfWidth = (ch: string): string => {
  const c = ch.charCodeAt(0);
  return c === 0x3000 || c === 0xa0 ? " " : String.fromCharCode(c - 0xfee0);
};

/** More width folds than this, and the regex engine replaces them faster than joining pieces. */
const MAX_PIECES = 64;

/** `text` with the units at `at` (width folds, in order) made half-width. */
function halfWidthAt(text: string, at: number[]): string {
  // The scan found them already: splicing them spares the text a second pass.
  if (at.length > MAX_PIECES) return text.replace(WIDTH_RE, halfWidth);
  // Joined, not concatenated: a concatenation is a rope, slower to read in every later pass.
  const parts: string[] = [];
  let from = 0;
  for (const i of at) {
    parts.push(text.slice(from, i), halfWidth(text[i]));
    from = i + 1;
  }
  parts.push(text.slice(from));
  return parts.join("");
}

export function buildView(original: string): TextView {
  const t = table();
  const n = original.length;
  // Most pages fold something (full-width commas at least) but drop nothing: then the fold
  // is 1:1 and in place, `kept` is the text and the map is the identity. Most fold width
  // only: the scan notes where, to splice a few in, or to have the regex engine replace
  // many (faster than a loop rebuilding the text).
  let scriptFrom = -1;
  const widths: number[] = [];
  // Spaces typed after clause marks, counted until they show the text is typed that way.
  let spaced = 0;
  // Commas stray before marks, counted likewise.
  let stray = 0;
  const special = specialUnits();
  const codes = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const c = original.charCodeAt(i);
    codes[i] = c;
    // Most units are neither folded nor an opening parenthesis: one byte-table read.
    if (special[c] === 0) continue;
    if ((c === 0x28 || c === 0xff08) && glossLength(original, i) > 0) return withGlossesDropped(original, t);
    if (isLineSpace(c) && spaceAfterMarkLength(original, i) > 0 && ++spaced === SPACED_TEXT) return withGlossesDropped(original, t);
    if (isLineSpace(c) && namePaddingLength(original, i, t) > 0) return withGlossesDropped(original, t);
    if (strayCommaAt(original, i) && ++stray === STRAY_TEXT) return withGlossesDropped(original, t);
    if (t[c] === c) {
      if (c !== ZHU || !zhuIsZhe(original, i)) continue;
      codes[i] = ZHE;
      scriptFrom = i;
      break;
    }
    codes[i] = t[c];
    if (isWidthFold(c)) widths.push(i);
    else {
      scriptFrom = i;
      break;
    }
  }
  if (scriptFrom < 0) {
    const norm = widths.length === 0 ? original : halfWidthAt(original, widths);
    return withSpunWordsFolded({ original, kept: original, norm, map: null, codes });
  }
  // Units before `scriptFrom` are folded already (width folds, or none).
  let surrogates = false;
  for (let i = 0; i < scriptFrom; i++) if (isSurrogate(codes[i])) surrogates = true;
  for (let i = scriptFrom + 1; i < n; i++) {
    const c = original.charCodeAt(i);
    if ((c === 0x28 || c === 0xff08) && glossLength(original, i) > 0) return withGlossesDropped(original, t);
    if (isLineSpace(c) && spaceAfterMarkLength(original, i) > 0 && ++spaced === SPACED_TEXT) return withGlossesDropped(original, t);
    if (isLineSpace(c) && namePaddingLength(original, i, t) > 0) return withGlossesDropped(original, t);
    if (strayCommaAt(original, i) && ++stray === STRAY_TEXT) return withGlossesDropped(original, t);
    if (isSurrogate(c)) surrogates = true;
    codes[i] = c === ZHU && zhuIsZhe(original, i) ? ZHE : t[c];
  }
  const norm = decodeUnits(codes);
  return withSpunWordsFolded({ original, kept: original, norm, map: null, codes: surrogates ? unitsOf(norm) : codes });
}

const isSurrogate = (c: number): boolean => (c & 0xf800) === 0xd800;

/**
 * The units of a decoded string, when they may differ from those decoded: the decoder
 * replaces a lone surrogate with U+FFFD (rare; the scans must read what the rules match on).
 */
function unitsOf(s: string): Uint16Array {
  const codes = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) codes[i] = s.charCodeAt(i);
  return codes;
}

function decodeUnits(codes: Uint16Array): string {
  // The decoder reads bytes in the machine's order; every engine we run on is little-endian.
  return utf16.decode(codes);
}

/**
 * The text folded as the view folds it (Simplified script, half-width), with nothing
 * dropped: for comparing what people type with what pages say, in either script.
 */
export function foldScript(text: string): string {
  const t = table();
  // Most strings asked about fold to themselves: read before building anything.
  let first = 0;
  while (first < text.length && t[text.charCodeAt(first)] === text.charCodeAt(first)) first++;
  if (first === text.length) return text;
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = t[text.charCodeAt(i)];
  return decodeUnits(codes);
}

/**
 * The slow path, for spun text and spaced punctuation: glosses, spaces after clause marks
 * and commas stray before them removed, so the view needs its offset map.
 */
function withGlossesDropped(original: string, t: Uint16Array): TextView {
  const n = original.length;
  const map = new Int32Array(n + 1);
  // Both views are built unit by unit and decoded natively: spun text has a gloss every
  // few characters, and a slice per run costs more than the units. The decoder would
  // replace a lone surrogate, though: text with any surrogate has `kept` sliced instead.
  const keptCodes = new Uint16Array(n);
  const normCodes = new Uint16Array(n);
  let surrogates = false;
  let k = 0;
  for (let i = 0; i < n; i++) {
    const c = original.charCodeAt(i);
    if ((c === 0x28 || c === 0xff08) && i > 0) {
      const g = glossLength(original, i);
      if (g > 0) {
        i += g - 1;
        continue;
      }
    }
    if (isLineSpace(c) && i > 0) {
      const g = spaceAfterMarkLength(original, i) || namePaddingLength(original, i, t);
      if (g > 0) {
        i += g - 1;
        continue;
      }
    }
    if (strayCommaAt(original, i)) continue;
    if (isSurrogate(c)) surrogates = true;
    map[k] = i;
    keptCodes[k] = c;
    normCodes[k] = c === ZHU && zhuIsZhe(original, i) ? ZHE : t[c];
    k++;
  }
  map[k] = n;
  const norm = decodeUnits(normCodes.subarray(0, k));
  return withSpunWordsFolded({
    original,
    kept: surrogates ? keptBySlices(original, map, k) : decodeUnits(keptCodes.subarray(0, k)),
    norm,
    // Views, not copies: nothing writes to them.
    map: map.subarray(0, k + 1),
    codes: surrogates ? unitsOf(norm) : normCodes.subarray(0, k),
  });
}

/** The kept units (`map[0..k)`, increasing) as slices of the text: runs of consecutive indices. */
function keptBySlices(original: string, map: Int32Array, k: number): string {
  const parts: string[] = [];
  for (let a = 0; a < k; ) {
    let b = a + 1;
    while (b < k && map[b] === map[b - 1] + 1) b++;
    parts.push(original.slice(map[a], map[b - 1] + 1));
    a = b;
  }
  return parts.join("");
}

/** Original offsets of the normalised span [start, end). */
export function originalSpan(view: TextView, start: number, end: number): { start: number; end: number } {
  const map = view.map;
  if (!map) return { start, end };
  if (end <= start) return { start: map[start], end: map[start] };
  return { start: map[start], end: map[end - 1] + 1 };
}

/**
 * Content farms "rewrite" a report by swapping words for near-synonyms (seed-003: 召开 as
 * 举办, 批示要求 as 批复规定, 强调 as 注重 or 着重). Three of those swaps land on words every rule
 * reads: the verb that holds a meeting, and the verbs that hand the floor to the one who
 * speaks or orders. They are folded back word for word (same length, so no offset moves),
 * in the view the rules match on only:
 * - 举办 is 举行 everywhere: a meeting or an event held, either way;
 * - 规定 is 要求 where it stands as that verb or noun (`X规定,…`, `会议规定:`, `他规定各村…`,
 *   `提出具体规定`), not where it names a rule (`按照有关规定执行`);
 * - 注重 is 强调 where what is said follows it (`X注重,`, `注重要…`), not in `注重实效`;
 *   so is 着重 (`X着重,`; a Traditional copy's 著重 is 着重 in the view by then).
 * A native search per word finds them; most texts hold none, and their view stays as it was.
 */
interface SpunWord {
  spun: string;
  /** The word's units in the view. */
  as: readonly number[];
  /** Whether the swap stands for the word at `i` (in the view `s`, units `codes`). */
  stands(s: string, codes: Uint16Array, i: number): boolean;
}

const unitsOfWord = (w: string): number[] => [...w].map((c) => c.charCodeAt(0));
const charSet = (chars: string): Set<number> => new Set(unitsOfWord(chars));

/** 规定 before these is said, not named: `X规定,`, `会议规定:`, `提出具体规定。`. */
const REQUIRE_SAID_BEFORE = charSet(",:。;");
/** 规定 right after these is a verb with its subject before (`他规定`, `,规定各村…`, `会议规定`). */
const REQUIRE_SAID_AFTER = charSet(",他她并还也又议");
/**
 * 规定 after these is the noun of an order: `具体规定`, `明确规定`, `批示规定`, `批复规定`
 * (`批覆規定` in a Taiwan-standard copy).
 */
const REQUIRE_NOUN_AFTER = ["具体", "明确", "批示", "批复", "批覆"];
/** 注重 before these hands the floor on: `X注重,`, `X注重:`, `注重要…`. */
const STRESS_SAID_BEFORE = charSet(",:要");

const SPUN_WORDS: readonly SpunWord[] = [
  { spun: "举办", as: unitsOfWord("举行"), stands: () => true },
  {
    spun: "规定",
    as: unitsOfWord("要求"),
    stands: (s, codes, i) =>
      REQUIRE_SAID_BEFORE.has(codes[i + 2]) || (i > 0 && REQUIRE_SAID_AFTER.has(codes[i - 1])) || REQUIRE_NOUN_AFTER.some((w) => s.startsWith(w, i - 2)),
  },
  { spun: "注重", as: unitsOfWord("强调"), stands: (_s, codes, i) => STRESS_SAID_BEFORE.has(codes[i + 2]) },
  // 着重 as the verb itself (`X着重,要…`); before 强调 or 指出 it stays the adverb it is.
  { spun: "着重", as: unitsOfWord("强调"), stands: (_s, codes, i) => STRESS_SAID_BEFORE.has(codes[i + 2]) },
];

function withSpunWordsFolded(view: TextView): TextView {
  const s = view.norm;
  const codes = view.codes;
  let edits: { at: number; word: SpunWord }[] | null = null;
  for (const word of SPUN_WORDS) {
    for (let i = s.indexOf(word.spun); i >= 0; i = s.indexOf(word.spun, i + word.spun.length)) {
      if (word.stands(s, codes, i)) (edits ??= []).push({ at: i, word });
    }
  }
  if (edits === null) return view;
  // Spliced rather than decoded from the units, which would replace a lone surrogate.
  edits.sort((a, b) => a.at - b.at);
  const parts: string[] = [];
  let from = 0;
  for (const { at, word } of edits) {
    codes.set(word.as, at);
    parts.push(s.slice(from, at), String.fromCharCode(...word.as));
    from = at + word.as.length;
  }
  parts.push(s.slice(from));
  // The fast path's codes are the text's own units read once: they are the view's to change.
  return { ...view, norm: parts.join("") };
}
