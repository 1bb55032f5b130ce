/**
 * Bytes to text, honouring what the file says about its encoding: a byte-order mark first,
 * then (for HTML) `<meta charset>` or `<meta http-equiv="Content-Type">` in the page's head,
 * as browsers do; an undeclared page is tried as UTF-8, then GB18030 and Big5, keeping the
 * reading that looks most like Chinese. Decoding uses Node's TextDecoder (full ICU), which
 * knows every label Chinese sites use (gb2312, gbk, gb18030, big5, big5-hkscs).
 */
import { CliError } from "./cli-error";

export interface Decoded {
  text: string;
  /** The WHATWG name of the encoding used, e.g. `utf-8`, `gbk`. */
  encoding: string;
}

/** How far into a page browsers look for a charset declaration. */
const PRESCAN_BYTES = 4096;

const META_CHARSET = /<meta\s[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i;
const XML_ENCODING = /^<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)/i;

// Characters frequent in government reports, in both scripts: a right reading has many,
// a wrong one (Big5 read as GBK, or the reverse) has almost none.
const COMMON = new Set(Array.from("的一是在不了有和人中大上要工作市委省年月日主持出席会會议議强強调調进進行领領导導国國为為各级級部门門全落实實"));

export function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

/** The charset a page declares in its head, as a TextDecoder label, or null. */
export function declaredEncoding(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, PRESCAN_BYTES));
  const found = XML_ENCODING.exec(head) ?? META_CHARSET.exec(head);
  if (!found) return null;
  const label = found[1].toLowerCase();
  try {
    const encoding = new TextDecoder(label).encoding;
    // A page saved as UTF-8 that still declares UTF-16 is read as UTF-8 by browsers too.
    return encoding.startsWith("utf-16") ? "utf-8" : encoding;
  } catch {
    return null;
  }
}

function strictDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function commonCount(text: string): number {
  let n = 0;
  for (const ch of text) if (COMMON.has(ch)) n++;
  return n;
}

/** Offset of the first byte that is not valid UTF-8, for the error message. */
function firstBadUtf8(bytes: Uint8Array): number {
  const lossy = new TextDecoder("utf-8").decode(bytes);
  const at = lossy.indexOf("\uFFFD");
  return at < 0 ? 0 : new TextEncoder().encode(lossy.slice(0, at)).length;
}

function looksBinary(bytes: Uint8Array): boolean {
  return bytes.indexOf(0) !== -1;
}

/** Decodes a plain-text file: UTF-8, or UTF-16 with a byte-order mark. */
export function decodeText(name: string, bytes: Uint8Array): Decoded {
  const bom = bomEncoding(bytes);
  if (bom === null && looksBinary(bytes)) throw new CliError(`${name}: looks like a binary file, not text`);
  const encoding = bom ?? "utf-8";
  const text = strictDecode(bytes, encoding);
  if (text === null) {
    if (encoding === "utf-8") {
      throw new CliError(`${name}: not valid UTF-8 (bad byte near offset ${firstBadUtf8(bytes)}); save the text as UTF-8`);
    }
    throw new CliError(`${name}: not valid ${encoding.toUpperCase()}`);
  }
  return { text: checkText(name, text), encoding };
}

/** Decodes a saved web page as a browser would, sniffing when the page declares nothing. */
export function decodeHtml(name: string, bytes: Uint8Array): Decoded {
  const bom = bomEncoding(bytes);
  if (bom !== null) {
    const text = strictDecode(bytes, bom);
    if (text === null) throw new CliError(`${name}: not valid ${bom.toUpperCase()} despite its byte-order mark`);
    return { text: checkText(name, text), encoding: bom };
  }
  if (looksBinary(bytes)) throw new CliError(`${name}: looks like a binary file, not a web page`);
  const declared = declaredEncoding(bytes);
  if (declared !== null) {
    const text = strictDecode(bytes, declared);
    if (text !== null) {
      // A single-byte label (iso-8859-1, windows-1252) reads any bytes without error, so a
      // page saved as UTF-8 under it would come out as mojibake: valid UTF-8 that reads as
      // more Chinese than the declared reading wins.
      const utf8 = declared === "utf-8" ? null : strictDecode(bytes, "utf-8");
      if (utf8 !== null && commonCount(utf8) > commonCount(text)) return { text: checkText(name, utf8), encoding: "utf-8" };
      return { text: checkText(name, text), encoding: declared };
    }
    // Pages that lie about their charset exist (GBK bytes under a UTF-8 meta); fall
    // through to sniffing rather than show the reader mojibake.
  }
  const utf8 = strictDecode(bytes, "utf-8");
  if (utf8 !== null) return { text: checkText(name, utf8), encoding: "utf-8" };
  let best: Decoded | null = null;
  let bestScore = -1;
  for (const encoding of ["gb18030", "big5"]) {
    const text = strictDecode(bytes, encoding);
    if (text === null) continue;
    const score = commonCount(text);
    if (score > bestScore) {
      best = { text, encoding };
      bestScore = score;
    }
  }
  if (best === null || bestScore === 0) {
    const what = declared ? `not valid ${declared.toUpperCase()} as it declares` : "in no encoding it could be read in (tried UTF-8, GB18030, Big5)";
    throw new CliError(`${name}: ${what}`);
  }
  return { text: checkText(name, best.text), encoding: best.encoding };
}

/** Rejects text that decoded but is not text: empty, or mostly control characters. */
function checkText(name: string, text: string): string {
  if (text.trim().length === 0) throw new CliError(`${name}: the file holds only whitespace`);
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f || c === 0xfffd) control++;
  }
  if (control > text.length / 20) throw new CliError(`${name}: looks like a binary file, not text`);
  return text;
}
