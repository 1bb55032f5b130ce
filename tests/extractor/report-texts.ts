/**
 * The reports with answers that the whole-corpus checks put into other forms: ours
 * (tests/extractor/reports) and the dev corpus, when ../shared is beside this clone.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const OURS = join(import.meta.dirname, "reports");
export const DEV = join(import.meta.dirname, "../../../shared/corpus/dev");
export const HAS_DEV = existsSync(DEV);

/** Every `.txt` report in `dir`, in name order; none when the folder is missing. */
export function reportTexts(dir: string): { file: string; text: string }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => ({ file: f, text: readFileSync(join(dir, f), "utf8") }));
}
