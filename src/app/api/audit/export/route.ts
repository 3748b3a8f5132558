// The audit log as an XLSX workbook, filtered as the page is: ?consultationId=…&action=…&from=… (the
// page's "Tải XLSX" link carries its own filter).
import contentDisposition from "content-disposition";
import { staffWithPermission } from "@/server/api/route-auth";
import { fileResponse, orNotFound, plainText, routeTranslator, XLSX_TYPE } from "@/server/api/route-response";
import { buildAuditWorkbook } from "@/server/audit/export";
import { ZAuditExportQuery } from "@/server/audit/schema";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const { locale, t } = await routeTranslator();
  const auth = await staffWithPermission("audit.read");
  if (!auth) return plainText(403, t("errors.forbidden"));
  const query = Object.fromEntries([...new URL(request.url).searchParams].filter(([, v]) => v !== ""));
  const parsed = ZAuditExportQuery.safeParse(query);
  if (!parsed.success) return plainText(400, t("auditLog.export.badQuery"));
  return orNotFound(t, async () => {
    const { body, fileName } = await buildAuditWorkbook(
      auth.readDb ?? auth.db,
      auth.actor.communeId,
      parsed.data,
      new Date(),
      locale,
    );
    return fileResponse(body, XLSX_TYPE, contentDisposition(fileName));
  });
}
