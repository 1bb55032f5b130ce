/**
 * The files a batch reads: named files as they are (whatever their extension: the user chose
 * them), directories walked recursively for pages and text reports, in a stable order.
 * A name that does not exist is kept, so the worker reports it like any unreadable file.
 */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const READABLE = /\.(x?html?|shtml|txt)$/i;

export interface FileList {
  files: string[];
  /** Directories that could not be listed, with the reason. */
  problems: string[];
}

export function listFiles(inputs: readonly string[]): FileList {
  const out: FileList = { files: [], problems: [] };
  for (const input of inputs) {
    let isDir = false;
    try {
      isDir = statSync(input).isDirectory();
    } catch {
      // Missing or unreadable: the worker gives the precise reason for it.
    }
    if (isDir) walk(input, out);
    else out.files.push(input);
  }
  return out;
}

function walk(dir: string, out: FileList): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    out.problems.push(`${dir}: cannot list the directory (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (entry.isFile() && READABLE.test(entry.name)) out.files.push(path);
  }
}
