/**
 * The points of a speech's assessment: after `主要表现在以下几点:` a speaker lists what is
 * wrong (`一是思想上存在麻痹松懈的问题。`), numbered as his orders are, and ordering nothing.
 */

/**
 * A numbered point whose one clause says a problem exists: `存在…问题`, `出现…现象`. A
 * clause of its own after a comma (`一是存在短板,要尽快补齐`) may order, so none is read.
 */
const PROBLEM_POINT_RE =
  /^(?:[一二三四五六七八九十]是|第[一二三四五六七八九十][,、]?|[一二三四五六七八九十]、|\([一二三四五六七八九十]\))[^。;,!?]{0,20}?(?:存在|出现)[^。;,!?]{0,30}(?:问题|难题|现象|情况|不足|短板|差距|漏洞|隐患|苗头)[。!]?$/;

export function statesProblem(said: string): boolean {
  return PROBLEM_POINT_RE.test(said);
}
