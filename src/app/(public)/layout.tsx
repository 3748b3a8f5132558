import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { communeDisplayName } from "@/components/commune-name";
import { SiteFooter, SiteHeader } from "@/components/site-header";
import { getServerCaller } from "@/server/api/server-caller";

export const dynamic = "force-dynamic";

export default async function PublicLayout({ children }: { children: ReactNode }) {
  const [caller, t] = await Promise.all([getServerCaller(), getTranslations("nav")]);
  const name = await communeDisplayName(await caller.commune.current());
  return (
    <>
      <SiteHeader communeName={name}>
        <Link href="/resident">{t("residentSignIn")}</Link>
        <Link href="/sign-in">{t("staffSignIn")}</Link>
        <Link href="/verify">{(await getTranslations("verify"))("navLink")}</Link>
      </SiteHeader>
      <main id="main" className="page">
        {children}
      </main>
      <SiteFooter communeName={name} />
    </>
  );
}
