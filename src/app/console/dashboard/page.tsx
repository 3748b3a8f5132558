import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { MATTERS, type MatterName } from "@/domain/matters";
import { ForbiddenNotice } from "@/components/forbidden-notice";
import { getServerCaller } from "@/server/api/server-caller";
import { isForbidden, orNavigate } from "@/server/api/page-guard";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

type Props = { searchParams: Promise<{ year?: string; matter?: string }> };

/** A plain GET form for the filters: the page works, and can be bookmarked, without JavaScript. */
export default async function DashboardPage({ searchParams }: Props) {
  const params = await searchParams;
  const thisYear = Number(new Intl.DateTimeFormat("en", { year: "numeric", timeZone: "Asia/Ho_Chi_Minh" }).format(new Date()));
  const year = Number(params.year) >= 2000 && Number(params.year) <= 2100 ? Number(params.year) : thisYear;
  const matter = (MATTERS as readonly string[]).includes(params.matter ?? "") ? (params.matter as MatterName) : undefined;
  const caller = await getServerCaller();
  const data = await orNavigate(() => caller.dashboard.get({ year, matter }));
  if (isForbidden(data)) return <ForbiddenNotice />;
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const pct = (n: number, d: number) => (d ? format.number(n / d, { style: "percent", maximumFractionDigits: 1 }) : "—");
  const date = (d: Date | null) => (d ? format.dateTime(d, { day: "2-digit", month: "2-digit", year: "numeric" }) : "—");
  const { rows, summary } = data;
  return (
    <>
      <h1>{t("dashboard.title")}</h1>
      <form className="filters" method="get">
        <label className="field field--inline">
          <span className="field__label">{t("consultationForm.filterYear")}</span>
          <select name="year" defaultValue={year}>
            {Array.from({ length: 6 }, (_, i) => thisYear + 1 - i).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label className="field field--inline">
          <span className="field__label">{t("consultationForm.filterMatter")}</span>
          <select name="matter" defaultValue={matter ?? ""}>
            <option value="">{t("consultationForm.all")}</option>
            {MATTERS.map((m) => (
              <option key={m} value={m}>
                {t(`matter.${m}`)}
              </option>
            ))}
          </select>
        </label>
        <button className="button button--small" type="submit">
          {t("dashboard.apply")}
        </button>
      </form>

      <section aria-labelledby="summary-title" className="panel">
        <h2 id="summary-title">{t("dashboard.summaryTitle", { year })}</h2>
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
        </dl>
        {summary.byMatter.length ? (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t("console.colMatter")}</th>
                  <th scope="col" className="num">{t("dashboard.held")}</th>
                  <th scope="col" className="num">{t("tally.outcome.ADOPTED")}</th>
                  <th scope="col" className="num">{t("tally.outcome.NOT_ADOPTED")}</th>
                  <th scope="col" className="num">{t("dashboard.advisory")}</th>
                </tr>
              </thead>
              <tbody>
                {summary.byMatter.map((m) => (
                  <tr key={m.matter}>
                    <th scope="row">{t(`matter.${m.matter as MatterName}`)}</th>
                    <td className="num">{m.held}</td>
                    <td className="num">{m.adopted}</td>
                    <td className="num">{m.notAdopted}</td>
                    <td className="num">{m.advisory}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>

      <h2>{t("dashboard.listTitle")}</h2>
      {rows.length === 0 ? (
        <p>{t("console.empty")}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("console.colTitle")}</th>
                <th scope="col">{t("console.colStatus")}</th>
                <th scope="col">{t("dashboard.period")}</th>
                <th scope="col" className="num">{t("dashboard.daysLeft")}</th>
                <th scope="col" className="num">{t("tally.turnout")}</th>
                <th scope="col">{t("tally.result")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link href={`/console/consultations/${r.id}`}>{r.title}</Link>
                    <br />
                    <span className="muted">{t(`matter.${r.matter}`)}</span>
                  </td>
                  <td>
                    <span className={`badge badge--${r.status.toLowerCase()}`}>{t(`status.${r.status}`)}</span>
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
                  <td>{r.outcome ? (r.outcome === "ADVISORY" ? t("dashboard.advisory") : t(`tally.outcome.${r.outcome}`)) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
