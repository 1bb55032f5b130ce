/**
 * The content script's entry: the cheap Chinese-page check alone, so that on every other
 * page nothing more is fetched, compiled or run (issue 4: under 2 ms there). The rest of the
 * script (start.ts: settings, worker, highlighter, Preact sidebar) is imported only when the
 * page reads as Chinese.
 *
 * This file is built as a classic script of its own (no imports, no exports: crxjs then
 * ships it without its module loader), and it touches no extension API before the check:
 * the loader's `chrome.runtime.getURL` import, and the browser binding `runtime` on first
 * use, cost a non-Chinese page more than the check itself.
 */
import { shouldRun } from "./should-run";
// The built file name of start.ts as an ES module of its own (crxjs lists it, and the chunks
// it imports, among the web-accessible resources). Not named index.ts: crxjs tells built
// files apart by base name and would hand the worker's loader this one.
import mainScript from "./start?script&module";

type RuntimeHolder = { runtime?: { getURL(path: string): string } };

try {
  if (shouldRun(document)) {
    const g = globalThis as { browser?: RuntimeHolder; chrome?: RuntimeHolder };
    const runtime = (g.browser ?? g.chrome)?.runtime;
    if (runtime) import(/* @vite-ignore */ runtime.getURL(mainScript)).catch((error: unknown) => console.debug("[govlens]", error));
  }
} catch (error) {
  console.debug("[govlens]", error);
}
