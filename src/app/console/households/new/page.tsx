import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { can } from "@/domain/roles";
import { ForbiddenNotice } from "@/components/forbidden-notice";
import { getServerCaller } from "@/server/api/server-caller";
import { isForbidden, orNavigate } from "@/server/api/page-guard";
import { HouseholdForm } from "../household-form";
import "@/components/console/households.css";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("households.add"))("title") };
}

export default async function NewHouseholdPage() {
  const caller = await getServerCaller();
  const me = await orNavigate(() => caller.session.me());
  if (isForbidden(me) || !can(me.role, "register.manage")) return <ForbiddenNotice />;
  const hoods = await orNavigate(() => caller.neighbourhood.list());
  if (isForbidden(hoods)) return <ForbiddenNotice />;
  const t = await getTranslations("households.add");
  return (
    <>
      <p className="detail-back">
        <Link href="/console/households">← {t("back")}</Link>
      </p>
      <h1>{t("title")}</h1>
      <p className="hint">{t("intro")}</p>
      {hoods.length ? (
        <HouseholdForm neighbourhoods={hoods.map((n) => ({ id: n.id, name: n.name }))} />
      ) : (
        <p>
          {t("noNeighbourhoods")} <Link href="/console/neighbourhoods">{t("neighbourhoodsLink")}</Link>
        </p>
      )}
    </>
  );
}
