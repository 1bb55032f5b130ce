/**
 * Dates written in Chinese numerals (`二〇二五年三月十一日`, `三月十一日`), as communiqués and
 * formal notices write them, rewritten in Arabic digits so that the date rules read one form.
 * For the meta stage's short window of the lead only: the rewrite changes lengths.
 */

const DIGIT: Record<string, number> = { 〇: 0, 零: 0, O: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** `十一` → 11, `二十三` → 23, `三十` → 30, `十` → 10, `九` → 9; NaN for anything else. */
function smallNumber(s: string): number {
  const ten = s.indexOf("十");
  if (ten < 0) return s.length === 1 && s in DIGIT ? DIGIT[s] : NaN;
  const tens = ten === 0 ? 1 : ten === 1 && s[0] in DIGIT ? DIGIT[s[0]] : NaN;
  const rest = s.slice(ten + 1);
  const units = rest.length === 0 ? 0 : rest.length === 1 && rest in DIGIT ? DIGIT[rest] : NaN;
  return tens * 10 + units;
}

/** The numerals of a month or a day (`十二`, `二十三`). */
const NUMERAL_UNITS = "一二三四五六七八九十";
const NUMERALS = `[${NUMERAL_UNITS}]{1,3}`;
const CHINESE_DATE_RE = new RegExp(`(?:([〇零O一二三四五六七八九]{4})年)?(${NUMERALS})月(${NUMERALS})日`, "g");

/** Whether a Chinese numeral stands before some 月 (most leads write Arabic digits). */
function hasChineseMonth(text: string): boolean {
  for (let i = text.indexOf("月"); i > 0; i = text.indexOf("月", i + 1)) if (NUMERAL_UNITS.includes(text[i - 1])) return true;
  return false;
}

export function arabicDates(text: string): string {
  if (!hasChineseMonth(text)) return text;
  return text.replace(CHINESE_DATE_RE, (whole, year: string | undefined, month: string, day: string) => {
    const m = smallNumber(month);
    const d = smallNumber(day);
    if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31)) return whole;
    const y = year ? [...year].map((c) => DIGIT[c]).join("") : "";
    return `${y ? `${y}年` : ""}${m}月${d}日`;
  });
}
