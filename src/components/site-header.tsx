import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LanguageSwitch } from "./language-switch";

/** Header shared by the public, resident and console layouts; the brand leads to `home` (a commune's page, or the root). */
export async function SiteHeader({
  communeName,
  home = "/",
  children,
}: {
  communeName?: string | null;
  home?: string;
  children?: ReactNode;
}) {
  const t = await getTranslations("app");
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href={home} className="brand">
          <span className="brand__name">{t("name")}</span>
          {communeName ? <span className="brand__commune">{communeName}</span> : null}
        </Link>
        <nav className="site-header__nav" aria-label="header">
          {children}
          <LanguageSwitch />
        </nav>
      </div>
    </header>
  );
}

export async function SiteFooter({ communeName }: { communeName?: string | null }) {
  const t = await getTranslations("app");
  return (
    <footer className="site-footer">
      <p>{communeName ? t("footer", { commune: communeName }) : `${t("name")} — ${t("tagline")}`}</p>
    </footer>
  );
}
