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

/** A page that never stops changing still gets a pass this often (the debounce alone
 * would starve it), and at most this often: each pass that follows the previous one
 * closely doubles the gap before the next, up to `MAX_GAP_MS`; a quiet spell resets it. */
const MIN_GAP_MS = 2_000;
const MAX_GAP_MS = 30_000;

export function watchChanges(root: Node, onChange: () => void, delayMs = 300): ChangeWatcher {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastRun = -Infinity;
  let gap = MIN_GAP_MS;
  let firstPending = -Infinity;
  const fire = () => {
    timer = undefined;
    const now = Date.now();
    gap = now - lastRun < gap * 2 ? Math.min(gap * 2, MAX_GAP_MS) : MIN_GAP_MS;
    lastRun = now;
    onChange();
  };
  const schedule = () => {
    const now = Date.now();
    if (timer === undefined) firstPending = now;
    clearTimeout(timer);
    // Settle for `delayMs`, but never past `gap` after the first change, nor before `gap`
    // after the previous pass.
    const due = Math.max(Math.min(now + delayMs, firstPending + gap), lastRun + gap);
    timer = setTimeout(fire, Math.max(0, due - now));
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
  // What the user is typing is theirs: it is not collected, so it never sets off a pass.
  if (isEditable(record.target)) return false;
  if (record.type === "characterData") return true;
  const touched = [...record.addedNodes, ...record.removedNodes];
  return touched.some((node) => !isOurs(node) && (node.textContent ?? "").trim() !== "");
}

function isOurs(node: Node): boolean {
  const name = node.nodeName.toLowerCase();
  return name === "govlens-mark" || name === "govlens-sidebar";
}

function isEditable(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as HTMLElement) : node.parentElement;
  return el?.isContentEditable === true || el?.closest?.("textarea") != null;
}
