import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { communeNamer } from "@/components/commune-name";
import { ForbiddenNotice } from "@/components/forbidden-notice";
import { isForbidden, orNavigate } from "@/server/api/page-guard";
import { getServerCaller } from "@/server/api/server-caller";
import { ConsultationRows, YearSummary } from "@/components/console/year-summary";
import { AwaitingResults } from "./awaiting-results";
import { readYearFilter, YearFilter } from "@/components/console/year-filter";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("province"))("title") };
}

type Props = { searchParams: Promise<{ year?: string; matter?: string; commune?: string }> };

/** Every commune of the province for a year: figures, results waiting, records; each commune opens read-only. */
export default async function ProvinceSummaryPage({ searchParams }: Props) {
  const params = await searchParams;
  const { year, matter } = readYearFilter(params);
  const caller = await getServerCaller();
  const data = await orNavigate(() => caller.province.summary({ year, matter }));
  if (isForbidden(data)) return <ForbiddenNotice />;
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const pct = (n: number, d: number) => (d ? format.number(n / d, { style: "percent", maximumFractionDigits: 1 }) : "—");
  const nameOf = await communeNamer();
  const names = new Map(data.communes.map((c) => [c.id, nameOf(c)]));
  const { summary } = data;
  const filter = `year=${year}${matter ? `&matter=${matter}` : ""}`;
  const exportHref = `/api/province/summary?${filter}`;
  // A province's year holds hundreds of consultations: the page lists one commune's at a time (the
  // export holds them all).
  const chosen = data.communes.find((c) => c.id === params.commune);
  return (
    <>
      <h1>{t("province.title")}</h1>
      <p className="lead">{t("province.lead", { province: data.province.name, communes: summary.communes, year })}</p>
      <YearFilter year={year} matter={matter} />
      <p>
        <a className="button button--small" href={exportHref} download>
          {t("province.export")}
        </a>
      </p>
      <YearSummary summary={summary} extra={[{ label: t("province.records"), value: summary.records }]} />

      <h2 id="communes-title">{t("province.communesTitle")}</h2>
      <div className="table-wrap">
        <table className="table" aria-labelledby="communes-title">
          <thead>
            <tr>
              <th scope="col">{t("province.colCommune")}</th>
              <th scope="col" className="num">{t("province.colConsultations")}</th>
              <th scope="col" className="num">{t("province.colOpen")}</th>
              <th scope="col" className="num">{t("tally.turnout")}</th>
              <th scope="col" className="num">{t("province.colAwaiting")}</th>
              <th scope="col" className="num">{t("province.colOverdue")}</th>
              <th scope="col" className="num">{t("province.colRecords")}</th>
              <th scope="col">{t("province.colRead")}</th>
            </tr>
          </thead>
          <tbody>
            {data.communes.map((c) => (
              <tr key={c.id}>
                <th scope="row">
                  {names.get(c.id)}
                  <br />
                  <span className="muted">{c.code}</span>
                </th>
                <td className="num">
                  {c.consultations ? <Link href={`/console/province?${filter}&commune=${c.id}#consultations-title`}>{format.number(c.consultations)}</Link> : 0}
                </td>
                <td className="num">{format.number(c.open)}</td>
                <td className="num">
                  {pct(c.responded, c.roll)}
                  <br />
                  <span className="muted">
                    {format.number(c.responded)}/{format.number(c.roll)}
                  </span>
                </td>
                <td className="num">{format.number(c.awaitingResults)}</td>
                <td className={c.overdue ? "num warn" : "num"}>{format.number(c.overdue)}</td>
                <td className="num">{format.number(c.records)}</td>
                <td>
                  <form method="post" action={`/console/province/view/${c.id}`}>
                    <button className="button button--small" type="submit" aria-label={t("province.readLabel", { commune: names.get(c.id)! })}>
                      {t("province.read")}
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <AwaitingResults rows={data.awaitingResults} names={names} />
      <section aria-labelledby="consultations-title">
        <h2 id="consultations-title">{chosen ? t("province.consultationsOf", { commune: names.get(chosen.id)! }) : t("province.consultationsTitle")}</h2>
        {chosen ? (
          <ConsultationRows rows={data.consultations.filter((r) => r.communeId === chosen.id)} />
        ) : (
          <p className="hint">{t("province.consultationsPick")}</p>
        )}
      </section>
    </>
  );
}
