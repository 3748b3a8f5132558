import { NextResponse, type NextRequest } from "next/server";
import { LOCALE_COOKIE_SETTING, pathOfReferer } from "@/i18n/locale-choice";
import { toLocale } from "@/i18n/locales";

export const dynamic = "force-dynamic";

/**
 * The language switch of the resident pages, which carry no JavaScript and so no server actions: a
 * plain form post, answered 303 back to the page it was pressed on. Any value but a known language
 * is Vietnamese, the default.
 */
export async function POST(request: NextRequest) {
  const form = await request.formData().catch(() => null);
  const { name, ...options } = LOCALE_COOKIE_SETTING;
  const response = new NextResponse(null, {
    status: 303,
    headers: { location: pathOfReferer(request.headers.get("referer")), "cache-control": "no-store" },
  });
  response.cookies.set(name, toLocale(String(form?.get("locale") ?? "")), options);
  return response;
}
