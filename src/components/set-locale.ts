"use server";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { LOCALE_COOKIE, toLocale } from "@/i18n/locales";

/** The language switch: a plain form post, so it works without JavaScript. Returns to the same page. */
export async function setLocale(formData: FormData) {
  const locale = toLocale(String(formData.get("locale") ?? ""));
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
  let back = "/";
  const referer = (await headers()).get("referer");
  if (referer) {
    const url = URL.parse(referer);
    if (url) back = url.pathname + url.search; // only the path: never an open redirect
  }
  redirect(back);
}
