import { getTranslations } from "next-intl/server";
import { getDates, type PublicConsultation } from "./format";

type Step = { key: "published" | "opens" | "meeting" | "closes"; at: Date };

/** Publication, opening, meeting and closing, in time order; the ones already past are marked. */
export async function Timeline({ c, now }: { c: PublicConsultation; now: Date }) {
  const [t, { when }] = await Promise.all([getTranslations("publicPages.timeline"), getDates()]);
  const steps = (
    [
      { key: "published", at: c.publishedAt },
      { key: "opens", at: c.opensAt },
      { key: "meeting", at: c.meetingAt },
      { key: "closes", at: c.closesAt },
    ] as { key: Step["key"]; at: Date | null }[]
  )
    .filter((s): s is Step => s.at !== null)
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  return (
    <ol className="timeline">
      {steps.map((s) => {
        const done = s.at <= now;
        return (
          <li key={s.key} className={done ? "timeline__step timeline__step--done" : "timeline__step"}>
            <span className="timeline__label">{t(s.key)}</span>
            <time className="timeline__when" dateTime={s.at.toISOString()}>
              {when(s.at)}
            </time>
            <span className={done ? "badge" : "badge badge--published"}>{t(done ? "done" : "upcoming")}</span>
          </li>
        );
      })}
    </ol>
  );
}
