// The Pages Router holds only the resident pages: Next.js serves a Pages Router page without its
// client runtime when the page says so (`unstable_runtimeJS: false`), which the App Router cannot
// do (docs/PERFORMANCE.md, "Weight"). Each page is server-rendered HTML with plain forms; nothing
// here hydrates. Translations are next-intl's, with the same catalogues as the App Router pages
// (src/components/resident/intl.tsx).
import type { AppProps } from "next/app";
import Head from "next/head";
import { ResidentIntl } from "@/components/resident/intl";
import { toLocale } from "@/i18n/locales";
// The sheets a resident page uses, in the App Router's order (src/app/layout.tsx).
import "@/app/styles/base.css";
import "@/app/styles/forms.css";
import "@/app/styles/print.css";
import "@/app/styles/public.css";
import "@/components/resident/resident.css";

export default function ResidentApp({ Component, pageProps }: AppProps<{ locale?: string }>) {
  const locale = toLocale(pageProps.locale);
  return (
    <ResidentIntl locale={locale}>
      <Head>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#8f1d1d" />
      </Head>
      <Component {...pageProps} />
    </ResidentIntl>
  );
}
