import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ForbiddenNotice } from "@/components/forbidden-notice";
import { getServerCaller } from "@/server/api/server-caller";
import { isForbidden, orNavigate } from "@/server/api/page-guard";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("neighbourhoods") };
}

export default async function NeighbourhoodsPage() {
  const caller = await getServerCaller();
  const list = await orNavigate(() => caller.neighbourhood.list());
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  if (isForbidden(list)) return <ForbiddenNotice />;
  return (
    <>
      <h1>{t("nav.neighbourhoods")}</h1>
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("console.colName")}</th>
              <th scope="col">{t("console.colKind")}</th>
              <th scope="col" className="num">
                {t("console.colHouseholds")}
              </th>
              <th scope="col">{t("console.colHead")}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((n) => (
              <tr key={n.id}>
                <td>{n.name}</td>
                <td>{t(`neighbourhoodKind.${n.kind}`)}</td>
                <td className="num">{format.number(n.households)}</td>
                <td>{n.heads.join(", ") || "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
