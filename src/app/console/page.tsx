import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { CONSULTATION_STATUSES } from "@/domain/consultation-status";
import { communeDisplayName } from "@/components/commune-name";
import { redirect } from "next/navigation";
import { isProvinceRole } from "@/domain/roles";
import { getServerCaller } from "@/server/api/server-caller";
import { orNavigate } from "@/server/api/page-guard";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("console"))("title") };
}

export default async function ConsoleOverview() {
  const caller = await getServerCaller();
  // A province's staff start from the province; a commune's overview once they open one.
  const who = await orNavigate(() => caller.session.me());
  if (!("forbidden" in who) && isProvinceRole(who.role) && !who.commune) redirect("/console/province");
  const data = await orNavigate(() =>
    Promise.all([caller.session.me(), caller.consultation.countByStatus(), caller.neighbourhood.list()]),
  );
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  if ("forbidden" in data) return null;
  const [me, counts, neighbourhoods] = data;
  const households = neighbourhoods.reduce((sum, n) => sum + n.households, 0);
  return (
    <>
      <h1>{t("console.welcome", { name: me.name })}</h1>
      <p className="lead">{t("console.signedInAs", { role: t(`role.${me.role}`), commune: (await communeDisplayName(me.commune)) ?? "" })}</p>
      <dl className="stats">
        <div>
          <dt>{t("console.neighbourhoods")}</dt>
          <dd>{format.number(neighbourhoods.length)}</dd>
        </div>
        <div>
          <dt>{t("console.households")}</dt>
          <dd>{format.number(households)}</dd>
        </div>
      </dl>
      <h2>{t("console.statsTitle")}</h2>
      <dl className="stats">
        {CONSULTATION_STATUSES.filter((s) => counts[s]).map((s) => (
          <div key={s}>
            <dt>{t(`status.${s}`)}</dt>
            <dd>{format.number(counts[s] ?? 0)}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
