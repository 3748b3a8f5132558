import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { communeDisplayName } from "@/components/commune-name";
import { SiteFooter, SiteHeader } from "@/components/site-header";
import type { CommuneParams } from "@/server/communes/page-commune";
import { signOutHouseholdAction } from "./actions";
import { pageHousehold } from "./household";
import "./resident.css";

export const dynamic = "force-dynamic";

// No client providers here: every resident page works as plain HTML forms.
export default async function ResidentLayout({ children, params }: CommuneParams & { children: ReactNode }) {
  const [{ commune, actor }, t] = await Promise.all([pageHousehold((await params).commune), getTranslations("nav")]);
  const name = await communeDisplayName(commune);
  return (
    <div className="resident">
      <SiteHeader communeName={name} home={`/${commune.slug}`}>
        {actor ? (
          <form action={signOutHouseholdAction.bind(null, commune.slug)}>
            <button type="submit" className="link-button">
              {t("signOut")}
            </button>
          </form>
        ) : null}
      </SiteHeader>
      <main id="main" className="page">
        {children}
      </main>
      <SiteFooter communeName={name} />
    </div>
  );
}
