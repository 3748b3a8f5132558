import { getFormatter, getTranslations } from "next-intl/server";
import { areaLine, type AreaLine, type Outcome } from "@/domain/outcome";
import type { Tally, TallyUnit } from "@/server/tallies/compute";
import { LiveRefresh } from "./live-refresh";
import { scrollRegion } from "@/components/scroll-region";

type Question = {
  id: string;
  kind: string;
  text: string;
  options: { id: string; key: string | null; label: string }[];
};

const OUTCOME_CLASS: Record<Outcome, string> = {
  ADOPTED: "tally-outcome--yes",
  AWAITING_RECOGNITION: "tally-outcome--wait",
  NOT_ADOPTED: "tally-outcome--no",
  PENDING: "tally-outcome--pending",
};

type Figures = Pick<TallyUnit, "roll" | "responded" | "options" | "blank" | "invalid" | "answered">;
type Row = { key: string; name: string; figures: Figures; outcome: Outcome | null; area: boolean };

/**
 * Turnout per neighbourhood, then every question: choice questions with each option's households as
 * shares of the respondents and of the roll (the base of the adoption rule, Law on Grassroots
 * Democracy Art 21 k1), blank and invalid ballots beside them so the shares of respondents add up;
 * free-text questions with how many households wrote an answer. For decision matters the outcome of
 * each neighbourhood, and the area line (areaLine) that never turns per-neighbourhood decisions into
 * one verdict.
 */
