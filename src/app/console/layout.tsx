import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { can, isProvinceRole, PROVINCE_LEVEL } from "@/domain/roles";
import { communeDisplayName } from "@/components/commune-name";
import { ClientMessages } from "@/components/console/client-messages";
import { CONSOLE_NAV } from "@/components/console-nav";
import { SiteHeader } from "@/components/site-header";
import { SignOutButton } from "@/components/sign-out-button";
import { ConsoleProviders } from "@/trpc/client";
import "./console-shell.css";
import "./consultation-detail.css";
import "./console.css";
import { getServerCaller } from "@/server/api/server-caller";
import { orNavigate } from "@/server/api/page-guard";

export const dynamic = "force-dynamic";

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const caller = await getServerCaller();
  const me = await orNavigate(() => caller.session.me());
  if ("forbidden" in me || me.type !== "staff") redirect("/");
  const t = await getTranslations();
  const commune = await communeDisplayName(me.commune);
  // A province's staff: the province's pages always, a commune's only while reading one (read-only).
  const province = isProvinceRole(me.role);
  const nav = CONSOLE_NAV.filter(
    (item) => can(me.role, item.permission) && (!province || me.commune || PROVINCE_LEVEL.has(item.permission)),
  );
  return (
    <div className="console">
      <SiteHeader communeName={commune ?? (province && "province" in me ? me.province?.name : null)}>
        <span className="who">
          {me.name} · {t(`role.${me.role}`)}
        </span>
        <Link href="/console/account">{t("admin.account.link")}</Link>
        <SignOutButton label={t("nav.signOut")} />
      </SiteHeader>
      <div className="console__body">
        <nav className="console__nav" aria-label={t("nav.mainMenu")}>
          <ul>
            {nav.map((item) => (
              <li key={item.href}>
                <Link href={item.href}>{t(`nav.${item.label}`)}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" className="console__main">
          {province && commune ? (
            <div className="notice notice--readonly" role="status">
              {t("province.viewing", { commune })}{" "}
              <form method="post" action="/console/province/view/none" className="inline-form">
                <button className="link-button" type="submit">
                  {t("province.stopViewing")}
                </button>
              </form>
            </div>
          ) : null}
          <ClientMessages segment="console">
            <ConsoleProviders>{children}</ConsoleProviders>
          </ClientMessages>
        </main>
      </div>
    </div>
  );
}
