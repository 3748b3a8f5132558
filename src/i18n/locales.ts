import { en } from "./messages/en";
import { vi, type Messages } from "./messages/vi";

export const LOCALES = ["vi", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "vi";
export const LOCALE_COOKIE = "NEXT_LOCALE";

export const MESSAGES: Record<Locale, Messages> = { vi, en };

export function toLocale(value: string | undefined | null): Locale {
  return (LOCALES as readonly string[]).includes(value ?? "") ? (value as Locale) : DEFAULT_LOCALE;
}

/** Intl tags for number and date formatting. */
export const INTL_TAG: Record<Locale, string> = { vi: "vi-VN", en: "en-GB" };
export const TIME_ZONE = "Asia/Ho_Chi_Minh";
