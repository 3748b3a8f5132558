import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { matchesCommuneSearch } from "@/domain/communes";
import { perValue, rowTemplate } from "@/i18n/row-messages";
import { communeNamer } from "@/components/commune-name";
import { ForbiddenNotice } from "@/components/forbidden-notice";
import { isForbidden, orNavigate } from "@/server/api/page-guard";
import { SUMMARY_SHARED_MS } from "@/server/province/summary";
import { getServerCaller } from "@/server/api/server-caller";
import { ConsultationRows, YearSummary } from "@/components/console/year-summary";
import { HeadRow } from "@/components/head-row";
import { scrollRegion } from "@/components/scroll-region";
import { getNumbers } from "@/components/results/numbers";
import { AwaitingResults } from "./awaiting-results";
import { readYearFilter, YearFilter } from "@/components/console/year-filter";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("province"))("title") };
}

type Props = { searchParams: Promise<{ year?: string; matter?: string; commune?: string; q?: string; page?: string }> };

/** Communes per page of the table: a province holds up to ~170, and every row is rendered twice (HTML and its React payload). */
const COMMUNES_PER_PAGE = 20;

/** Every commune of the province for a year: figures, results waiting, records; each commune opens read-only. */
export default async function ProvinceSummaryPage({ searchParams }: Props) {
  const params = await searchParams;
  const { year, matter } = readYearFilter(params);
  const caller = await getServerCaller();
  const data = await orNavigate(() => caller.province.summary({ year, matter }));
  if (isForbidden(data)) return <ForbiddenNotice />;
  const [t, { format, pct }] = await Promise.all([getTranslations(), getNumbers()]);
  const nameOf = await communeNamer();
  const names = new Map(data.communes.map((c) => [c.id, nameOf(c)]));
  const { summary } = data;
  const filter = `year=${year}${matter ? `&matter=${matter}` : ""}`;
  const exportHref = `/api/province/summary?${filter}`;
  // The table: the communes matching the search, a page at a time (the export holds them all).
  const q = (typeof params.q === "string" ? params.q : "").slice(0, 100).trim();
  const matching = q
    ? data.communes.filter(
        (c) => matchesCommuneSearch({ name: names.get(c.id)!, code: c.code }, q) || matchesCommuneSearch(c, q),
      )
    : data.communes;
  const pages = Math.max(1, Math.ceil(matching.length / COMMUNES_PER_PAGE));
  const page = Math.min(pages, Math.max(1, Math.trunc(Number(params.page)) || 1));
  const shown = matching.slice((page - 1) * COMMUNES_PER_PAGE, page * COMMUNES_PER_PAGE);
  const href = (p: { page?: number; commune?: string }) =>
    `/console/province?${filter}${q ? `&q=${encodeURIComponent(q)}` : ""}${p.page && p.page > 1 ? `&page=${p.page}` : ""}${p.commune ? `&commune=${p.commune}` : ""}`;
  // A province's year holds hundreds of consultations: the page lists one commune's at a time (the
  // export holds them all).
  const chosen = data.communes.find((c) => c.id === params.commune);
  // Formatted once for the page's rows, not once a cell (src/i18n/row-messages.ts).
  const n = perValue((x: number) => format.number(x));
  const readLabel = rowTemplate((v) => t("province.readLabel", v as { commune: string }), "commune");
  const read = t("province.read");
  return (
    <>
      <h1>{t("province.title")}</h1>
      <p className="lead">{t("province.lead", { province: data.province.name, communes: summary.communes, year })}</p>
      <p className="hint">
        {t("province.asOf", {
          time: format.dateTime(data.asOf, { hour: "2-digit", minute: "2-digit", second: "2-digit" }),
          seconds: SUMMARY_SHARED_MS / 1000,
        })}
      </p>
      <YearFilter year={year} matter={matter} />
      <p>
        <a className="button button--small" href={exportHref} download>
          {t("province.export")}
        </a>
      </p>
      <YearSummary summary={summary} extra={[{ label: t("province.records"), value: summary.records }]} />

      <h2 id="communes-title">{t("province.communesTitle")}</h2>
      <form className="filters" method="get" role="search">
        <input type="hidden" name="year" value={year} />
        {matter ? <input type="hidden" name="matter" value={matter} /> : null}
        <label className="field field--inline">
          <span className="field__label">{t("province.searchLabel")}</span>
          <input name="q" type="search" defaultValue={q} maxLength={100} autoComplete="off" enterKeyHint="search" />
        </label>
        <button className="button button--small" type="submit">
          {t("province.search")}
        </button>
        {q ? (
          <a className="button button--small" href={href({})}>
            {t("province.showAll")}
          </a>
        ) : null}
      </form>
      <p role="status">
        {matching.length
          ? t("province.shown", {
              from: n((page - 1) * COMMUNES_PER_PAGE + 1),
              to: n((page - 1) * COMMUNES_PER_PAGE + shown.length),
              total: n(matching.length),
            })
          : t("province.noneFound", { q })}
      </p>
      {shown.length ? (
        <div className="table-wrap" {...scrollRegion(t("province.communesTitle"))}>
          <table className="table table--communes" aria-labelledby="communes-title">
            <thead>
              <HeadRow
                columns={[
                  { label: t("province.colCommune") },
                  { label: t("province.colCode") },
                  { label: t("province.colConsultations"), numeric: true },
                  { label: t("province.colOpen"), numeric: true },
                  { label: t("tally.turnout"), numeric: true },
                  { label: t("province.colAwaiting"), numeric: true },
                  { label: t("province.colOverdue"), numeric: true },
                  { label: t("province.colRecords"), numeric: true },
                  { label: t("province.colRead") },
                ]}
              />
            </thead>
            <tbody>
              {/* Plain links and one text per cell: a row is written into the page twice (its HTML and React's payload). */}
              {shown.map((c) => (
                <tr key={c.id}>
                  <th scope="row">{names.get(c.id)}</th>
                  <td>{c.code}</td>
                  <td>
                    {c.consultations ? (
                      <a href={`${href({ page, commune: c.id })}#consultations-title`}>{n(c.consultations)}</a>
                    ) : (
                      "0"
                    )}
                  </td>
                  <td>{n(c.open)}</td>
                  <td>{`${pct(c.responded, c.roll)} (${n(c.responded)}/${n(c.roll)})`}</td>
                  <td>{n(c.awaitingResults)}</td>
                  <td className={c.overdue ? "warn" : undefined}>{n(c.overdue)}</td>
                  <td>{n(c.records)}</td>
                  <td>
                    <form method="post" action={`/console/province/view/${c.id}`}>
                      <button className="button button--small" type="submit" aria-label={readLabel(names.get(c.id)!)}>
                        {read}
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {pages > 1 ? (
        <nav className="pager" aria-label={t("province.pager")}>
          {page > 1 ? <a href={href({ page: page - 1 })}>← {t("province.previous")}</a> : null}
          <span>{t("province.page", { page: n(page), pages: n(pages) })}</span>
          {page < pages ? <a href={href({ page: page + 1 })}>{t("province.next")} →</a> : null}
        </nav>
      ) : null}

      <AwaitingResults rows={data.awaitingResults} names={names} />
      <section aria-labelledby="consultations-title">
        <h2 id="consultations-title">
          {chosen
            ? t("province.consultationsOf", { commune: names.get(chosen.id)! })
            : t("province.consultationsTitle")}
        </h2>
        {chosen ? (
          <ConsultationRows rows={data.consultations.filter((r) => r.communeId === chosen.id)} />
        ) : (
          <p className="hint">{t("province.consultationsPick")}</p>
        )}
      </section>
    </>
  );
}
