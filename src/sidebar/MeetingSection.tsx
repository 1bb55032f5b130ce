/** The meeting at a glance: headline, date, meeting name, chair. */
import type { Meta } from "../extractor/types";
import { T } from "./labels";

export function MeetingSection({ meta }: { meta: Meta }) {
  const rows: [string, string | null][] = [
    [T.headline, meta.title],
    [T.date, meta.eventDate ?? meta.publishedDate],
    [T.meetingName, meta.meeting],
    [T.chair, meta.chair],
  ];
  return (
    <section class="section" aria-labelledby="gl-meeting" data-section="meeting">
      <h3 id="gl-meeting">{T.meeting}</h3>
      <dl class="facts">
        {rows.map(([label, value]) => (
          <div class="fact" key={label}>
            <dt>{label}</dt>
            <dd class={value ? "" : "missing"}>{value ?? T.unknown}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
