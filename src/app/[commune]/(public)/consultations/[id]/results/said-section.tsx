import { getTranslations } from "next-intl/server";
import { BarChart } from "@/components/public/charts";
import { getNumbers } from "./format";
import { QuestionResult } from "./question-result";
import type { PublicResults } from "./types";
import { Verdict } from "./verdict";

/** Participation overall, by channel and by neighbourhood; the outcome; then each question's answers. */
export async function SaidSection({ r }: { r: PublicResults }) {
  const [t, { num, pct }] = await Promise.all([getTranslations(), getNumbers()]);
  const { tally } = r;
  const channels = Object.entries(tally.byChannel).filter(([, n]) => n > 0);
  return (
    <section aria-labelledby="said">
      <h2 id="said">{t("results.said.title")}</h2>
      <div className="results-stat">
        <p className="results-stat__big">
          {t("results.said.participation", { responded: num(tally.responded), roll: num(tally.roll) })}
        </p>
        <p className="results-stat__turnout">
          {t("results.said.turnout", { turnout: pct(tally.responded, tally.roll) })}
        </p>
        {channels.length ? (
          <dl className="results-channels">
            {channels.map(([ch, n]) => (
              <div key={ch}>
                <dt>{t(`channel.${ch}` as never)}</dt>
                <dd>{t("results.said.channelCount", { count: num(n) })}</dd>
              </div>
            ))}
          </dl>
        ) : (
          <p>{t("results.said.noResponses")}</p>
        )}
      </div>

      <Verdict r={r} />

      <figure className="results-figure" aria-labelledby="turnout-caption">
        <figcaption id="turnout-caption">
          <span className="results-figure__title">{t("results.said.turnoutChart")}</span>
          <span className="hint">{t("results.said.turnoutHelp")}</span>
        </figcaption>
        <BarChart
          id="turnout-chart"
          title={t("results.said.turnoutChart")}
          rows={tally.units.map((u) => ({
            label: u.name,
            value: u.responded,
            max: u.roll,
            note: t("results.said.turnoutNote", {
              responded: num(u.responded),
              roll: num(u.roll),
              turnout: pct(u.responded, u.roll),
            }),
          }))}
        />
        <div className="results-data">
          <table className="table">
            <caption>{t("results.said.turnoutChart")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("tally.neighbourhood")}</th>
                <th scope="col" className="num">
                  {t("tally.roll")}
                </th>
                <th scope="col" className="num">
                  {t("tally.responded")}
                </th>
                <th scope="col" className="num">
                  {t("tally.turnout")}
                </th>
              </tr>
            </thead>
            <tbody>
              {tally.units.map((u) => (
                <tr key={u.neighbourhoodId}>
                  <th scope="row">{u.name}</th>
                  <td className="num">{num(u.roll)}</td>
                  <td className="num">{num(u.responded)}</td>
                  <td className="num">{pct(u.responded, u.roll)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </figure>

      {r.questions.map((q, i) => (
        <QuestionResult key={q.id} question={q} number={i + 1} tally={tally} />
      ))}
    </section>
  );
}
