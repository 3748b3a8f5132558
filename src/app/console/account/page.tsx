// Every staff member: their own account — who they are signed in as, and a new password.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ForbiddenNotice } from "@/components/forbidden-notice";
import { isForbidden, orNavigate } from "@/server/api/page-guard";
import { getServerCaller } from "@/server/api/server-caller";
import { PasswordForm } from "./password-form";
import "@/components/console/admin.css";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.account"))("title") };
}

export default async function AccountPage() {
  const caller = await getServerCaller();
  const me = await orNavigate(() => caller.session.me());
  if (isForbidden(me) || me.type !== "staff") return <ForbiddenNotice />;
  const t = await getTranslations();
  return (
    <div className="detail adm">
      <h1>{t("admin.account.title")}</h1>
      <p className="lead">{t("admin.account.signedInAs", { name: me.name, role: t(`role.${me.role}`) })}</p>
      <PasswordForm />
    </div>
  );
}
