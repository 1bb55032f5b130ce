/**
 * A headline that opens with a name and 主持 (`韩东平主持召开市委常委会会议`): whoever
 * chairs a government meeting holds office, though the body may never give the title
 * (`市委常委会召开会议` names no one).
 */
import { nameLengthAt } from "./names";

export function headlineChairName(s: string, headline: { start: number; end: number } | null): string | null {
  if (!headline) return null;
  const len = nameLengthAt(s, headline.start);
  if (len === 0 || headline.start + len + 2 > headline.end || !s.startsWith("主持", headline.start + len)) return null;
  return s.slice(headline.start, headline.start + len);
}
