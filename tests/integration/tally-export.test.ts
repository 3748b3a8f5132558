// Exports of the tally and the responses: the XLSX read back agrees with computeTally, every option
// with its shares of the respondents and of the roll and blank ballots apart (so the shares of the
// respondents add up), the CSVs carry a BOM and the same columns, voided and secret-ballot responses
// never appear, a matter decided per neighbourhood has no verdict for the whole area (Law on
// Grassroots Democracy Art 21 k1), and every query is scoped to the commune (also through the route
// handler, with the session mocked).
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { DAY_MS } from "@/domain/consultation-plan";
import { computeTally } from "@/server/tallies/compute";
import { buildResponsesCsv, buildTallyCsv, buildTallyWorkbook } from "@/server/tallies/export";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { createCommune, createHousehold, createNeighbourhood } from "../helpers/factories";

const auth = vi.hoisted(() => ({ current: null as null | { actor: { communeId: string }; db: unknown } }));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }) }));
vi.mock("@/server/api/route-auth", () => ({ staffWithPermission: async () => auth.current }));

let t: TestDb;
let communeId: string;
let otherCommuneId: string;
let consultationId: string;
let decidedId: string;
const now = new Date("2026-12-10T09:00:00+07:00");
const submittedAt = new Date("2026-12-05T14:30:00Z"); // 21:30 in Vietnam

