import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { Matter } from "@/generated/prisma/enums";
import type { Outcome } from "@/domain/outcome";

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
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const pct = (n: number, d: number) =>
    d ? format.number(n / d, { style: "percent", maximumFractionDigits: 1 }) : "—";
  return (
    <section aria-labelledby="summary-title" className="panel">
      <h2 id="summary-title">{t("dashboard.summaryTitle", { year: summary.year })}</h2>
      <dl className="stats">
        <div>
          <dt>{t("dashboard.held")}</dt>
          <dd>{format.number(summary.held)}</dd>
        </div>
        <div>
          <dt>{t("dashboard.participation")}</dt>
          <dd>{pct(summary.responded, summary.roll)}</dd>
        </div>
        <div>
          <dt>{t("dashboard.households")}</dt>
          <dd>
            {format.number(summary.responded)} / {format.number(summary.roll)}
          </dd>
        </div>
        {(extra ?? []).map((x) => (
          <div key={x.label}>
            <dt>{x.label}</dt>
            <dd>{format.number(x.value)}</dd>
          </div>
        ))}
      </dl>
      {summary.byMatter.length ? (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("console.colMatter")}</th>
                <th scope="col" className="num">
                  {t("dashboard.held")}
                </th>
                <th scope="col" className="num">
                  {t("tally.outcome.ADOPTED")}
                </th>
                <th scope="col" className="num">
                  {t("tally.outcome.NOT_ADOPTED")}
                </th>
                <th scope="col" className="num">
                  {t("dashboard.perUnit")}
                </th>
                <th scope="col" className="num">
                  {t("dashboard.advisory")}
                </th>
              </tr>
            </thead>
            <tbody>
              {summary.byMatter.map((m) => (
                <tr key={m.matter}>
                  <th scope="row">{t(`matter.${m.matter as Matter}`)}</th>
                  <td className="num">{m.held}</td>
                  <td className="num">{m.adopted}</td>
                  <td className="num">{m.notAdopted}</td>
                  <td className="num">{m.perUnit}</td>
                  <td className="num">{m.advisory}</td>
                </tr>
              ))}
            </tbody>
          </table>
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
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const pct = (n: number, d: number) =>
    d ? format.number(n / d, { style: "percent", maximumFractionDigits: 1 }) : "—";
  const date = (d: Date | null) =>
    d ? format.dateTime(d, { day: "2-digit", month: "2-digit", year: "numeric" }) : "—";
  if (rows.length === 0) return <p>{t("console.empty")}</p>;
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            {communes ? <th scope="col">{t("province.colCommune")}</th> : null}
            <th scope="col">{t("console.colTitle")}</th>
            <th scope="col">{t("console.colStatus")}</th>
            <th scope="col">{t("dashboard.period")}</th>
            <th scope="col" className="num">
              {t("dashboard.daysLeft")}
            </th>
            <th scope="col" className="num">
              {t("tally.turnout")}
            </th>
            <th scope="col">{t("tally.result")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
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
                  {format.number(r.responded)}/{format.number(r.roll)}
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
          ))}
        </tbody>
      </table>
    </div>
  );
}
