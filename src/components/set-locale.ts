"use server";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { LOCALE_COOKIE_SETTING, pathOfReferer } from "@/i18n/locale-choice";
import { toLocale } from "@/i18n/locales";

/** The language switch: a plain form post, so it works without JavaScript. Returns to the same page. */
export async function setLocale(formData: FormData) {
  const { name, ...options } = LOCALE_COOKIE_SETTING;
  (await cookies()).set(name, toLocale(String(formData.get("locale") ?? "")), options);
  redirect(pathOfReferer((await headers()).get("referer")));
}
