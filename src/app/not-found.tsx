import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <main id="main" className="page narrow">
      <h1>{t("pageNotFound")}</h1>
      <p>
        <Link href="/">{t("backHome")}</Link>
      </p>
    </main>
  );
}
