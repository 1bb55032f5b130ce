/**
 * Directives grouped by speaker for the sidebar, in the same order as the Markdown summary
 * (src/shared/format.ts `directivesBySpeaker`: speakers as they first speak, unattributed
 * last), each directive keeping its index in the extraction: the key of its mark in the page.
 */
import type { Directive } from "../extractor/types";
import { directivesBySpeaker } from "../shared/format";

export interface DirectiveGroup {
  speaker: string | null;
  items: { directive: Directive; index: number }[];
}

export function groupDirectives(directives: readonly Directive[]): DirectiveGroup[] {
  const indexOf = new Map(directives.map((d, i) => [d, i]));
  return [...directivesBySpeaker(directives)].map(([speaker, group]) => ({
    speaker,
    items: group.map((directive) => ({ directive, index: indexOf.get(directive) as number })),
  }));
}
