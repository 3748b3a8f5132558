import { getTranslations } from "next-intl/server";
import { BarChart, StackedBar, type Series, type Tone } from "@/components/public/charts";
import type { Tally } from "@/server/tallies/compute";
import { getNumbers } from "./format";
import type { ResultsQuestion } from "./types";

const TONE: Record<string, Tone> = { AGREE: "agree", DISAGREE: "disagree", OTHER: "other" };

type Row = { key: string; label: string; roll: number; responded: number; options: Record<string, number> };

/**
 * One question's answers: approval questions as a stacked bar (overall, then each neighbourhood),
 * choice questions as one bar per option; shares are of the households that responded. For decision
 * matters the approval chart also gives each option's share of all households on the roll, which
 * the adoption rule counts (Law on Grassroots Democracy Art 21 k1), so a high share of respondents
 * beside "not adopted" explains itself. The table under the chart carries the same figures for
 * screen readers and print.
 */
export async function QuestionResult({
  question: q,
  number,
  tally,
}: {
  question: ResultsQuestion;
  number: number;
  tally: Tally;
}) {
  const [t, { num, pct }] = await Promise.all([getTranslations(), getNumbers()]);
  const caption = t("results.said.question", { number, question: q.text });
  const captionId = `q${number}-caption`;
  if (q.kind === "FREE_TEXT") {
    return (
      <div className="results-figure">
        <p className="results-figure__title">{caption}</p>
        <p className="hint">{t("results.said.freeText")}</p>
      </div>
    );
  }

  const overall: Row = {
    key: "all",
    label: t("results.said.allAreas"),
    roll: tally.roll,
    responded: tally.responded,
    options: tally.options,
  };
  const decision = tally.rule !== null;
  if (q.kind === "APPROVAL") {
    const rows: Row[] = [
      overall,
      ...(tally.units.length > 1 ? tally.units.map((u) => ({ key: u.neighbourhoodId, label: u.name, ...u })) : []),
    ];
    const unanswered = (row: Row) =>
      Math.max(row.responded - q.options.reduce((s, o) => s + (row.options[o.id] ?? 0), 0), 0);
    const withNone = rows.some((row) => unanswered(row) > 0);
    const columns = [
      ...q.options.map((o) => ({
        label: o.label,
        tone: TONE[o.key ?? ""] ?? "other",
        count: (row: Row) => row.options[o.id] ?? 0,
      })),
      ...(withNone ? [{ label: t("results.said.noAnswer"), tone: "none" as Tone, count: unanswered }] : []),
    ];
    const series: Series[] = columns.map((c) => ({
      label: c.label,
      tone: c.tone,
      note: decision
        ? t("results.said.legendNoteRoll", {
            count: num(c.count(overall)),
            share: pct(c.count(overall), overall.responded),
            rollShare: pct(c.count(overall), overall.roll),
          })
        : t("results.said.legendNote", {
            count: num(c.count(overall)),
            share: pct(c.count(overall), overall.responded),
          }),
    }));
    return (
      <figure className="results-figure" aria-labelledby={captionId}>
        <figcaption id={captionId}>
          <span className="results-figure__title">{caption}</span>
          <span className="hint">{t(decision ? "results.said.sharesHelpRoll" : "results.said.sharesHelp")}</span>
        </figcaption>
        <StackedBar
          id={`q${number}-chart`}
          title={caption}
          series={series}
          rows={rows.map((row) => ({
            label: row.label,
            note: decision
              ? t("results.said.rowNoteRoll", { count: num(row.responded), roll: num(row.roll) })
              : t("results.said.rowNote", { count: num(row.responded) }),
            values: columns.map((c) => c.count(row)),
            notes: columns.map((c) => pct(c.count(row), row.responded)),
          }))}
        />
        <div className="results-data">
          <table className="table">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t("tally.neighbourhood")}</th>
                <th scope="col" className="num">
                  {t("tally.responded")}
                </th>
                {columns.map((c) => (
                  <th key={c.label} scope="col" className="num">
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.label}</th>
                  <td className="num">{num(row.responded)}</td>
                  {columns.map((c) => (
                    <td key={c.label} className="num">
                      {num(c.count(row))} ({pct(c.count(row), row.responded)}
                      {decision ? ` · ${pct(c.count(row), row.roll)}` : null})
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </figure>
    );
  }

  return (
    <figure className="results-figure" aria-labelledby={captionId}>
      <figcaption id={captionId}>
        <span className="results-figure__title">{caption}</span>
        <span className="hint">
          {t(q.kind === "MULTIPLE_CHOICE" ? "results.said.multipleHelp" : "results.said.sharesHelp")}
        </span>
      </figcaption>
      <BarChart
        id={`q${number}-chart`}
        title={caption}
        rows={q.options.map((o) => {
          const n = tally.options[o.id] ?? 0;
          return {
            label: o.label,
            value: n,
            max: tally.responded,
            note: t("results.said.optionNote", { count: num(n), share: pct(n, tally.responded) }),
          };
        })}
      />
      <div className="results-data">
        <table className="table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t("results.said.option")}</th>
              <th scope="col" className="num">
                {t("results.said.households")}
              </th>
              <th scope="col" className="num">
                {t("results.said.share")}
              </th>
            </tr>
          </thead>
          <tbody>
            {q.options.map((o) => (
              <tr key={o.id}>
                <th scope="row">{o.label}</th>
                <td className="num">{num(tally.options[o.id] ?? 0)}</td>
                <td className="num">{pct(tally.options[o.id] ?? 0, tally.responded)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