/** Minimal RFC 4180 reader: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [[]];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (quoted || (ch !== "," && ch !== "\n")) field += ch;
    else {
      rows.at(-1)!.push(field.replace(/\r$/, ""));
      field = "";
      if (ch === "\n") rows.push([]);
    }
  }
  if (field || rows.at(-1)!.length) rows.at(-1)!.push(field);
  else rows.pop();
  return rows;
}

beforeAll(async () => {
  t = await createTestDb();
  communeId = (await createCommune(t.db)).id;
  otherCommuneId = (await createCommune(t.db)).id;
  const hoods = [
    await createNeighbourhood(t.db, communeId, "Thôn Đông"),
    await createNeighbourhood(t.db, communeId, "Thôn Tây"),
  ];
  const c = await t.db.consultation.create({
    data: {
      communeId,
      title: "Làm đường liên thôn",
      summary: "",
      matter: "PUBLIC_WORKS_CONTRIBUTION",
      mode: "DECISION",
      status: "OPEN",
      channels: ["ONLINE", "PAPER_BALLOT", "MEETING"],
      ruleNumerator: 1,
      ruleDenominator: 2,
      ruleInclusive: false,
      ruleAggregation: "PER_NEIGHBOURHOOD",
      publishedAt: new Date(now.getTime() - 30 * DAY_MS),
      opensAt: new Date(now.getTime() - 30 * DAY_MS),
      closesAt: new Date(now.getTime() + DAY_MS),
      areas: { create: hoods.map((h) => ({ neighbourhoodId: h.id, neighbourhoodName: h.name })) },
      questions: {
        create: [
          {
            position: 0,
            kind: "APPROVAL",
            text: "Đồng ý đóng góp?",
            options: {
              create: [
                ["AGREE", "Đồng ý"],
                ["DISAGREE", "Không đồng ý"],
                ["OTHER", "Ý kiến khác"],
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
  const [agree, disagree] = approval.options;
  const hh = [
    await createHousehold(t.db, hoods[0], { code: "D001", headName: "Nguyễn Văn An" }),
    await createHousehold(t.db, hoods[0], { code: "D002", headName: "Lê Thị Bình" }),
    await createHousehold(t.db, hoods[1], { code: "T001", headName: "Phạm Văn Cường" }),
    await createHousehold(t.db, hoods[1], { code: "T002", headName: "Hoàng Thị Dung" }),
    await createHousehold(t.db, hoods[1], { code: "T003", headName: "Vũ Văn Em" }),
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
  const respond = async (
    i: number,
    channel: "ONLINE" | "PAPER_BALLOT" | "MEETING",
    extra: { voided?: boolean; secret?: boolean; meetingId?: string } = {},
  ) =>
    t.db.response.create({
      data: {
        consultationId,
        householdId: hh[i].id,
        neighbourhoodId: hh[i].neighbourhoodId,
        channel,
        receiptCode: `R-${hh[i].code}`,
        submittedAt,
        effectiveHouseholdId: extra.voided ? null : hh[i].id,
        voidedAt: extra.voided ? now : null,
        secretBallot: extra.secret ?? false,
        meetingId: extra.meetingId,
      },
    });
  const answer = async (responseId: string, optionId: string, comment: string | null, text?: string) => {
    await t.db.answer.create({
      data: { responseId, questionId: approval.id, comment, choices: { create: [{ optionId }] } },
    });
    if (text) await t.db.answer.create({ data: { responseId, questionId: free.id, text } });
  };
  await answer((await respond(0, "ONLINE")).id, agree.id, "Đồng ý, đề nghị làm sớm", 'Mở rộng "đường" ra 5 m');
  await answer((await respond(1, "PAPER_BALLOT")).id, disagree.id, null);
  await answer((await respond(2, "ONLINE", { voided: true })).id, agree.id, "Phiếu đã hủy");
  const meeting = await t.db.meetingRecord.create({
    data: {
      consultationId,
      neighbourhoodId: hoods[1].id,
      heldAt: now,
      place: "Nhà văn hóa",
      chairName: "x",
      secretaryName: "x",
      voteMode: "SECRET_BALLOT",
    },
  });
  await t.db.meetingCount.create({
    data: { meetingId: meeting.id, questionId: approval.id, optionId: agree.id, count: 1 },
  });
  await respond(3, "MEETING", { secret: true, meetingId: meeting.id });
  // A paper ballot returned blank: the household responded, no option counts.
  await t.db.response.create({
    data: {
      consultationId,
      householdId: hh[4].id,
      neighbourhoodId: hh[4].neighbourhoodId,
      channel: "PAPER_BALLOT",
      receiptCode: "R-T003",
      submittedAt,
      effectiveHouseholdId: hh[4].id,
      ballotMark: "BLANK",
    },
  });
  decidedId = await closedPerNeighbourhood([...hoods, await createNeighbourhood(t.db, communeId, "Thôn Bắc")]);
});

/** Closed, decided per neighbourhood (two-thirds of all households): Đông 3/3 and Tây 2/3 adopt, Bắc 1/3 does not. */
async function closedPerNeighbourhood(hoods: { id: string; name: string; communeId: string }[]) {
  const c = await t.db.consultation.create({
    data: {
      communeId,
      title: "Đóng góp làm mương",
      summary: "",
      matter: "PUBLIC_WORKS_CONTRIBUTION",
      mode: "DECISION",
      status: "CLOSED",
      channels: ["PAPER_BALLOT"],
      ruleNumerator: 2,
      ruleDenominator: 3,
      ruleInclusive: true,
      ruleAggregation: "PER_NEIGHBOURHOOD",
      publishedAt: new Date(now.getTime() - 30 * DAY_MS),
      opensAt: new Date(now.getTime() - 30 * DAY_MS),
      closesAt: new Date(now.getTime() - DAY_MS),
      closedAt: new Date(now.getTime() - DAY_MS),
      areas: { create: hoods.map((h) => ({ neighbourhoodId: h.id, neighbourhoodName: h.name })) },
      questions: {
        create: [
          {
            position: 0,
            kind: "APPROVAL",
            text: "Đồng ý đóng góp?",
            options: {
              create: [
                ["AGREE", "Đồng ý"],
                ["DISAGREE", "Không đồng ý"],
              ].map(([key, label], position) => ({ key, label, position })),
            },
          },
        ],
      },
    },
    include: { questions: { include: { options: { orderBy: { position: "asc" } } } } },
  });
  const [agree, disagree] = c.questions[0].options;
  for (const [i, hood] of hoods.entries()) {
    for (let k = 0; k < 3; k++) {
      const h = await createHousehold(t.db, hood);
      await t.db.rollEntry.create({
        data: {
          consultationId: c.id,
          householdId: h.id,
          neighbourhoodId: hood.id,
          householdCode: h.code,
          headName: h.headName,
        },
      });
      await t.db.response.create({
        data: {
          consultationId: c.id,
          householdId: h.id,
          neighbourhoodId: hood.id,
          channel: "PAPER_BALLOT",
          receiptCode: `R-${h.code}`,
          effectiveHouseholdId: h.id,
          answers: {
            create: [
              { questionId: c.questions[0].id, choices: { create: [{ optionId: (k < 3 - i ? agree : disagree).id }] } },
            ],
          },
        },
      });
    }
  }
  await t.db.consultation.update({
    where: { id: c.id },
    data: { finalTally: (await computeTally(t.db, c.id, now)) as never },
  });
  return c.id;
}
afterAll(() => t.close());

