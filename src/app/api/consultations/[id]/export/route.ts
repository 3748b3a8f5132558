// Downloads of a consultation's tally and responses: ?format=xlsx|csv&what=tally|responses.
// The workbook always holds both sheets ("Tổng hợp" and "Ý kiến"); `what` picks the CSV.
import contentDisposition from "content-disposition";
import { cookies } from "next/headers";
import { z } from "zod";
import { LOCALE_COOKIE, toLocale } from "@/i18n/locales";
import { getTranslator } from "@/i18n/translate";
import { staffWithPermission } from "@/server/api/route-auth";
import { AppError } from "@/server/errors";
import { addressId } from "@/server/security/input";
import { buildResponsesCsv, buildTallyCsv, buildTallyWorkbook } from "@/server/tallies/export";

export const dynamic = "force-dynamic";

const ZExportQuery = z.object({
  format: z.enum(["xlsx", "csv"]).default("xlsx"),
  what: z.enum(["tally", "responses"]).default("tally"),
});

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const text = (status: number, body: string) =>
  new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const locale = toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  const t = getTranslator(locale);
  // An id is letters, digits, "-" and "_": anything else (NUL, a malformed escape) names nothing,
  // a 404 before the database is asked (PostgreSQL refuses NUL in text with an error: a 500).
  const id = addressId((await params).id);
  if (!id) return text(404, t("errors.notFound"));
  const auth = await staffWithPermission("tally.read");
  if (!auth) return text(403, t("errors.forbidden"));
  const parsed = ZExportQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return text(400, t("errors.invalidInput"));
  const { format, what } = parsed.data;
  const { db, actor } = auth;
  const now = new Date();
  try {
    const body =
      format === "xlsx"
        ? await buildTallyWorkbook(db, actor.communeId, id, now, locale)
        : what === "tally"
          ? await buildTallyCsv(db, actor.communeId, id, now, locale)
          : await buildResponsesCsv(db, actor.communeId, id, now, locale);
    const fileName =
      format === "xlsx" ? `tong-hop-${id}.xlsx` : `${what === "tally" ? "tong-hop" : "y-kien"}-${id}.csv`;
    return new Response(new Uint8Array(body), {
      headers: {
        "content-type": format === "xlsx" ? XLSX_TYPE : "text/csv; charset=utf-8",
        "content-disposition": contentDisposition(fileName),
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
