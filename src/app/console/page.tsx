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
  const data = await orNavigate(() => Promise.all([caller.session.me(), caller.dashboard.home()]));
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  if ("forbidden" in data) return null;
  const [me, home] = data;
  const counts = home.byStatus;
  // A head's figures are their own thôn or tổ's (src/domain/staff-scope.ts), and say so.
  const hood = home.neighbourhood;
  return (
    <>
      <h1>{t("console.welcome", { name: me.name })}</h1>
      <p className="lead">
        {t("console.signedInAs", { role: t(`role.${me.role}`), commune: (await communeDisplayName(me.commune)) ?? "" })}
      </p>
      {hood && !hood.name ? <p className="notice">{t("console.noNeighbourhood")}</p> : null}
      {hood?.name ? <p>{t("console.scopeNeighbourhood", { name: hood.name })}</p> : null}
      <dl className="stats">
        {hood?.name ? (
          <div>
            <dt>{t("console.ownNeighbourhood")}</dt>
            <dd>{hood.name}</dd>
          </div>
        ) : hood ? null : (
          <div>
            <dt>{t("console.neighbourhoods")}</dt>
            <dd>{format.number(home.neighbourhoods)}</dd>
          </div>
        )}
        <div>
          <dt>{hood?.name ? t("console.householdsOf", { name: hood.name }) : t("console.households")}</dt>
          <dd>{format.number(home.households)}</dd>
        </div>
      </dl>
      <h2>{hood?.name ? t("console.statsTitleOf", { name: hood.name }) : t("console.statsTitle")}</h2>
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
