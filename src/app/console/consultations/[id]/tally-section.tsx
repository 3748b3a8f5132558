import { getTranslations } from "next-intl/server";
import { areaLine, type Outcome } from "@/domain/outcome";
import type { Tally, TallyUnit } from "@/server/tallies/compute";
import { type Column } from "@/components/head-row";
import { FigureTable } from "@/components/results/figure-table";
import { getNumbers } from "@/components/results/numbers";
import { AreaOutcome, OutcomeBadge, RuleLine } from "@/components/results/outcome";
import { TurnoutTable } from "@/components/results/turnout-table";
import { scrollRegion } from "@/components/scroll-region";
import { LiveRefresh } from "./live-refresh";

type Question = {
  id: string;
  kind: string;
  text: string;
  options: { id: string; key: string | null; label: string }[];
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
  const [t, { format, num, pct, withShares }] = await Promise.all([getTranslations(), getNumbers()]);
  const outcomeOf = new Map(tally.outcome?.units.map((u) => [u.id, u.outcome]) ?? []);
  const line = areaLine(tally.rule, tally.outcome);
  const areaResult = line ? <AreaOutcome line={line} look="tally-outcome" /> : null;
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
  const header = (row: Row) => (row.area ? <strong>{row.name}</strong> : row.name);
  // Every question's table opens with the neighbourhood and how many of its households responded.
  const byNeighbourhood: Column[] = [
    { label: t("tally.neighbourhood") },
    { label: t("tally.responded"), numeric: true },
  ];
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
  const computedAt = format.dateTime(new Date(tally.computedAt), { timeStyle: "medium" });
  return (
    <section className="detail-panel tally" aria-labelledby="tally-title">
      <h2 id="tally-title">{t(tally.final ? "tally.titleFinal" : "tally.titleLive")}</h2>
      {tally.final ? null : (
        <LiveRefresh
          seconds={30}
          labels={{
            live: t("tally.live", { seconds: 30, time: computedAt }),
            paused: t("tally.paused", { time: computedAt }),
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
      {tally.rule ? (
        <>
          <RuleLine rule={tally.rule} />
          {areaResult ? (
            <p className="tally-area-line">
              <strong>{t("tally.areaResult")}</strong> {areaResult}
            </p>
          ) : null}
          {line?.kind === "UNITS_ADOPTED" ? <p className="hint">{t("tally.perUnitNote")}</p> : null}
          <p className="hint">{t("tally.ruleBaseNote")}</p>
        </>
      ) : (
        <p className="notice">{t("tally.advisory")}</p>
      )}

      <div className="table-wrap" {...scrollRegion(t("tally.participation"))}>
        <TurnoutTable
          caption={t("tally.participation")}
          rows={rows.map((row) => ({
            key: row.key,
            header: header(row),
            roll: row.figures.roll,
            responded: row.figures.responded,
          }))}
        />
      </div>

      {questions.some((q) => q.kind !== "FREE_TEXT") ? <p className="hint">{t("tally.sharesNote")}</p> : null}
      {questions.map((q, i) => {
        const caption = t("tally.question", { number: i + 1, question: q.text });
        if (q.kind === "FREE_TEXT") {
          return (
            <div key={q.id} className="table-wrap" {...scrollRegion(caption)}>
              <FigureTable
                caption={caption}
                columns={[...byNeighbourhood, { label: t("tally.answered"), numeric: true }]}
                rows={rows.map((row) => {
                  // A tally frozen before free-text answers were counted has no figure: unknown, not zero.
                  const n = row.figures.answered[q.id];
                  return {
                    key: row.key,
                    header: header(row),
                    cells: [num(row.figures.responded), n === undefined ? "—" : withShares(n, row.figures.responded)],
                  };
                })}
              />
              <p className="hint">{t("tally.freeTextNote")}</p>
            </div>
          );
        }
        const decides = q.id === tally.decisionQuestionId && tally.outcome !== null;
        return (
          <div key={q.id} className="table-wrap" {...scrollRegion(caption)}>
            <FigureTable
              className="tally-question"
              caption={caption}
              columns={[
                ...byNeighbourhood,
                ...q.options.map((o) => ({ label: o.label, numeric: true })),
                { label: t("tally.blank"), numeric: true },
                { label: t("tally.invalid"), numeric: true },
                ...(decides ? [{ label: t("tally.result") }] : []),
              ]}
              rows={rows.map((row) => ({
                key: row.key,
                header: header(row),
                cells: [
                  num(row.figures.responded),
                  ...q.options.map((o) => shares(row.figures.options[o.id] ?? 0, row.figures)),
                  shares(row.figures.blank, row.figures),
                  shares(row.figures.invalid, row.figures),
                  ...(decides
                    ? [
                        row.area ? (
                          areaResult
                        ) : row.outcome ? (
                          <OutcomeBadge outcome={row.outcome} look="tally-outcome" />
                        ) : null,
                      ]
                    : []),
                ],
              }))}
            />
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
