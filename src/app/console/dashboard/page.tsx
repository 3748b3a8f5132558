import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { readYearFilter, YearFilter } from "@/components/console/year-filter";
import { ConsultationRows, YearSummary } from "@/components/console/year-summary";
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
  const { year, matter } = readYearFilter(await searchParams);
  const caller = await getServerCaller();
  const data = await orNavigate(() => caller.dashboard.get({ year, matter }));
  if (isForbidden(data)) return <ForbiddenNotice />;
  const t = await getTranslations();
  return (
    <>
      <h1>{t("dashboard.title")}</h1>
      <YearFilter year={year} matter={matter} />
      <YearSummary summary={data.summary} />
      <h2>{t("dashboard.listTitle")}</h2>
      <ConsultationRows rows={data.rows} link={(id) => `/console/consultations/${id}`} />
    </>
  );
}
