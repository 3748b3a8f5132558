// Translation outside React (tRPC error messages, sign-in results) with the same messages and ICU
// syntax as the pages.
import { createTranslator } from "next-intl";
import { MESSAGES, TIME_ZONE, type Locale } from "./locales";

export function getTranslator(locale: Locale) {
  return createTranslator({ locale, messages: MESSAGES[locale], timeZone: TIME_ZONE });
}
