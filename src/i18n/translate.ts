// Translation outside React's next-intl providers (tRPC error messages, sign-in results, the
// resident pages) with the same messages and ICU syntax as the App Router pages.
import { _createCache, _createIntlFormatters, createFormatter, createTranslator } from "next-intl";
import { LOCALES, MESSAGES, TIME_ZONE, type Locale } from "./locales";

// A message is parsed once per process, not once per request: next-intl keeps parsed messages and
// Intl formatters in a cache that a provider makes afresh for every request, and parsing is most of
// what formatting a message costs. Translators are pure (messages and time zone are fixed), so one
// per language serves every request.
const shared = Object.fromEntries(
  LOCALES.map((locale) => {
    const cache = _createCache();
    const formatters = _createIntlFormatters(cache);
    return [
      locale,
      {
        t: createTranslator({
          locale,
          messages: MESSAGES[locale],
          timeZone: TIME_ZONE,
          _cache: cache,
          _formatters: formatters,
        }),
        format: createFormatter({ locale, timeZone: TIME_ZONE, _formatters: formatters }),
      },
    ];
  }),
) as Record<Locale, { t: Translator; format: ReturnType<typeof createFormatter> }>;

type Translator = ReturnType<typeof createTranslator<(typeof MESSAGES)["vi"]>>;

export function getTranslator(locale: Locale) {
  return shared[locale].t;
}

/** Dates and numbers in `locale`, in the app's time zone. */
export function getFormat(locale: Locale) {
  return shared[locale].format;
}
