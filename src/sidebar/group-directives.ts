/** Directives grouped by speaker, groups in order of their first directive, each directive
 * keeping its index in the extraction (the key the page's marks use). */
import type { Directive } from "../extractor/types";

export interface DirectiveGroup {
  speaker: string | null;
  items: { directive: Directive; index: number }[];
}

export function groupDirectives(directives: readonly Directive[]): DirectiveGroup[] {
  const groups = new Map<string | null, DirectiveGroup>();
  directives.forEach((directive, index) => {
    let group = groups.get(directive.speaker);
    if (!group) {
      group = { speaker: directive.speaker, items: [] };
      groups.set(directive.speaker, group);
    }
    group.items.push({ directive, index });
  });
  return [...groups.values()];
}
