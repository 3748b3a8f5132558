import { getTranslations } from "next-intl/server";
import { getDates, type PublicConsultation } from "./format";

type Posting = PublicConsultation["postings"][number];

/**
 * The disclosure log: where and when the notice was posted. A posting past its validity is shown
 * as expired and muted, never as current.
 */
export async function Postings({ postings }: { postings: Posting[] }) {
  const [t, { date }] = await Promise.all([getTranslations("publicPages"), getDates()]);
  const place = (p: Posting) =>
    p.place === "CULTURAL_HOUSE" && p.neighbourhood
      ? t("posting.culturalHouse", { neighbourhood: p.neighbourhood.name })
      : t(`place.${p.place}`);
  return (
    <ul className="posting-list">
      {postings.map((p) => (
        <li key={p.id} className={p.expired ? "posting posting--expired" : "posting"}>
          <p className="posting__head">
            <strong>{place(p)}</strong>
            <span className={p.expired ? "badge badge--expired" : "badge badge--open"}>
              {t(p.expired ? "posting.expired" : "posting.current")}
            </span>
          </p>
          <dl className="posting__dates">
            <div>
              <dt>{t("posting.postedAt")}</dt>
              <dd>
                <time dateTime={p.postedAt.toISOString()}>{date(p.postedAt)}</time>
              </dd>
            </div>
            <div>
              <dt>{t("posting.validUntil")}</dt>
              <dd>
                {p.validUntil ? (
                  <time dateTime={p.validUntil.toISOString()}>{date(p.validUntil)}</time>
                ) : (
                  t("posting.noEnd")
                )}
              </dd>
            </div>
          </dl>
          {p.note ? <p className="posting__note">{p.note}</p> : null}
          {p.photoDocumentId ? (
            <p className="posting__photo">
              <a href={`/api/documents/${p.photoDocumentId}`}>{t("posting.photo")}</a>
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
