import { getFormatter, getTranslations } from "next-intl/server";
import type { Outcome } from "@/domain/outcome";
import type { Tally } from "@/server/tallies/compute";
import { LiveRefresh } from "./live-refresh";

type Question = { id: string; kind: string; text: string; options: { id: string; key: string | null; label: string }[] };

const OUTCOME_CLASS: Record<Outcome, string> = {
  ADOPTED: "tally-outcome--yes",
  AWAITING_RECOGNITION: "tally-outcome--wait",
  NOT_ADOPTED: "tally-outcome--no",
  PENDING: "tally-outcome--pending",
};

/** Turnout and counts per neighbourhood; for decision matters the outcome with the rule beside it. */
export async function TallySection({ consultationId, tally, questions }: { consultationId: string; tally: Tally; questions: Question[] }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const decision = questions.find((q) => q.id === tally.decisionQuestionId) ?? questions.find((q) => q.kind !== "FREE_TEXT");
  const pct = (n: number, d: number) => (d ? format.number(n / d, { style: "percent", maximumFractionDigits: 1 }) : "—");
  const outcomeOf = new Map(tally.outcome?.units.map((u) => [u.id, u.outcome]) ?? []);
  const rule = tally.rule;
  const ruleText = rule
    ? t(rule.inclusive ? "tally.ruleAtLeast" : "tally.ruleMoreThan", { numerator: rule.numerator, denominator: rule.denominator }) +
      (rule.aggregation === "SHARE_OF_NEIGHBOURHOODS" && rule.unitShare ? ` ${t("tally.ruleUnits", { numerator: rule.unitShare.numerator, denominator: rule.unitShare.denominator })}` : "") +
      (rule.aggregation === "WHOLE_AREA" ? ` ${t("tally.ruleWhole")}` : "")
    : null;
  const exportHref = (what: string, fmt: string) => `/api/consultations/${consultationId}/export?what=${what}&format=${fmt}`;
  return (
    <section className="detail-panel tally" aria-labelledby="tally-title">
      <h2 id="tally-title">{t(tally.final ? "tally.titleFinal" : "tally.titleLive")}</h2>
      {tally.final ? null : (
        <LiveRefresh
          seconds={30}
          labels={{
            live: t("tally.live", { seconds: 30, time: format.dateTime(new Date(tally.computedAt), { timeStyle: "medium" }) }),
            paused: t("tally.paused", { time: format.dateTime(new Date(tally.computedAt), { timeStyle: "medium" }) }),
            pause: t("tally.pause"),
            resume: t("tally.resume"),
          }}
        />
      )}
      <p className="tally-summary">
        {t("tally.summary", { responded: format.number(tally.responded), roll: format.number(tally.roll), turnout: pct(tally.responded, tally.roll) })}
        {" · "}
        {Object.entries(tally.byChannel)
          .map(([ch, n]) => `${t(`channel.${ch}` as never)}: ${format.number(n)}`)
          .join(" · ")}
      </p>
      {ruleText ? (
        <p>
          <strong>{t("tally.rule")}</strong> {ruleText}.{" "}
          {tally.outcome ? <span className={`tally-outcome ${OUTCOME_CLASS[tally.outcome.overall]}`}>{t(`tally.outcome.${tally.outcome.overall}`)}</span> : null}
        </p>
      ) : (
        <p className="notice">{t("tally.advisory")}</p>
      )}
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("tally.neighbourhood")}</th>
              <th scope="col" className="num">{t("tally.roll")}</th>
              <th scope="col" className="num">{t("tally.responded")}</th>
              <th scope="col" className="num">{t("tally.turnout")}</th>
              {decision?.options.map((o) => (
                <th key={o.id} scope="col" className="num">
                  {o.label}
                </th>
              ))}
              {tally.outcome ? <th scope="col">{t("tally.result")}</th> : null}
            </tr>
          </thead>
          <tbody>
            {tally.units.map((u) => {
              const outcome = outcomeOf.get(u.neighbourhoodId);
              return (
                <tr key={u.neighbourhoodId}>
                  <th scope="row">{u.name}</th>
                  <td className="num">{format.number(u.roll)}</td>
                  <td className="num">{format.number(u.responded)}</td>
                  <td className="num">{pct(u.responded, u.roll)}</td>
                  {decision?.options.map((o) => (
                    <td key={o.id} className="num">
                      {format.number(u.options[o.id] ?? 0)} <span className="muted">({pct(u.options[o.id] ?? 0, u.roll)})</span>
                    </td>
                  ))}
                  {outcome ? (
                    <td>
                      <span className={`tally-outcome ${OUTCOME_CLASS[outcome]}`}>{t(`tally.outcome.${outcome}`)}</span>
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {decision ? <p className="hint">{t("tally.sharesNote", { question: decision.text })}</p> : null}
      <p className="tally-exports">
        <a className="button button--small" href={exportHref("tally", "xlsx")}>{t("tally.exportXlsx")}</a>{" "}
        <a className="button button--small" href={exportHref("tally", "csv")}>{t("tally.exportCsv")}</a>{" "}
        <a className="button button--small" href={exportHref("responses", "xlsx")}>{t("tally.exportResponses")}</a>
      </p>
    </section>
  );
}
