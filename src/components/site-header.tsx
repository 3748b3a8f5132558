import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LanguageSwitch } from "./language-switch";

/** Header shared by the public, resident and console layouts. */
export async function SiteHeader({ communeName, children }: { communeName?: string | null; children?: ReactNode }) {
  const t = await getTranslations("app");
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="brand">
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
      <p>{t("footer", { commune: communeName ?? t("name") })}</p>
    </footer>
  );
}
