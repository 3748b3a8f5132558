import type { Metadata, Viewport } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
// Every page's sheets, in the order their rules apply (later wins); the console's, the resident
// pages' and single pages' own sheets come after these, from their layouts and pages.
import "./styles/base.css";
import "./styles/forms.css";
import "./styles/tables.css";
import "./styles/print.css";
import "./styles/public.css";
import "./styles/results.css";
import "./styles/communes.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: { default: t("name"), template: `%s — ${t("name")}` }, description: t("tagline") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#8f1d1d" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("app")]);
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t("skipToContent")}
        </a>
        {children}
      </body>
    </html>
  );
}
