import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { can } from "@/domain/roles";
import { ForbiddenNotice } from "@/components/forbidden-notice";
import { getServerCaller } from "@/server/api/server-caller";
import { isForbidden, orNavigate } from "@/server/api/page-guard";
import { ConsultationTable } from "./consultation-table";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("console"))("consultationsTitle") };
}

export default async function ConsultationsPage() {
  const caller = await getServerCaller();
  const data = await orNavigate(() => Promise.all([caller.session.me(), caller.neighbourhood.list()]));
  if (isForbidden(data)) return <ForbiddenNotice />;
  const [me, neighbourhoods] = data;
  const t = await getTranslations();
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 5 }, (_, i) => thisYear + 1 - i);
  return (
    <>
      <div className="page-head">
        <h1>{t("console.consultationsTitle")}</h1>
        {can(me.role, "consultation.manage") ? (
          <Link className="button button--primary" href="/console/consultations/new">
            + {t("consultationForm.newButton")}
          </Link>
        ) : null}
      </div>
      <ConsultationTable neighbourhoods={neighbourhoods.map((n) => ({ id: n.id, name: n.name }))} years={years} />
    </>
  );
}
