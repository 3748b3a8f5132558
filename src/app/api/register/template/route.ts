// The household register template: ?format=xlsx|csv. Vietnamese headers in the order the import
// expects and one example row; the headers stay Vietnamese in every locale because they are what
// commune staff fill in. The CSV carries a UTF-8 BOM so Excel shows the diacritics. The e-mail and
// consent columns are optional: "Đồng ý nhận tin" is Có / Không, and a blank cell keeps the answer the
// register already has (register-import.ts).
import contentDisposition from "content-disposition";
import ExcelJS from "exceljs";
import { z } from "zod";
import { toCsv } from "@/domain/csv";
import { IMPORT_COLUMNS, IMPORT_HEADERS, type ImportColumn } from "@/domain/register-import";
import { staffWithPermission } from "@/server/api/route-auth";
import { fileResponse, plainText, routeTranslator, XLSX_TYPE } from "@/server/api/route-response";

export const dynamic = "force-dynamic";

const ZTemplateQuery = z.object({ format: z.enum(["xlsx", "csv"]).default("xlsx") });

const FILE_NAME = "mau-danh-sach-ho";
const EXAMPLE: Record<ImportColumn, string | number> = {
  neighbourhood: "Tổ dân phố 1",
  code: "H000001",
  headName: "Nguyễn Văn An",
  address: "Số 12 đường Lê Lợi",
  members: 4,
  phone: "0912345678",
  email: "nguyenvanan@example.com",
  consent: "Có",
};
const WIDTHS: Record<ImportColumn, number> = {
  neighbourhood: 24,
  code: 14,
  headName: 28,
  address: 36,
  members: 14,
  phone: 16,
  email: 28,
  consent: 16,
};

async function buildWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Danh sách hộ", { views: [{ state: "frozen", ySplit: 1 }] });
  // Codes and phone numbers are text: as numbers Excel would drop the leading zero.
  ws.columns = IMPORT_COLUMNS.map((c) => ({
    header: IMPORT_HEADERS[c],
    key: c,
    width: WIDTHS[c],
    style: c === "members" ? {} : { numFmt: "@" },
  }));
  ws.getRow(1).font = { bold: true };
  ws.addRow(EXAMPLE);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Through the shared writer, like every CSV the platform writes (OWASP CSV Injection). */
function buildCsv(): Buffer {
  return toCsv([IMPORT_COLUMNS.map((c) => IMPORT_HEADERS[c]), IMPORT_COLUMNS.map((c) => String(EXAMPLE[c]))]);
}

export async function GET(request: Request) {
  const { t } = await routeTranslator();
  if (!(await staffWithPermission("household.read"))) return plainText(403, t("errors.forbidden"));
  const parsed = ZTemplateQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return plainText(400, t("errors.invalidInput"));
  const { format } = parsed.data;
  const body = format === "xlsx" ? await buildWorkbook() : buildCsv();
  const type = format === "xlsx" ? XLSX_TYPE : "text/csv; charset=utf-8";
  return fileResponse(body, type, contentDisposition(`${FILE_NAME}.${format}`));
}
