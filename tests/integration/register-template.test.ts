// The register templates (XLSX and CSV): read back, their headers are the import's headers in order
// with one example row, and that row passes a real preview once its neighbourhood exists. Staff only.
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { IMPORT_COLUMNS, IMPORT_HEADERS } from "@/domain/register-import";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { callerAs, createCommune, createNeighbourhood, createStaff, staffSession } from "../helpers/factories";

const auth = vi.hoisted(() => ({ current: null as null | { actor: { communeId: string }; db: unknown } }));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }) }));
vi.mock("@/server/api/route-auth", () => ({ staffWithPermission: async () => auth.current }));

const HEADERS = IMPORT_COLUMNS.map((c) => IMPORT_HEADERS[c]);
// The optional contact columns come last, with an example address at example.com and a "yes".
const EXAMPLE_ROW = [
  "Tổ dân phố 1",
  "H000001",
  "Nguyễn Văn An",
  "Số 12 đường Lê Lợi",
  "4",
  "0912345678",
  "nguyenvanan@example.com",
  "Có",
];
let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

async function download(format: string) {
  const { GET } = await import("@/app/api/register/template/route");
  return GET(new Request(`http://localhost/api/register/template?format=${format}`));
}

async function readXlsx(bytes: ArrayBuffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes);
  const rows: string[][] = [];
  wb.worksheets[0].eachRow((row) =>
    rows.push((row.values as ExcelJS.CellValue[]).slice(1).map((v) => String(v ?? ""))),
  );
  return rows;
}

async function previewOf(file: File) {
  const commune = await createCommune(t.db);
  await createNeighbourhood(t.db, commune.id, "Tổ dân phố 1");
  const admin = await createStaff(t.db, commune.id, "ADMIN");
  const form = new FormData();
  form.set("file", file);
  return callerAs(t.db, staffSession(admin)).register.previewImport(form);
}

describe("register template", () => {
  test("403 without the permission, 400 for an unknown format", async () => {
    auth.current = null;
    expect((await download("xlsx")).status).toBe(403);
    auth.current = { actor: { communeId: "c" }, db: t.db };
    expect((await download("pdf")).status).toBe(400);
  });

  test("XLSX: bold, frozen header row in import order, one example row that previews without issues", async () => {
    auth.current = { actor: { communeId: "c" }, db: t.db };
    const res = await download("xlsx");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="mau-danh-sach-ho.xlsx"');
    expect(res.headers.get("cache-control")).toBe("no-store");
    const bytes = await res.arrayBuffer();
    const rows = await readXlsx(bytes);
    expect(rows[0]).toEqual(HEADERS);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toEqual(EXAMPLE_ROW);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes);
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });

    const p = await previewOf(new File([bytes], "mau-danh-sach-ho.xlsx"));
    expect(p.issueCount).toBe(0);
    expect(p.rows).toBe(1);
    expect(p.counts.new).toBe(1);
    expect(p.samples.new[0]).toMatchObject({
      code: "H000001",
      headName: "Nguyễn Văn An",
      neighbourhood: "Tổ dân phố 1",
    });
  });

  test("CSV: UTF-8 with a BOM, the same header and example row, previews without issues", async () => {
    auth.current = { actor: { communeId: "c" }, db: t.db };
    const res = await download("csv");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="mau-danh-sach-ho.csv"');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(bytes.slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    const rows = parse(new TextDecoder().decode(bytes), { bom: true }) as string[][];
    expect(rows[0]).toEqual(HEADERS);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toEqual(EXAMPLE_ROW);

    const p = await previewOf(new File([bytes], "mau-danh-sach-ho.csv", { type: "text/csv" }));
    expect(p.issueCount).toBe(0);
    expect(p.counts.new).toBe(1);
  });
});
