import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Matter } from "@/generated/prisma/enums";
import type { Outcome } from "@/domain/outcome";
import { DataTable } from "@/components/console/data-table";
import { FigureTable } from "@/components/results/figure-table";
import { scrollRegion } from "@/components/scroll-region";
import { getNumbers } from "@/components/results/numbers";

type Summary = {
  year: number;
  held: number;
  roll: number;
  responded: number;
  byMatter: { matter: string; held: number; adopted: number; notAdopted: number; perUnit: number; advisory: number }[];
};

/** The year's figures for the report to the province: a commune's dashboard and the province's summary. */
export async function YearSummary({
  summary,
  extra,
}: {
  summary: Summary;
  extra?: { label: string; value: number }[];
}) {
  const [t, { num, pct }] = await Promise.all([getTranslations(), getNumbers()]);
  const stats = [
    { label: t("dashboard.held"), value: num(summary.held) },
    { label: t("dashboard.participation"), value: pct(summary.responded, summary.roll) },
    { label: t("dashboard.households"), value: `${num(summary.responded)} / ${num(summary.roll)}` },
    ...(extra ?? []).map((x) => ({ label: x.label, value: num(x.value) })),
  ];
  return (
    <section aria-labelledby="summary-title" className="panel">
      <h2 id="summary-title">{t("dashboard.summaryTitle", { year: summary.year })}</h2>
      <dl className="stats">
        {stats.map((x) => (
          <div key={x.label}>
            <dt>{x.label}</dt>
            <dd>{x.value}</dd>
          </div>
        ))}
      </dl>
      {summary.byMatter.length ? (
        <div className="table-wrap" {...scrollRegion(t("dashboard.summaryTitle", { year: summary.year }))}>
          <FigureTable
            columns={[
              { label: t("console.colMatter") },
              { label: t("dashboard.held"), numeric: true },
              { label: t("tally.outcome.ADOPTED"), numeric: true },
              { label: t("tally.outcome.NOT_ADOPTED"), numeric: true },
              { label: t("dashboard.perUnit"), numeric: true },
              { label: t("dashboard.advisory"), numeric: true },
            ]}
            rows={summary.byMatter.map((m) => ({
              key: m.matter,
              header: t(`matter.${m.matter as Matter}`),
              cells: [m.held, m.adopted, m.notAdopted, m.perUnit, m.advisory],
            }))}
          />
        </div>
      ) : null}
    </section>
  );
}

type Row = {
  id: string;
  title: string;
  matter: Matter;
  status: string;
  opensAt: Date | null;
  closesAt: Date | null;
  daysLeft: number | null;
  roll: number;
  responded: number;
  outcome: Outcome | "ADVISORY" | null;
  /** Decided per neighbourhood: how many adopted, instead of one verdict. */
  units?: { adopted: number; total: number; awaitingRecognition: boolean } | null;
  communeId?: string;
};

/**
 * The year's consultations with status, period, days left, turnout and outcome. `communes` adds the
 * commune's column (the province's summary); `link` links each title to its console page.
 */
export async function ConsultationRows({
  rows,
  communes,
  link,
}: {
  rows: Row[];
  communes?: Map<string, string>;
  link?: (id: string) => string;
}) {
  const [t, { format, num, pct }] = await Promise.all([getTranslations(), getNumbers()]);
  const date = (d: Date | null) =>
    d ? format.dateTime(d, { day: "2-digit", month: "2-digit", year: "numeric" }) : "—";
  return (
    <DataTable
      columns={[
        communes ? t("province.colCommune") : false,
        t("console.colTitle"),
        t("console.colStatus"),
        t("dashboard.period"),
        { label: t("dashboard.daysLeft"), numeric: true },
        { label: t("tally.turnout"), numeric: true },
        t("tally.result"),
      ]}
      rows={rows}
      empty={<p>{t("console.empty")}</p>}
    >
      {(r) => (
        <tr key={r.id}>
          {communes ? <td>{communes.get(r.communeId ?? "")}</td> : null}
          <td>
            {link ? <Link href={link(r.id)}>{r.title}</Link> : r.title}
            <br />
            <span className="muted">{t(`matter.${r.matter}`)}</span>
          </td>
          <td>
            <span className={`badge badge--${r.status.toLowerCase()}`}>{t(`status.${r.status}` as never)}</span>
          </td>
          <td>
            {date(r.opensAt)} – {date(r.closesAt)}
          </td>
          <td className="num">{r.daysLeft ?? "—"}</td>
          <td className="num">
            {pct(r.responded, r.roll)}
            <br />
            <span className="muted">
              {num(r.responded)}/{num(r.roll)}
            </span>
          </td>
          <td>
            {r.units
              ? t(r.units.awaitingRecognition ? "tally.unitsAdoptedAwaiting" : "tally.unitsAdopted", {
                  adopted: r.units.adopted,
                  total: r.units.total,
                })
              : r.outcome
                ? r.outcome === "ADVISORY"
                  ? t("dashboard.advisory")
                  : t(`tally.outcome.${r.outcome}`)
                : "—"}
          </td>
        </tr>
      )}
    </DataTable>
  );
}
