// The province summary as an XLSX workbook: ?year=2026&matter=… (the same filters as the page).
import contentDisposition from "content-disposition";
import { cookies } from "next/headers";
import { z } from "zod";
import { MATTERS } from "@/domain/matters";
import { LOCALE_COOKIE, toLocale } from "@/i18n/locales";
import { getTranslator } from "@/i18n/translate";
import { staffWithPermission } from "@/server/api/route-auth";
import { AppError } from "@/server/errors";
import { buildProvinceWorkbook } from "@/server/province/export";

export const dynamic = "force-dynamic";

const ZQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100), matter: z.enum(MATTERS).optional() });
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const text = (status: number, body: string) =>
  new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

export async function GET(request: Request) {
  const locale = toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  const t = getTranslator(locale);
  const auth = await staffWithPermission("province.read");
  if (!auth) return text(403, t("errors.forbidden"));
  const query = Object.fromEntries([...new URL(request.url).searchParams].filter(([, v]) => v !== ""));
  const parsed = ZQuery.safeParse(query);
  if (!parsed.success) return text(400, t("errors.invalidInput"));
  try {
    const body = await buildProvinceWorkbook(auth.db, auth.actor, parsed.data, new Date(), locale);
    return new Response(new Uint8Array(body), {
      headers: {
        "content-type": XLSX_TYPE,
        "content-disposition": contentDisposition(`tong-hop-tinh-${parsed.data.year}.xlsx`),
        "content-length": String(body.length),
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (e) {
    if (e instanceof AppError && e.code === "NOT_FOUND") return text(404, t("errors.notFound"));
    throw e;
  }
}
