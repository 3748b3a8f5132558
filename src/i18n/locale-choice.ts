// The language switch's cookie and where it returns, for the console's server action and the
// resident pages' plain form post alike.
import { LOCALE_COOKIE } from "./locales";

export const LOCALE_COOKIE_SETTING = {
  name: LOCALE_COOKIE,
  path: "/",
  maxAge: 365 * 24 * 3600,
  sameSite: "lax",
} as const;

/** The page the switch was pressed on: only the path of the Referer, never another site (no open redirect). */
export function pathOfReferer(referer: string | null): string {
  const url = referer ? URL.parse(referer) : null;
  return url ? url.pathname + url.search : "/";
}
