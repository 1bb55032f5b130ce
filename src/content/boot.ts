/**
 * The content script's entry: the cheap Chinese-page check alone, so that on every other
 * page nothing more is fetched, compiled or run (issue 4: under 2 ms there). The rest of the
 * script (index.ts: settings, worker, highlighter, Preact sidebar) is imported only when the
 * page reads as Chinese.
 */
import { shouldRun } from "./should-run";

try {
  if (shouldRun(document)) import("./index").catch((error: unknown) => console.debug("[govlens]", error));
} catch (error) {
  console.debug("[govlens]", error);
}
