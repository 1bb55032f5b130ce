/** The documents the article cites by title. */
import { T } from "./labels";

export function DocumentsSection({ documents }: { documents: readonly string[] }) {
  return (
    <section class="section" aria-labelledby="gl-documents" data-section="documents">
      <h3 id="gl-documents">
        {T.documents} <span class="count">{documents.length}</span>
      </h3>
      {documents.length === 0 ? (
        <p class="none">{T.none}</p>
      ) : (
        <ul class="docs">
          {documents.map((d) => (
            <li key={d} data-kind="document">《{d}》</li>
          ))}
        </ul>
      )}
    </section>
  );
}
