/** Writes text to the clipboard from a click in the sidebar. */

export async function copyText(text: string, doc: Document): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return legacyCopy(text, doc);
  }
}

/** Where the async API is refused (an http page, an unfocused document), the old command
 * still works inside the click that asked for it. The textarea lives for one call. */
function legacyCopy(text: string, doc: Document): boolean {
  const area = doc.createElement("textarea");
  area.value = text;
  area.setAttribute("style", "position:fixed;top:0;left:0;width:1px;height:1px;opacity:0;");
  const root = doc.getElementById("govlens-root")?.shadowRoot ?? doc.body;
  root.append(area);
  try {
    area.select();
    return doc.execCommand("copy");
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
