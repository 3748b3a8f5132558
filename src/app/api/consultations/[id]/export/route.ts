// Downloads of a consultation's tally and responses: ?format=xlsx|csv&what=tally|responses.
// The workbook always holds both sheets ("Tổng hợp" and "Ý kiến"); `what` picks the CSV.
import contentDisposition from "content-disposition";
import { z } from "zod";
import { staffWithPermission } from "@/server/api/route-auth";
import { fileResponse, orNotFound, plainText, routeTranslator, XLSX_TYPE } from "@/server/api/route-response";
import { addressId } from "@/server/security/input";
import { buildResponsesCsv, buildTallyCsv, buildTallyWorkbook } from "@/server/tallies/export";

export const dynamic = "force-dynamic";

const ZExportQuery = z.object({
  format: z.enum(["xlsx", "csv"]).default("xlsx"),
  what: z.enum(["tally", "responses"]).default("tally"),
});

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { locale, t } = await routeTranslator();
  // An id is letters, digits, "-" and "_": anything else (NUL, a malformed escape) names nothing,
  // a 404 before the database is asked (PostgreSQL refuses NUL in text with an error: a 500).
  const id = addressId((await params).id);
  if (!id) return plainText(404, t("errors.notFound"));
  const auth = await staffWithPermission("tally.read");
  if (!auth) return plainText(403, t("errors.forbidden"));
  const parsed = ZExportQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return plainText(400, t("errors.invalidInput"));
  const { format, what } = parsed.data;
  const { actor } = auth;
  const db = auth.readDb ?? auth.db;
  const now = new Date();
  return orNotFound(t, async () => {
    const body =
      format === "xlsx"
        ? await buildTallyWorkbook(db, actor.communeId, id, now, locale)
        : what === "tally"
          ? await buildTallyCsv(db, actor.communeId, id, now, locale)
          : await buildResponsesCsv(db, actor.communeId, id, now, locale);
    const fileName =
      format === "xlsx" ? `tong-hop-${id}.xlsx` : `${what === "tally" ? "tong-hop" : "y-kien"}-${id}.csv`;
    const type = format === "xlsx" ? XLSX_TYPE : "text/csv; charset=utf-8";
    return fileResponse(body, type, contentDisposition(fileName));
  });
}
