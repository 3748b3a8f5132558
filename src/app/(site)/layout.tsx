import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SiteFooter, SiteHeader } from "@/components/site-header";

export const dynamic = "force-dynamic";

/** The install's own pages (the communes' list, staff sign-in, verification across communes). */
export default async function SiteLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("nav");
  return (
    <>
      <SiteHeader>
        <Link href="/sign-in">{t("staffSignIn")}</Link>
      </SiteHeader>
      <main id="main" className="page">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