describe("XLSX", () => {
  test("the tally sheet agrees with computeTally; the responses sheet lists only counted, non-secret responses", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(await buildTallyWorkbook(t.db, communeId, consultationId, now, "vi")).buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Tổng hợp", "Ý kiến"]);
    const sheet = wb.getWorksheet("Tổng hợp")!;
    const values = (r: number) => (sheet.getRow(r).values as unknown[]).slice(1);
    const header = values(1) as string[];
    const option = (label: string) => [label, `${label} (% số hộ có ý kiến)`, `${label} (% tổng số hộ)`];
    expect(header).toEqual([
      "Thôn/tổ dân phố",
      "Số hộ",
      "Đã có ý kiến",
      "Tỷ lệ tham gia (%)",
      "Trực tuyến",
      "Phiếu lấy ý kiến",
      "Tại cuộc họp",
      "Văn bản",
      "Phiếu trắng",
      "Phiếu trắng (% số hộ có ý kiến)",
      "Phiếu không hợp lệ",
      "Phiếu không hợp lệ (% số hộ có ý kiến)",
      ...option("Câu 1: Đồng ý"),
      ...option("Câu 1: Không đồng ý"),
      ...option("Câu 1: Ý kiến khác"),
      "Câu 2: Số hộ ghi ý kiến",
      "Câu 2: Số hộ ghi ý kiến (% số hộ có ý kiến)",
      "Kết quả",
    ]);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getCell("D2").numFmt).toBe("0.0%");
    expect(sheet.getCell("N2").numFmt).toBe("0.0%");
    expect(sheet.getCell("M2").numFmt).toBe("#,##0");

    // Đông: 2 of 2 responded (1 agree, 1 disagree); one wrote an answer to question 2. Tây: 2 of 3 (the
    // secret-ballot agree, a blank paper ballot; the voided one not counted).
    expect(sheet.rowCount).toBe(4);
    expect([2, 3, 4].map(values)).toEqual([
      ["Thôn Đông", 2, 2, 1, 1, 1, 0, 0, 0, 0, 0, 0, 1, 0.5, 0.5, 1, 0.5, 0.5, 0, 0, 0, 1, 0.5, "Đang lấy ý kiến"],
      ["Thôn Tây", 3, 2, 2 / 3, 0, 1, 1, 0, 1, 0.5, 0, 0, 1, 0.5, 1 / 3, 0, 0, 0, 0, 0, 0, 0, 0, "Đang lấy ý kiến"],
      [
        "Tổng cộng",
        5,
        4,
        0.8,
        1,
        2,
        1,
        0,
        1,
        0.25,
        0,
        0,
        2,
        0.5,
        0.4,
        1,
        0.25,
        0.2,
        0,
        0,
        0,
        1,
        0.25,
        "Đang lấy ý kiến",
      ],
    ]);
    // The same figures as the tally itself.
    const tally = await computeTally(t.db, consultationId, now);
    expect([tally.roll, tally.responded, tally.blank, tally.invalid]).toEqual([5, 4, 1, 0]);

    const responses = wb.getWorksheet("Ý kiến")!;
    expect((responses.getRow(1).values as unknown[]).slice(1)).toEqual([
      "Mã hộ",
      "Chủ hộ",
      "Thôn/tổ dân phố",
      "Hình thức",
      "Thời gian",
      "Phiếu",
      "Câu 1: Đồng ý đóng góp?",
      "Câu 1 (góp ý)",
      "Câu 2: Đề xuất khác",
      "Câu 2 (góp ý)",
    ]);
    expect(responses.rowCount).toBe(4); // not T001 (voided) nor T002 (secret ballot); T003's blank ballot has no answers
    const first = (responses.getRow(2).values as unknown[]).slice(1);
    expect(first).toEqual([
      "D001",
      "Nguyễn Văn An",
      "Thôn Đông",
      "Trực tuyến",
      new Date("2026-12-05T21:30:00Z"),
      undefined,
      "Đồng ý",
      "Đồng ý, đề nghị làm sớm",
      'Mở rộng "đường" ra 5 m',
    ]);
    expect(responses.getCell("E2").numFmt).toBe("dd/mm/yyyy hh:mm");
    expect((responses.getRow(3).values as unknown[]).slice(1, 8)).toEqual([
      "D002",
      "Lê Thị Bình",
      "Thôn Đông",
      "Phiếu lấy ý kiến",
      new Date("2026-12-05T21:30:00Z"),
      undefined,
      "Không đồng ý",
    ]);
    // The blank ballot says so, where its empty answers would otherwise read as a missing ballot.
    expect(responses.getCell("A4").value).toBe("T003");
    expect(responses.getCell("F4").value).toBe("Phiếu trắng");
  });
});

