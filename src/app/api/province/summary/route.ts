// The province summary as an XLSX workbook: ?year=2026&matter=… (the same filters as the page).
import contentDisposition from "content-disposition";
import { z } from "zod";
import { MATTERS } from "@/domain/matters";
import { staffWithPermission } from "@/server/api/route-auth";
import { fileResponse, orNotFound, plainText, routeTranslator, XLSX_TYPE } from "@/server/api/route-response";
import { buildProvinceWorkbook } from "@/server/province/export";

export const dynamic = "force-dynamic";

const ZQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100), matter: z.enum(MATTERS).optional() });

export async function GET(request: Request) {
  const { locale, t } = await routeTranslator();
  const auth = await staffWithPermission("province.read");
  if (!auth) return plainText(403, t("errors.forbidden"));
  const query = Object.fromEntries([...new URL(request.url).searchParams].filter(([, v]) => v !== ""));
  const parsed = ZQuery.safeParse(query);
  if (!parsed.success) return plainText(400, t("errors.invalidInput"));
  return orNotFound(t, async () => {
    const body = await buildProvinceWorkbook(auth.readDb ?? auth.db, auth.actor, parsed.data, new Date(), locale);
    return fileResponse(body, XLSX_TYPE, contentDisposition(`tong-hop-tinh-${parsed.data.year}.xlsx`));
  });
}
