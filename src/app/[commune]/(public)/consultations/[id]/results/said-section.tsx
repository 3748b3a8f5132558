import { getTranslations } from "next-intl/server";
import { BarChart } from "@/components/public/charts";
import { getNumbers } from "@/components/results/numbers";
import { TurnoutTable } from "@/components/results/turnout-table";
import { QuestionResult } from "./question-result";
import { ResultsFigure } from "./results-figure";
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

      <ResultsFigure
        id="turnout"
        title={t("results.said.turnoutChart")}
        help={t("results.said.turnoutHelp")}
        chart={
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
        }
        table={
          <TurnoutTable
            caption={t("results.said.turnoutChart")}
            rows={tally.units.map((u) => ({
              key: u.neighbourhoodId,
              header: u.name,
              roll: u.roll,
              responded: u.responded,
            }))}
          />
        }
      />

      {r.questions.map((q, i) => (
        <QuestionResult key={q.id} question={q} number={i + 1} tally={tally} />
      ))}
    </section>
  );
}