describe("CSV", () => {
  test("tally: BOM, Vietnamese headers, a row per neighbourhood and a totals row", async () => {
    const text = (await buildTallyCsv(t.db, communeId, consultationId, now, "vi")).toString("utf8");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(text.slice(1));
    expect(rows[0].slice(0, 4)).toEqual(["Thôn/tổ dân phố", "Số hộ", "Đã có ý kiến", "Tỷ lệ tham gia (%)"]);
    expect(rows[0].at(-1)).toBe("Kết quả");
    expect(rows.find((r) => r[0] === "Thôn Tây")).toEqual([
      "Thôn Tây",
      "3",
      "2",
      "66.7",
      "0",
      "1",
      "1",
      "0",
      "1",
      "50.0",
      "0",
      "0.0",
      "1",
      "50.0",
      "33.3",
      "0",
      "0.0",
      "0.0",
      "0",
      "0.0",
      "0.0",
      "0",
      "0.0",
      "Đang lấy ý kiến",
    ]);
    expect(rows.at(-1)!.slice(0, 4)).toEqual(["Tổng cộng", "5", "4", "80.0"]);
  });

  test("Art 21 k1: decided per neighbourhood, each row has its own outcome and the totals row says how many adopted, not one verdict", async () => {
    const rows = parseCsv((await buildTallyCsv(t.db, communeId, decidedId, now, "vi")).toString("utf8").slice(1));
    expect(rows.map((r) => [r[0], r.at(-1)])).toEqual([
      ["Thôn/tổ dân phố", "Kết quả"],
      ["Thôn Bắc", "Không được thông qua"],
      ["Thôn Đông", "Được thông qua"],
      ["Thôn Tây", "Được thông qua"],
      ["Tổng cộng", "2/3 thôn, tổ dân phố thông qua"],
    ]);
    const en = parseCsv((await buildTallyCsv(t.db, communeId, decidedId, now, "en")).toString("utf8").slice(1));
    expect(en.at(-1)!.at(-1)).toBe("2/3 neighbourhoods adopted");
  });

  test("responses: BOM, same columns as the sheet, quoted comments, Vietnam time", async () => {
    const text = (await buildResponsesCsv(t.db, communeId, consultationId, now, "vi")).toString("utf8");
    expect(text.startsWith("\uFEFFMã hộ,Chủ hộ,")).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows).toHaveLength(4);
    expect(rows[1]).toEqual([
      "D001",
      "Nguyễn Văn An",
      "Thôn Đông",
      "Trực tuyến",
      "05/12/2026 21:30",
      "",
      "Đồng ý",
      "Đồng ý, đề nghị làm sớm",
      'Mở rộng "đường" ra 5 m',
      "",
    ]);
    expect(rows.some((r) => r[0] === "T001" || r[0] === "T002")).toBe(false);
  });
});

describe("scoping and the route", () => {
  test("another commune's staff get NOT_FOUND", async () => {
    await expect(buildTallyWorkbook(t.db, otherCommuneId, consultationId, now, "vi")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(buildTallyCsv(t.db, otherCommuneId, consultationId, now, "vi")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(buildResponsesCsv(t.db, otherCommuneId, consultationId, now, "vi")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  test("GET: 403 without permission, 404 across communes, downloads with headers", async () => {
    const { GET } = await import("@/app/api/consultations/[id]/export/route");
    const call = (query: string) =>
      GET(new Request(`http://localhost/api/consultations/${consultationId}/export?${query}`), {
        params: Promise.resolve({ id: consultationId }),
      });
    auth.current = null;
    expect((await call("format=xlsx")).status).toBe(403);
    auth.current = { actor: { communeId: otherCommuneId }, db: t.db };
    expect((await call("format=xlsx")).status).toBe(404);
    auth.current = { actor: { communeId }, db: t.db };
    expect((await call("format=pdf")).status).toBe(400);
    const xlsx = await call("format=xlsx");
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(xlsx.headers.get("cache-control")).toBe("no-store");
    expect(xlsx.headers.get("content-disposition")).toBe(`attachment; filename="tong-hop-${consultationId}.xlsx"`);
    const csv = await call("format=csv&what=responses");
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("content-disposition")).toContain(`y-kien-${consultationId}.csv`);
    expect(new Uint8Array(await csv.arrayBuffer()).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });
});
