import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { communeDisplayName } from "@/components/commune-name";
import { SiteFooter, SiteHeader } from "@/components/site-header";
import { SignOutButton } from "@/components/sign-out-button";
import { getServerCaller } from "@/server/api/server-caller";
import { getSessionActor } from "@/server/auth/session";

export const dynamic = "force-dynamic";

export default async function ResidentLayout({ children }: { children: ReactNode }) {
  const [caller, actor, t] = await Promise.all([getServerCaller(), getSessionActor(), getTranslations("nav")]);
  const name = await communeDisplayName(await caller.commune.current());
  return (
    <div className="resident">
      <SiteHeader communeName={name}>{actor?.type === "household" ? <SignOutButton label={t("signOut")} /> : null}</SiteHeader>
      <main id="main" className="page">
        {children}
      </main>
      <SiteFooter communeName={name} />
    </div>
  );
}
