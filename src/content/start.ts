/**
 * The content script's main part, imported by boot.ts once the page reads as Chinese. When
 * the settings say so for this site (or the user asks through the toolbar
 * button or shortcut), it annotates the article, again whenever the page's text changes, and
 * follows settings changes live. Nothing it does may throw into the page.
 */
import browser from "webextension-polyfill";
import { isGovlensMessage, typedSender, type ToBackground, type ToggleSidebarResponse } from "../shared/messages";
import { Annotator } from "./annotator";
import { watchChanges } from "./change-watcher";
import { isInvalidatedError, watchOrphaned } from "./orphan-watch";
import { applyHighlightStyle, removeHighlightStyle } from "./highlight-style";
import { annotatesAutomatically, coversHost, defaultSettings, lexiconOf } from "../shared/settings";
import { loadSettings, updateSettings, watchSettings } from "../shared/settings-store";
import type { SiteActions } from "../sidebar/types";

const sendToBackground = typedSender<ToBackground>((m) => browser.runtime.sendMessage(m));

function report(error: unknown): void {
  console.debug("[govlens]", error);
}

function start(): void {
  const host = location.hostname;
  let settings = defaultSettings();
  // Asked for on this page (toolbar button or shortcut), whatever the mode says.
  let requested = false;
  let session: Session | null = null;

  // The colour sheet is in the page only while the page is annotated.
  const sync = () => {
    const wanted = requested || annotatesAutomatically(settings, host);
    if (wanted) applyHighlightStyle(document, settings);
    if (wanted && !session) session = openSession();
    else if (!wanted && session) {
      session.close();
      session = null;
    }
    if (!wanted) removeHighlightStyle(document);
  };
  const stopSettings = watchSettings(browser.storage, (next) => {
    const lexiconChanged = JSON.stringify(lexiconOf(next)) !== JSON.stringify(lexiconOf(settings));
    settings = next;
    // "Never on this site" also ends an annotation asked for by hand.
    if (settings.blockedSites.some((site) => coversHost(site, host))) requested = false;
    const before = session;
    sync();
    if (before && session === before && lexiconChanged) session.refresh();
  });
  // The extension was reloaded or removed under this page: take the marks and sidebar out
  // first (the settings listener may already be unreachable).
  watchOrphaned(() => {
    for (const step of [() => session?.close(), stopSettings, () => removeHighlightStyle(document)]) {
      try {
        step();
      } catch (error) {
        report(error);
      }
    }
    session = null;
  });
  void loadSettings(browser.storage).then((loaded) => {
    settings = loaded;
    sync();
  });

  const actions: SiteActions = {
    neverOnSite: () =>
      void updateSettings(browser.storage, (s) => {
        if (!s.blockedSites.includes(host)) s.blockedSites.push(host);
      }).catch(report),
    openOptions: () => void sendToBackground({ type: "govlens/open-options" }).catch(report),
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

  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isGovlensMessage(message) || message.type !== "govlens/toggle-sidebar") return undefined;
    return toggle();
  });
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
