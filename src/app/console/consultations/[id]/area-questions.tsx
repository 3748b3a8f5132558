// Server sections: the area with the roll count per neighbourhood (once the roll is frozen), and the
// questions with their options.
import { getFormatter, getTranslations } from "next-intl/server";
import { HeadRow } from "@/components/head-row";
import type { Detail } from "./overview";

export async function AreaSection({ c, hasRoll }: { c: Detail; hasRoll: boolean }) {
  const [t, format] = await Promise.all([getTranslations("consultationDetail.area"), getFormatter()]);
  return (
    <section className="detail-section" aria-labelledby="area-title">
      <h2 id="area-title">{t("title")}</h2>
      <p className="hint">{t("count", { count: c.areas.length })}</p>
      {hasRoll ? (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <HeadRow columns={[{ label: t("colName") }, { label: t("colRoll"), numeric: true }]} />
            </thead>
            <tbody>
              {c.areas.map((a) => (
                <tr key={a.neighbourhoodId}>
                  <td>{a.neighbourhoodName}</td>
                  <td className="num">{format.number(c.rollByNeighbourhood[a.neighbourhoodId] ?? 0)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="detail-total">
                <th scope="row">{t("total")}</th>
                <td className="num">{format.number(c.rollSize)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      ) : (
        <>
          <ul className="area-list">
            {c.areas.map((a) => (
              <li key={a.neighbourhoodId}>{a.neighbourhoodName}</li>
            ))}
          </ul>
          <p className="hint">{t("noRoll")}</p>
        </>
      )}
    </section>
  );
}

export async function QuestionsSection({ c }: { c: Detail }) {
  const [t, tk] = await Promise.all([getTranslations("consultationDetail.questions"), getTranslations("questionKind")]);
  return (
    <section className="detail-section" aria-labelledby="questions-title">
      <h2 id="questions-title">{t("title")}</h2>
      {c.questions.length === 0 ? (
        <p className="muted">{t("none")}</p>
      ) : (
        <ol className="detail-questions">
          {c.questions.map((q) => (
            <li key={q.id}>
              <p className="detail-questions__text">{q.text}</p>
              <p className="hint">
                {tk(q.kind)}
                {q.allowComment && q.kind !== "FREE_TEXT" ? ` · ${t("comment")}` : ""}
              </p>
              {q.options.length ? (
                <ul className="detail-questions__options">
                  {q.options.map((o) => (
                    <li key={o.id}>{o.label}</li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
