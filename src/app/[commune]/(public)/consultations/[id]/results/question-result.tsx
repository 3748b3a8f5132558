import { getTranslations } from "next-intl/server";
import { BarChart, StackedBar, type Series, type Tone } from "@/components/public/charts";
import { FigureTable } from "@/components/results/figure-table";
import { getNumbers } from "@/components/results/numbers";
import type { Tally } from "@/server/tallies/compute";
import { ResultsFigure } from "./results-figure";
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
  const [t, { num, pct, withShares }] = await Promise.all([getTranslations(), getNumbers()]);
  const caption = t("results.said.question", { number, question: q.text });
  const id = `q${number}`;
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
      <ResultsFigure
        id={id}
        title={caption}
        help={t(decision ? "results.said.sharesHelpRoll" : "results.said.sharesHelp")}
        chart={
          <StackedBar
            id={`${id}-chart`}
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
        }
        table={
          <FigureTable
            caption={caption}
            columns={[
              { label: t("tally.neighbourhood") },
              { label: t("tally.responded"), numeric: true },
              ...columns.map((c) => ({ label: c.label, numeric: true })),
            ]}
            rows={rows.map((row) => ({
              key: row.key,
              header: row.label,
              cells: [
                num(row.responded),
                ...columns.map((c) => withShares(c.count(row), row.responded, ...(decision ? [row.roll] : []))),
              ],
            }))}
          />
        }
      />
    );
  }

  const counts = q.options.map((o) => ({ option: o, n: tally.options[o.id] ?? 0 }));
  return (
    <ResultsFigure
      id={id}
      title={caption}
      help={t(q.kind === "MULTIPLE_CHOICE" ? "results.said.multipleHelp" : "results.said.sharesHelp")}
      chart={
        <BarChart
          id={`${id}-chart`}
          title={caption}
          rows={counts.map(({ option, n }) => ({
            label: option.label,
            value: n,
            max: tally.responded,
            note: t("results.said.optionNote", { count: num(n), share: pct(n, tally.responded) }),
          }))}
        />
      }
      table={
        <FigureTable
          caption={caption}
          columns={[
            { label: t("results.said.option") },
            { label: t("results.said.households"), numeric: true },
            { label: t("results.said.share"), numeric: true },
          ]}
          rows={counts.map(({ option, n }) => ({
            key: option.id,
            header: option.label,
            cells: [num(n), pct(n, tally.responded)],
          }))}
        />
      }
    />
  );
}
