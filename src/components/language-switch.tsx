import { getLocale, getTranslations } from "next-intl/server";
import { setLocale } from "./set-locale";

export async function LanguageSwitch() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("app")]);
  const other = locale === "vi" ? "en" : "vi";
  return (
    <form action={setLocale} className="lang-switch">
      <input type="hidden" name="locale" value={other} />
      <button type="submit" lang={other} title={t("language")}>
        {t("switchTo")}
      </button>
    </form>
  );
}
