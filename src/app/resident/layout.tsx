import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { communeDisplayName } from "@/components/commune-name";
import { SiteFooter, SiteHeader } from "@/components/site-header";
import { getServerCaller } from "@/server/api/server-caller";
import { getSessionActor } from "@/server/auth/session";
import { signOutHouseholdAction } from "./actions";
import "./resident.css";

export const dynamic = "force-dynamic";

// No client providers here: every resident page works as plain HTML forms.
export default async function ResidentLayout({ children }: { children: ReactNode }) {
  const [caller, actor, t] = await Promise.all([getServerCaller(), getSessionActor(), getTranslations("nav")]);
  const name = await communeDisplayName(await caller.commune.current());
  return (
    <div className="resident">
      <SiteHeader communeName={name}>
        {actor?.type === "household" ? (
          <form action={signOutHouseholdAction}>
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
