/** The quoted policy formulas, in order of first appearance. */
import { T } from "./labels";

export function SlogansSection({ slogans }: { slogans: readonly string[] }) {
  return (
    <section class="section" aria-labelledby="gl-slogans" data-section="slogans">
      <h3 id="gl-slogans">
        {T.slogans} <span class="count">{slogans.length}</span>
      </h3>
      {slogans.length === 0 ? (
        <p class="none">{T.none}</p>
      ) : (
        <ul class="chips">
          {slogans.map((s) => (
            <li class="chip" key={s} data-kind="slogan">“{s}”</li>
          ))}
        </ul>
      )}
    </section>
  );
}
