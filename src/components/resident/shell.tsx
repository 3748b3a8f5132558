// The frame of every resident page: header (brand, sign-out, language), main, footer. The same
// markup and classes as SiteHeader/SiteFooter on the App Router pages, with plain forms posting to
// route handlers, since these pages carry no JavaScript.
import Head from "next/head";
import { useLocale, useT } from "./intl";
import type { ReactNode } from "react";
import type { Shell } from "@/server/residents/pages";

export function ResidentShell({ shell, title, children }: { shell: Shell; title?: string; children: ReactNode }) {
  const t = useT();
  const locale = useLocale();
  const other = locale === "vi" ? "en" : "vi";
  return (
    <>
      <Head>
        <title>{title ? `${title} — ${t("app.name")}` : t("app.name")}</title>
        <meta name="description" content={t("app.tagline")} />
      </Head>
      <a className="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <div className="resident">
        <header className="site-header">
          <div className="site-header__inner">
            <a href={`/${shell.slug}`} className="brand">
              <span className="brand__name">{t("app.name")}</span>
              <span className="brand__commune">{shell.communeName}</span>
            </a>
            <nav className="site-header__nav" aria-label="header">
              {shell.signedIn ? (
                <form method="post" action={`/${shell.slug}/resident/sign-out`}>
                  <button type="submit" className="link-button">
                    {t("nav.signOut")}
                  </button>
                </form>
              ) : null}
              <form method="post" action="/api/locale" className="lang-switch">
                <input type="hidden" name="locale" value={other} />
                <button type="submit" lang={other} title={t("app.language")}>
                  {t("app.switchTo")}
                </button>
              </form>
            </nav>
          </div>
        </header>
        <main id="main" className="page">
          {children}
        </main>
        <footer className="site-footer">
          <p>{t("app.footer", { commune: shell.communeName })}</p>
        </footer>
      </div>
    </>
  );
}

/** An address that names no commune, consultation or page of this household's: the app's 404 page. */
export function ResidentNotFound() {
  const t = useT();
  return (
    <>
      <Head>
        <title>{`${t("errors.pageNotFound")} — ${t("app.name")}`}</title>
      </Head>
      <main id="main" className="page narrow">
        <h1>{t("errors.pageNotFound")}</h1>
        <p>
          <a href="/">{t("errors.backHome")}</a>
        </p>
      </main>
    </>
  );
}
