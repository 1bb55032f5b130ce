/** Saves text as a file through a temporary blob link: no `downloads` permission needed. */
export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  // The click has started the download by the next task; the URL is no longer needed then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** `govlens-history-2026-03-01.jsonl`: the local date, so files sort by day. */
export function exportFilename(ext: string, now = new Date()): string {
  const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
  return `govlens-history-${day}.${ext}`;
}
