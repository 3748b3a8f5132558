import { getTranslations } from "next-intl/server";

export async function ForbiddenNotice() {
  const t = await getTranslations("errors");
  return (
    <p className="notice notice--error" role="alert">
      {t("forbidden")}
    </p>
  );
}
