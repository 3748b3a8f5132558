// What the route handlers outside tRPC (downloads) answer: refusals as plain text in the caller's
// language, and files that no cache keeps and no browser second-guesses.
import { cookies } from "next/headers";
import { LOCALE_COOKIE, toLocale } from "@/i18n/locales";
import { getTranslator } from "@/i18n/translate";
import { AppError } from "../errors";

/** The caller's language (the locale cookie) and its translator. */
export async function routeTranslator() {
  const locale = toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return { locale, t: getTranslator(locale) };
}

export type RouteTranslator = Awaited<ReturnType<typeof routeTranslator>>["t"];

/** A refusal or an error, as plain text that is never cached. */
export function plainText(status: number, body: string) {
  return new Response(body, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}

/** A generated file: its type, how the browser should take it (content-disposition), never cached. */
export function fileResponse(body: Uint8Array, contentType: string, disposition: string) {
  return new Response(new Uint8Array(body), {
    headers: {
      "content-type": contentType,
      "content-disposition": disposition,
      "content-length": String(body.length),
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}

/** Runs a download; a NOT_FOUND from the server (another commune's id, say) is a plain 404. */
export async function orNotFound(t: RouteTranslator, download: () => Promise<Response>) {
  try {
    return await download();
  } catch (e) {
    if (e instanceof AppError && e.code === "NOT_FOUND") return plainText(404, t("errors.notFound"));
    throw e;
  }
}

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
