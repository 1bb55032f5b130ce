/**
 * The content script's main part, imported by boot.ts once the page reads as Chinese. When
 * the settings say so for this site (or the user asks through the toolbar button or
 * shortcut), it annotates the article, again whenever the page's text changes, and follows
 * settings changes live. The settings come from the worker, which also passes on every
 * change: the page never touches `storage`. Nothing it does may throw into the page.
 */
import type { ToggleSidebarResponse } from "../shared/messages";
import { askBackground, askBackgroundWithRetry, listenToBackground } from "./background-link";
import { Annotator } from "./annotator";
import { watchChanges } from "./change-watcher";
import { isInvalidatedError, watchOrphaned } from "./orphan-watch";
import { applyHighlightStyle, removeHighlightStyle } from "./highlight-style";
import { annotatesAutomatically, coversHost, defaultSettings, lexiconOf, type Settings } from "../shared/settings";
import type { SiteActions } from "../sidebar/types";

function report(error: unknown): void {
  console.debug("[govlens]", error);
}

function start(): void {
  const host = location.hostname;
  // Null until the worker has answered: nothing is annotated unasked before they are known.
  let settings: Settings | null = null;
  // Asked for on this page (toolbar button or shortcut), whatever the mode says.
  let requested = false;
  let session: Session | null = null;

  // The colour sheet is in the page only while the page is annotated.
  const sync = () => {
    const wanted = requested || (settings !== null && annotatesAutomatically(settings, host));
    if (wanted) applyHighlightStyle(document, settings ?? defaultSettings());
    if (wanted && !session) session = openSession();
    else if (!wanted && session) {
      session.close();
      session = null;
    }
    if (!wanted) removeHighlightStyle(document);
  };
  const follow = (next: Settings) => {
    const lexiconChanged = settings !== null && JSON.stringify(lexiconOf(next)) !== JSON.stringify(lexiconOf(settings));
    settings = next;
    // "Never on this site" also ends an annotation asked for by hand.
    if (settings.blockedSites.some((site) => coversHost(site, host))) requested = false;
    const before = session;
    sync();
    if (before && session === before && lexiconChanged) session.refresh();
  };
  // The worker tells every open tab when the settings change; the toolbar button and the
  // shortcut come the same way.
  let pushed = false;
  const stopListening = listenToBackground((message) => {
    if (message.type === "govlens/settings-changed") {
      pushed = true;
      follow(message.settings);
      return undefined;
    }
    return toggle();
  });
  // The extension was reloaded or removed under this page: take the marks and sidebar out
  // first (the listener may already be unreachable).
  watchOrphaned(() => {
    for (const step of [() => session?.close(), stopListening, () => removeHighlightStyle(document)]) {
      try {
        step();
      } catch (error) {
        report(error);
      }
    }
    session = null;
  });
  askBackgroundWithRetry({ type: "govlens/settings" }).then((answer) => {
    // A change pushed meanwhile is newer than this answer.
    if (answer?.ok && !pushed) follow(answer.settings);
  }, report);

  const actions: SiteActions = {
    // The worker stores it, and its change notice closes this page's session like any tab's.
    neverOnSite: () => void askBackground({ type: "govlens/block-site" }).catch(report),
    openOptions: () => void askBackground({ type: "govlens/open-options" }).catch(report),
  };

  function openSession(): Session {
    let pausable: <T>(fn: () => T) => T = (fn) => fn();
    const annotator = new Annotator(document, (fn) => pausable(fn), actions);
    const close = () => {
      watcher.stop();
      annotator.destroy();
    };
    const annotate = () =>
      annotator.run().catch((error: unknown) => {
        // The extension was reloaded or removed under this page: this copy of the script is
        // orphaned; take its marks and sidebar out and stop watching rather than fail on every change.
        if (isInvalidatedError(error)) close();
        else report(error);
      });
    const watcher = watchChanges(document.documentElement, () => void annotate());
    pausable = (fn) => watcher.pause(fn);
    const first = annotate();
    return { annotator, first, close, refresh: () => void annotator.refresh().catch(report) };
  }

  const toggle = async (): Promise<ToggleSidebarResponse> => {
    let open: boolean | null = null;
    try {
      if (!session) {
        requested = true;
        sync();
      }
      await session?.first;
      open = session?.annotator.toggle() ?? null;
    } catch (error) {
      report(error);
    }
    return { ok: true, open };
  };
}

interface Session {
  annotator: Annotator;
  /** The first pass; a toggle that opened the session waits for it. */
  first: Promise<void>;
  close(): void;
  refresh(): void;
}

try {
  start();
} catch (error) {
  report(error);
}
