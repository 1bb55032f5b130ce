/**
 * Notices when the page's text changes after load (single-page apps fill their article
 * late; some portals swap pages in place) and calls back once things settle. Mutations made
 * inside `pause()` (our own fallback marks) are dropped, so annotating never re-triggers
 * itself; the sidebar lives in a shadow root, whose changes no page observer sees.
 */

export interface ChangeWatcher {
  /** Runs `fn` with observation suspended; records it causes are discarded. */
  pause<T>(fn: () => T): T;
  stop(): void;
}

export function watchChanges(root: Node, onChange: () => void, delayMs = 300): ChangeWatcher {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(onChange, delayMs);
  };
  const observer = new MutationObserver((records) => {
    if (records.some(isTextChange)) schedule();
  });
  const options: MutationObserverInit = { childList: true, characterData: true, subtree: true };
  observer.observe(root, options);
  return {
    pause(fn) {
      try {
        return fn();
      } finally {
        observer.takeRecords();
      }
    },
    stop() {
      clearTimeout(timer);
      observer.disconnect();
    },
  };
}

/** Only changes that can alter the article's text count: text edits, and added or removed
 * nodes other than our own elements and empty text. */
function isTextChange(record: MutationRecord): boolean {
  if (record.type === "characterData") return true;
  const touched = [...record.addedNodes, ...record.removedNodes];
  return touched.some((node) => !isOurs(node) && (node.textContent ?? "").trim() !== "");
}

function isOurs(node: Node): boolean {
  const name = node.nodeName.toLowerCase();
  return name === "govlens-mark" || name === "govlens-sidebar";
}
