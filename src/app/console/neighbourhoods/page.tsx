import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ForbiddenNotice } from "@/components/forbidden-notice";
import { DataTable } from "@/components/console/data-table";
import { toLocalDateInput } from "@/components/console/vietnam-time";
import { can } from "@/domain/roles";
import { getServerCaller } from "@/server/api/server-caller";
import { isForbidden, orNavigate } from "@/server/api/page-guard";
import { NeighbourhoodTools } from "./neighbourhood-tools";
import "@/components/console/admin.css";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("neighbourhoods") };
}

export default async function NeighbourhoodsPage({ searchParams }: { searchParams: Promise<{ add?: string }> }) {
  const caller = await getServerCaller();
  const [list, me] = await Promise.all([
    orNavigate(() => caller.neighbourhood.list()),
    orNavigate(() => caller.session.me()),
  ]);
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  if (isForbidden(list) || isForbidden(me)) return <ForbiddenNotice />;
  return (
    <div className="adm">
      <h1>{t("nav.neighbourhoods")}</h1>
      <p className="hint">{t("admin.neighbourhoods.intro")}</p>
      <DataTable
        caption={t("admin.neighbourhoods.tableCaption")}
        columns={[
          t("admin.neighbourhoods.colCode"),
          t("console.colName"),
          t("console.colKind"),
          { label: t("console.colHouseholds"), numeric: true },
          t("console.colHead"),
        ]}
        rows={list}
      >
        {(n) => (
          <tr key={n.id}>
            <td>
              <code>{n.code}</code>
            </td>
            <td>{n.name}</td>
            <td>{t(`neighbourhoodKind.${n.kind}`)}</td>
            <td className="num">{format.number(n.households)}</td>
            <td>{n.heads.join(", ") || "—"}</td>
          </tr>
        )}
      </DataTable>
      {can(me.role, "register.manage") ? (
        <NeighbourhoodTools
          neighbourhoods={list}
          today={toLocalDateInput(new Date())}
          // The register page's "add a village" link opens the add form straight away.
          adding={(await searchParams).add === "1"}
        />
      ) : null}
    </div>
  );
}
