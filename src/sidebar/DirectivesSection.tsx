/** Directives grouped by who gave them, numbered within each speaker. */
import type { Directive } from "../extractor/types";
import { CopyButton } from "./CopyButton";
import { groupDirectives } from "./group-directives";
import { T } from "./labels";
import type { PageActions } from "./types";

interface Props {
  directives: readonly Directive[];
  actions: PageActions;
  announce(message: string): void;
}

export function DirectivesSection({ directives, actions, announce }: Props) {
  const groups = groupDirectives(directives);
  return (
    <section class="section" aria-labelledby="gl-directives" data-section="directives">
      <h3 id="gl-directives">
        {T.directives} <span class="count">{directives.length}</span>
      </h3>
      {groups.length === 0 && <p class="none">{T.none}</p>}
      {groups.map((group) => {
        const speaker = group.speaker ?? T.noSpeaker;
        return (
          <div class="group" key={speaker} data-speaker={speaker}>
            <h4>
              {speaker} <span class="count">{T.items(group.items.length)}</span>
            </h4>
            <ol class="items">
              {group.items.map(({ directive, index }, n) => {
                const label = T.directiveLabel(speaker, n + 1);
                const locate = () => {
                  announce(actions.locate("directive", index) ? T.located(label, 1, 1) : T.notFound(label));
                };
                return (
                  <li class="item directive" data-kind="directive" data-index={index} key={index} onClick={locate}>
                    <button type="button" class="item-main" data-action="locate" aria-label={T.locate(label)}>
                      <span class="num" aria-hidden="true">{n + 1}</span>
                      <span class="text">{directive.text}</span>
                    </button>
                    <CopyButton
                      action="copy-item"
                      className="copy-item"
                      label={T.copy}
                      ariaLabel={T.copyItem(label)}
                      text={() => directive.text}
                      copy={actions.copy}
                    />
                  </li>
                );
              })}
            </ol>
          </div>
        );
      })}
    </section>
  );
}
