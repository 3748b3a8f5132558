import { getTranslations } from "next-intl/server";

/** What a page shows a signed-in person whose role may not open it: a heading (every page has one), then why. */
export async function ForbiddenNotice() {
  const t = await getTranslations("errors");
  return (
    <>
      <h1>{t("forbiddenTitle")}</h1>
      <p className="notice notice--error" role="alert">
        {t("forbidden")}
      </p>
    </>
  );
}
