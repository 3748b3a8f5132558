import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { communeDisplayName } from "@/components/commune-name";
import { SiteFooter, SiteHeader } from "@/components/site-header";
import { pageCommune, type CommuneParams } from "@/server/communes/page-commune";

export const dynamic = "force-dynamic";

export default async function PublicLayout({ children, params }: CommuneParams & { children: ReactNode }) {
  const [commune, t, tv] = await Promise.all([
    pageCommune((await params).commune),
    getTranslations("nav"),
    getTranslations("verify"),
  ]);
  const name = await communeDisplayName(commune);
  return (
    <>
      <SiteHeader communeName={name} home={`/${commune.slug}`}>
        <Link href={`/${commune.slug}/resident`}>{t("residentSignIn")}</Link>
        <Link href="/sign-in">{t("staffSignIn")}</Link>
        <Link href={`/${commune.slug}/verify`}>{tv("navLink")}</Link>
      </SiteHeader>
      <main id="main" className="page">
        {children}
      </main>
      <SiteFooter communeName={name} />
    </>
  );
}
