// A refused setup in words, one line per field, for the command line and the first-run page.
import { getTranslator } from "@/i18n/translate";
import type { Locale } from "@/i18n/locales";
import type { AppError } from "../errors";

export type SetupRefusal = { field: string | null; label: string | null; message: string };

export function describeSetupRefusal(error: AppError, locale: Locale = "vi"): SetupRefusal[] {
  const t = getTranslator(locale);
  const raw = (key: string, params?: Record<string, string | number>) =>
    t(key as Parameters<typeof t>[0], params as never);
  if (!error.issues.length) return [{ field: null, label: null, message: raw(`errors.${error.key}`, error.params) }];
  return error.issues.map((i) => ({
    field: i.field,
    label: t.has(`setup.fields.${i.field}` as Parameters<typeof t>[0]) ? raw(`setup.fields.${i.field}`) : null,
    message: raw(i.key, i.params),
  }));
}
