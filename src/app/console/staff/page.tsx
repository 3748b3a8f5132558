// Administrators: the commune's staff accounts — create, edit, (de)activate, reset a password.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ForbiddenNotice } from "@/components/forbidden-notice";
import { isForbidden, orNavigate } from "@/server/api/page-guard";
import { getServerCaller } from "@/server/api/server-caller";
import { StaffAdmin } from "./staff-admin";
import "@/components/console/admin.css";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.staff"))("title") };
}

export default async function StaffPage() {
  const caller = await getServerCaller();
  const [staff, neighbourhoods, me] = await Promise.all([
    orNavigate(() => caller.staff.list()),
    orNavigate(() => caller.neighbourhood.list()),
    orNavigate(() => caller.session.me()),
  ]);
  if (isForbidden(staff) || isForbidden(neighbourhoods) || isForbidden(me)) return <ForbiddenNotice />;
  const t = await getTranslations("admin.staff");
  return (
    <div className="adm">
      <h1>{t("title")}</h1>
      <p className="hint">{t("intro")}</p>
      <StaffAdmin
        initial={staff}
        neighbourhoods={neighbourhoods.map((n) => ({ id: n.id, name: n.name }))}
        meId={me.id}
      />
    </div>
  );
}
