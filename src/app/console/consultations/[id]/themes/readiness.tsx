"use client";
// How far the answering is: what still stands between the consultation and publishing its results.
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { ThemeList } from "./types";

type Props = { readiness: ThemeList["readiness"]; themes: number; workable: boolean; consultationHref: string };

export function Readiness({ readiness, themes, workable, consultationHref }: Props) {
  const t = useTranslations("themes.readiness");
  const tl = useTranslations("lifecycleAction");
  const format = useFormatter();
  const facts = [
    { key: "ungrouped", value: readiness.ungrouped, pending: readiness.ungrouped > 0 },
    { key: "unanswered", value: readiness.unanswered, pending: readiness.unanswered > 0 },
    { key: "unapproved", value: readiness.unapproved, pending: readiness.unapproved > 0 },
    { key: "themes", value: themes, pending: false },
  ] as const;
  return (
    <section className="detail-panel th-ready" aria-labelledby="th-ready-title">
      <h2 id="th-ready-title" className="detail-panel__title">
        {t("title")}
      </h2>
      <dl className="th-ready__facts" aria-live="polite">
        {facts.map((f) => (
          <div key={f.key} className={f.pending ? "th-ready__fact th-ready__fact--pending" : "th-ready__fact"}>
            <dt>{t(f.key)}</dt>
            <dd>{format.number(f.value)}</dd>
          </div>
        ))}
      </dl>
      {workable ? (
        <>
          {readiness.ready ? (
            <p className="ok-note th-ready__verdict">{t("ready")}</p>
          ) : (
            <p className="th-ready__verdict">{t("notReady")}</p>
          )}
          <p className="hint th-ready__hint">
            {t.rich("publishHint", {
              action: tl("publishResults"),
              link: (chunks) => <Link href={consultationHref}>{chunks}</Link>,
            })}
          </p>
        </>
      ) : null}
    </section>
  );
}
