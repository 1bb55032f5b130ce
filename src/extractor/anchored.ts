/**
 * Patterns matched only where a literal they must contain stands.
 *
 * A regex searched over the whole text is tried at every position, and most of these
 * patterns open with an alternation or an optional part the engine cannot skip ahead on;
 * `indexOf` finds a literal natively, many times faster. The pattern itself is then run
 * sticky (`y` flag) at the literal's place, so what it matches is unchanged.
 */

/** `re` (sticky) matched at exactly `at` in `s`, or null. */
export function matchAt(re: RegExp, s: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(s);
}

/**
 * The first match of `re` (sticky, and starting with `literal`) in `s`: the same match a
 * search with the pattern would find, since every match begins at an occurrence.
 *
 * `indexOf` looks for a unit by one of its bytes, the higher one, and restarts wherever
 * that byte stands: a unit whose high byte is that of common characters (来, 同: most Han
 * units have a high byte of 0x4e…0x9f) is found slowly, one whose low byte is higher is
 * found fast. `from` picks the unit of the literal that is looked for.
 */
export function firstMatchAtLiteral(s: string, literal: string, re: RegExp, from = 0): RegExpExecArray | null {
  const tail = literal.slice(from);
  for (let i = s.indexOf(tail, from); i >= 0; i = s.indexOf(tail, i + 1)) {
    if (from > 0 && !s.startsWith(literal, i - from)) continue;
    const m = matchAt(re, s, i - from);
    if (m) return m;
  }
  return null;
}