export async function TallySection({
  consultationId,
  tally,
  questions,
}: {
  consultationId: string;
  tally: Tally;
  questions: Question[];
}) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const num = (n: number) => format.number(n);
  const pct = (n: number, d: number) =>
    d ? format.number(n / d, { style: "percent", maximumFractionDigits: 1 }) : "—";
  const outcomeOf = new Map(tally.outcome?.units.map((u) => [u.id, u.outcome]) ?? []);
  const line = areaLine(tally.rule, tally.outcome);
  const rule = tally.rule;
  const ruleText = rule
    ? t(rule.inclusive ? "tally.ruleAtLeast" : "tally.ruleMoreThan", {
        numerator: rule.numerator,
        denominator: rule.denominator,
      }) +
      (rule.aggregation === "SHARE_OF_NEIGHBOURHOODS" && rule.unitShare
        ? ` ${t("tally.ruleUnits", { numerator: rule.unitShare.numerator, denominator: rule.unitShare.denominator })}`
        : "") +
      (rule.aggregation === "WHOLE_AREA" ? ` ${t("tally.ruleWhole")}` : "")
    : null;
  const rows: Row[] = [
    ...tally.units.map((u) => ({
      key: u.neighbourhoodId,
      name: u.name,
      figures: u,
      outcome: outcomeOf.get(u.neighbourhoodId) ?? null,
      area: false,
    })),
    { key: "area", name: t("tally.area"), figures: tally, outcome: null, area: true },
  ];
  const badge = (o: Outcome) => <span className={`tally-outcome ${OUTCOME_CLASS[o]}`}>{t(`tally.outcome.${o}`)}</span>;
  const areaText = (l: AreaLine) =>
    l.kind === "VERDICT" ? (
      badge(l.outcome)
    ) : (
      <span className="tally-outcome tally-outcome--units">
        {t(l.awaitingRecognition ? "tally.unitsAdoptedAwaiting" : "tally.unitsAdopted", {
          adopted: num(l.adopted),
          total: num(l.total),
        })}
      </span>
    );
  const shares = (n: number, f: Figures) => (
    <>
      {num(n)}
      <span className="tally-shares">
        {pct(n, f.responded)} · {pct(n, f.roll)}
      </span>
    </>
  );
  const exportHref = (what: string, fmt: string) =>
    `/api/consultations/${consultationId}/export?what=${what}&format=${fmt}`;
  const RowHeader = ({ row }: { row: Row }) => <th scope="row">{row.area ? <strong>{row.name}</strong> : row.name}</th>;
  return (
    <section className="detail-panel tally" aria-labelledby="tally-title">
      <h2 id="tally-title">{t(tally.final ? "tally.titleFinal" : "tally.titleLive")}</h2>
      {tally.final ? null : (
        <LiveRefresh
          seconds={30}
          labels={{
            live: t("tally.live", {
              seconds: 30,
              time: format.dateTime(new Date(tally.computedAt), { timeStyle: "medium" }),
            }),
            paused: t("tally.paused", { time: format.dateTime(new Date(tally.computedAt), { timeStyle: "medium" }) }),
            pause: t("tally.pause"),
            resume: t("tally.resume"),
          }}
        />
      )}
      <p className="tally-summary">
        {t("tally.summary", {
          responded: num(tally.responded),
          roll: num(tally.roll),
          turnout: pct(tally.responded, tally.roll),
        })}
        {" · "}
        {Object.entries(tally.byChannel)
          .map(([ch, n]) => `${t(`channel.${ch}` as never)}: ${num(n)}`)
          .join(" · ")}
      </p>
      {ruleText ? (
        <>
          <p>
            <strong>{t("tally.rule")}</strong> {ruleText}.
          </p>
          {line ? (
            <p className="tally-area-line">
              <strong>{t("tally.areaResult")}</strong> {areaText(line)}
            </p>
          ) : null}
          {line?.kind === "UNITS_ADOPTED" ? <p className="hint">{t("tally.perUnitNote")}</p> : null}
          <p className="hint">{t("tally.ruleBaseNote")}</p>
        </>
      ) : (
        <p className="notice">{t("tally.advisory")}</p>
      )}

      <div className="table-wrap" {...scrollRegion(t("tally.participation"))}>
        <table className="table">
          <caption>{t("tally.participation")}</caption>
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
            {rows.map((row) => (
              <tr key={row.key}>
                <RowHeader row={row} />
                <td className="num">{num(row.figures.roll)}</td>
                <td className="num">{num(row.figures.responded)}</td>
                <td className="num">{pct(row.figures.responded, row.figures.roll)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {questions.some((q) => q.kind !== "FREE_TEXT") ? <p className="hint">{t("tally.sharesNote")}</p> : null}
      {questions.map((q, i) => {
        const caption = t("tally.question", { number: i + 1, question: q.text });
        if (q.kind === "FREE_TEXT") {
          return (
            <div key={q.id} className="table-wrap" {...scrollRegion(caption)}>
              <table className="table">
                <caption>{caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("tally.neighbourhood")}</th>
                    <th scope="col" className="num">
                      {t("tally.responded")}
                    </th>
                    <th scope="col" className="num">
                      {t("tally.answered")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => {
                    // A tally frozen before free-text answers were counted has no figure: unknown, not zero.
                    const n = row.figures.answered[q.id];
                    return (
                      <tr key={row.key}>
                        <RowHeader row={row} />
                        <td className="num">{num(row.figures.responded)}</td>
                        <td className="num">
                          {n === undefined ? "—" : `${num(n)} (${pct(n, row.figures.responded)})`}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
              <p className="hint">{t("tally.freeTextNote")}</p>
            </div>
          );
        }
        const decides = q.id === tally.decisionQuestionId && tally.outcome !== null;
        return (
          <div key={q.id} className="table-wrap" {...scrollRegion(caption)}>
            <table className="table tally-question">
              <caption>{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("tally.neighbourhood")}</th>
                  <th scope="col" className="num">
                    {t("tally.responded")}
                  </th>
                  {q.options.map((o) => (
                    <th key={o.id} scope="col" className="num">
                      {o.label}
                    </th>
                  ))}
                  <th scope="col" className="num">
                    {t("tally.blank")}
                  </th>
                  <th scope="col" className="num">
                    {t("tally.invalid")}
                  </th>
                  {decides ? <th scope="col">{t("tally.result")}</th> : null}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.key}>
                    <RowHeader row={row} />
                    <td className="num">{num(row.figures.responded)}</td>
                    {q.options.map((o) => (
                      <td key={o.id} className="num">
                        {shares(row.figures.options[o.id] ?? 0, row.figures)}
                      </td>
                    ))}
                    <td className="num">{shares(row.figures.blank, row.figures)}</td>
                    <td className="num">{shares(row.figures.invalid, row.figures)}</td>
                    {decides ? (
                      <td>{row.area ? (line ? areaText(line) : null) : row.outcome ? badge(row.outcome) : null}</td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
      <p className="tally-exports">
        <a className="button button--small" href={exportHref("tally", "xlsx")}>
          {t("tally.exportXlsx")}
        </a>{" "}
        <a className="button button--small" href={exportHref("tally", "csv")}>
          {t("tally.exportCsv")}
        </a>{" "}
        <a className="button button--small" href={exportHref("responses", "xlsx")}>
          {t("tally.exportResponses")}
        </a>
      </p>
    </section>
  );
}
