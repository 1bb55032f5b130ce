/** Officials with titles, roles and how often the article names them; a click finds them. */
import type { Official } from "../extractor/types";
import { CopyButton } from "./CopyButton";
import { ROLE_LABELS, T } from "./labels";
import type { PageActions } from "./types";

interface Props {
  officials: readonly Official[];
  actions: PageActions;
  announce(message: string): void;
}

export function officialLine(o: Official): string {
  return o.titles.length > 0 ? `${o.name}(${o.titles.join("、")})` : o.name;
}

export function OfficialsSection({ officials, actions, announce }: Props) {
  return (
    <section class="section" aria-labelledby="gl-officials" data-section="officials">
      <h3 id="gl-officials">
        {T.officials} <span class="count">{officials.length}</span>
      </h3>
      {officials.length === 0 ? (
        <p class="none">{T.none}</p>
      ) : (
        <ul class="items">
          {officials.map((o, index) => {
            const locate = () => {
              const at = actions.locate("official", index);
              announce(at ? T.located(o.name, at.position, at.total) : T.notFound(o.name));
            };
            return (
              <li class="item official" data-kind="official" data-name={o.name} key={`${o.name}-${index}`} onClick={locate}>
                <button type="button" class="item-main" data-action="locate" aria-label={T.locate(officialLine(o))}>
                  <span class="line">
                    <span class="name">{o.name}</span>
                    <span class="badge" title={T.mentions(o.mentions.length)}>{T.mentions(o.mentions.length)}</span>
                  </span>
                  {o.titles.length > 0 && <span class="titles">{o.titles.join("、")}</span>}
                  {o.roles.length > 0 && (
                    <span class="roles">
                      {o.roles.map((r) => (
                        <span class={`role role-${r}`} key={r}>{ROLE_LABELS[r]}</span>
                      ))}
                    </span>
                  )}
                </button>
                <CopyButton
                  action="copy-item"
                  className="copy-item"
                  label={T.copy}
                  ariaLabel={T.copyItem(o.name)}
                  text={() => officialLine(o)}
                  copy={actions.copy}
                />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
