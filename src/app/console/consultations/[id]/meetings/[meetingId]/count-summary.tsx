// A secret ballot's recorded count: the four totals, the votes per option, who counted and who
// witnessed. Server-rendered; counts carry no household.
import { getFormatter, getTranslations } from "next-intl/server";
import type { Question } from "./hands-cell";

type Meeting = {
  ballotsIssued: number | null;
  ballotsReturned: number | null;
  ballotsValid: number | null;
  ballotsInvalid: number | null;
  committee: string[];
  witnesses: string[];
};
type Props = { meeting: Meeting; questions: Question[]; counts: { optionId: string; count: number }[] };

export async function CountSummary({ meeting, questions, counts }: Props) {
  const t = await getTranslations("meetings");
  const format = await getFormatter();
  const n = (x: number | null) => (x === null ? "—" : format.number(x));
  const byOption = new Map(counts.map((c) => [c.optionId, c.count]));
  const totals: [string, number | null][] = [
    [t("count.issued"), meeting.ballotsIssued],
    [t("count.returned"), meeting.ballotsReturned],
    [t("count.valid"), meeting.ballotsValid],
    [t("count.invalid"), meeting.ballotsInvalid],
  ];
  return (
    <section className="detail-section" aria-labelledby="mtg-count-title">
      <h2 id="mtg-count-title">{t("secret.recordedTitle")}</h2>
      <dl className="mtg-facts mtg-facts--numbers">
        {totals.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{n(v)}</dd>
          </div>
        ))}
      </dl>
      {questions.map((q, i) => (
        <div key={q.id} className="detail-panel">
          <h3 className="detail-panel__title">
            {t("hands.questionShort", { n: i + 1 })}. {q.text}
          </h3>
          <ul className="mtg-votes">
            {q.options.map((o) => (
              <li key={o.id}>
                <span>{o.label}</span> <strong>{t("secret.votes", { count: n(byOption.get(o.id) ?? 0) })}</strong>
              </li>
            ))}
          </ul>
        </div>
      ))}
      <p>{t("secret.committeeList", { names: meeting.committee.join(", ") })}</p>
      <p>{t("secret.witnessList", { names: meeting.witnesses.join(", ") })}</p>
    </section>
  );
}
