/**
 * The content script's entry. On a page that is not Chinese it stops after one cheap check.
 * Otherwise it annotates the article, again whenever the page's text changes, and answers
 * the background's sidebar toggle. Nothing it does may throw into the page.
 */
import browser from "webextension-polyfill";
import { isGovlensMessage, type ToggleSidebarResponse } from "../shared/messages";
import { Annotator } from "./annotator";
import { watchChanges } from "./change-watcher";
import { isInvalidatedError, watchOrphaned } from "./orphan-watch";
import { shouldRun } from "./should-run";

function report(error: unknown): void {
  console.debug("[govlens]", error);
}

function start(): void {
  if (!shouldRun(document)) return;
  let pausable: <T>(fn: () => T) => T = (fn) => fn();
  const annotator = new Annotator(document, (fn) => pausable(fn));
  // The extension was reloaded or removed under this page: this copy of the script is
  // orphaned; take its marks and sidebar out and stop watching rather than fail on every change.
  const teardown = () => {
    stopOrphanWatch();
    watcher.stop();
    annotator.destroy();
  };
  const annotate = () =>
    void annotator.run().catch((error: unknown) => {
      if (isInvalidatedError(error)) teardown();
      else report(error);
    });
  const watcher = watchChanges(document.documentElement, annotate);
  const stopOrphanWatch = watchOrphaned(() => {
    try {
      teardown();
    } catch (error) {
      report(error);
    }
  });
  pausable = (fn) => watcher.pause(fn);
  annotate();

  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isGovlensMessage(message) || message.type !== "govlens/toggle-sidebar") return undefined;
    let open: boolean | null = null;
    try {
      open = annotator.toggle();
    } catch (error) {
      report(error);
    }
    return Promise.resolve({ ok: true, open } satisfies ToggleSidebarResponse);
  });
}

try {
  start();
} catch (error) {
  report(error);
}
