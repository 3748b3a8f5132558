// An uploaded register is refused before it can exhaust the server (OWASP file upload: zip bombs):
// a 282 MB sheet packed into under a megabyte is refused within 2 s with the server's memory barely
// moving, and a sheet past the row limit is stopped by the streamed parse. Nothing is written.
import { Zip, ZipDeflate, zipSync, strToU8 } from "fflate";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { XLSX_LIMITS } from "@/server/register/xlsx-limits";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { callerAs, createCommune, createNeighbourhood, createStaff, staffSession } from "../helpers/factories";

let t: TestDb;
let as: ReturnType<typeof callerAs>;
let communeId: string;
const form = (file: File) => {
  const f = new FormData();
  f.set("file", file);
  return f;
};

/** A zip holding one worksheet of `mb` megabytes of rows, streamed so that the test never holds it. */
function zipBomb(mb: number): Uint8Array {
  const out: Uint8Array[] = [];
  const zip = new Zip((err, data) => {
    if (err) throw err;
    out.push(data);
  });
  const sheet = new ZipDeflate("xl/worksheets/sheet1.xml", { level: 9 });
  zip.add(sheet);
  sheet.push(
    strToU8(
      '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
    ),
  );
  const rows = strToU8('<row><c t="inlineStr"><is><t>D01</t></is></c></row>'.repeat(16 * 1024));
  for (let n = 0; n < mb * 1024 * 1024; n += rows.length) sheet.push(rows);
  sheet.push(strToU8("</sheetData></worksheet>"), true);
  zip.end();
  const bytes = new Uint8Array(out.reduce((s, c) => s + c.length, 0));
  let at = 0;
  for (const c of out) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}

beforeAll(async () => {
  t = await createTestDb();
  communeId = (await createCommune(t.db)).id;
  await createNeighbourhood(t.db, communeId, "Thôn Đông");
  as = callerAs(t.db, staffSession(await createStaff(t.db, communeId, "ADMIN")));
});
afterAll(() => t.close());

describe("register uploads that would exhaust the server", () => {
  test("a zip bomb (282 MB of sheet XML in under 1 MB) is refused within 2 s, memory growing by less than 200 MB", async () => {
    const bomb = zipBomb(282);
    expect(bomb.length).toBeLessThan(1.2 * 1024 * 1024);
    global.gc?.();
    const rss = process.memoryUsage().rss;
    const started = performance.now();
    const err = await as.register.previewImport(form(new File([new Uint8Array(bomb)], "ds-ho.xlsx"))).catch((e) => e);
    const elapsed = performance.now() - started;
    const grown = process.memoryUsage().rss - rss;
    expect(err).toMatchObject({
      code: "BAD_REQUEST",
      cause: { issues: [expect.objectContaining({ field: "file", key: "register.errors.archiveTooLarge" })] },
    });
    expect(elapsed).toBeLessThan(2_000);
    expect(grown).toBeLessThan(200 * 1024 * 1024);
    expect(await t.db.household.count({ where: { communeId } })).toBe(0);
  }, 60_000);

  test(`a sheet of more than ${XLSX_LIMITS.maxRows.toLocaleString("en")} rows is stopped by the streamed parse`, async () => {
    const rows = Array.from(
      { length: XLSX_LIMITS.maxRows + 2 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>D${i}</t></is></c></row>`,
    ).join("");
    const xlsx = zipSync({
      "xl/worksheets/sheet1.xml": strToU8(
        `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`,
      ),
    });
    const err = await as.register.previewImport(form(new File([new Uint8Array(xlsx)], "ds-ho.xlsx"))).catch((e) => e);
    expect(err).toMatchObject({
      code: "BAD_REQUEST",
      cause: {
        issues: [
          expect.objectContaining({
            field: "file",
            key: "register.errors.tooManyRows",
            params: { max: XLSX_LIMITS.maxRows },
          }),
        ],
      },
    });
  }, 60_000);

  test("a damaged zip is unreadable, not a crash", async () => {
    const xlsx = zipSync({ "xl/worksheets/sheet1.xml": strToU8("<worksheet/>") });
    const broken = xlsx.slice(0, 40);
    const err = await as.register.previewImport(form(new File([new Uint8Array(broken)], "ds-ho.xlsx"))).catch((e) => e);
    expect(err).toMatchObject({
      code: "BAD_REQUEST",
      cause: { issues: [expect.objectContaining({ key: "register.errors.unreadable" })] },
    });
  });
});
