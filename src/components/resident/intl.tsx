// The resident pages' translations: the process-wide translators of src/i18n/translate.ts (each
// message parsed once per process), chosen by the page's language. next-intl's provider would
// make a new message cache for every request, and parsing messages afresh was a tenth of a
// resident page's CPU.
import { createContext, useContext, type ReactNode } from "react";
import { DEFAULT_LOCALE, type Locale } from "@/i18n/locales";
import { getFormat, getTranslator } from "@/i18n/translate";

const LocaleContext = createContext<Locale>(DEFAULT_LOCALE);

export function ResidentIntl({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

/** The page language's translator, keyed from the catalogue's root ("resident.title"). */
export function useT() {
  return getTranslator(useLocale());
}

/** Dates and numbers in the page's language and the app's time zone. */
export function useFormat() {
  return getFormat(useLocale());
}
