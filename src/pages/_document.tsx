import { Head, Html, Main, NextScript, type DocumentProps } from "next/document";
import { toLocale } from "@/i18n/locales";

/** The page's language, from its props (the reader's language cookie, read by the page). */
function localeOf(props: DocumentProps) {
  return toLocale((props.__NEXT_DATA__.props?.pageProps as { locale?: string } | undefined)?.locale);
}

export default function Document(props: DocumentProps) {
  return (
    <Html lang={localeOf(props)}>
      <Head>
        <link rel="icon" href="/icon.svg" type="image/svg+xml" />
      </Head>
      <body>
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
