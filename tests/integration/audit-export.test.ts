// The audit log's XLSX export, read back with the same library: the title block names the commune
// and the filter, the header is bold and frozen, each row is the page's sentence beside its codes,
// the filter is the page's, long logs are paged through whole, and the route refuses a bad query
// with a message rather than failing (the session is mocked, as in tally-export.test.ts).
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { appendAudit, type AuditInput } from "@/server/audit/append";
import { buildAuditWorkbook } from "@/server/audit/export";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { createCommune, createConsultation, createNeighbourhood, createStaff } from "../helpers/factories";

const auth = vi.hoisted(() => ({ current: null as null | { actor: { communeId: string }; db: unknown } }));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }) }));
vi.mock("@/server/api/route-auth", () => ({ staffWithPermission: async () => auth.current }));

let t: TestDb;
let communeId: string;
let slug: string;
let road: { id: string; title: string };
const now = new Date("2026-12-03T02:00:00Z"); // 09:00 on the 3rd in Vietnam
type Actor = AuditInput["actor"];
let official: Actor;
const clock: Actor = { type: "SYSTEM", label: "Hệ thống (theo lịch)" };

const append = (e: Omit<AuditInput, "communeId" | "data"> & { data?: object; communeId?: string }) =>
  t.db.$transaction((tx) => appendAudit(tx, { communeId, ...e, data: e.data ?? {} } as AuditInput));

async function readBack(body: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const rows: unknown[][] = [];
  // The title block's cells are merged across the sheet: read its first cell only.
  ws.eachRow((row, n) => rows.push(n < 4 ? [row.getCell(1).value] : (row.values as unknown[]).slice(1)));
  return { ws, rows };
}

beforeAll(async () => {
  t = await createTestDb();
  const commune = await createCommune(t.db, "Chợ Chùa");
  communeId = commune.id;
  slug = commune.slug;
  const hood = await createNeighbourhood(t.db, communeId, "Thôn Đông");
  const staff = await createStaff(t.db, communeId, "OFFICIAL");
  official = { type: "STAFF", id: staff.id, label: staff.fullName };
  road = await createConsultation(t.db, communeId, { title: "Lấy ý kiến về làm đường thôn" });
  const school = await createConsultation(t.db, communeId, { title: "Lấy ý kiến về sửa trường học" });
  const meeting = await t.db.meetingRecord.create({
    data: {
      consultationId: road.id,
      neighbourhoodId: hood.id,
      heldAt: now,
      place: "Nhà văn hóa thôn",
      chairName: "Lê Văn Cường",
      secretaryName: "Phạm Thị Dung",
      voteMode: "SHOW_OF_HANDS",
    },
  });
  await append({
    actor: official,
    action: "consultation.created",
    entityType: "Consultation",
    entityId: road.id,
    data: { title: road.title, matter: "PROJECT_INVESTMENT_POLICY" },
    now: new Date("2026-12-02T03:05:00Z"),
  });
  await append({
    actor: official,
    action: "consultation.created",
    entityType: "Consultation",
    entityId: school.id,
    data: { title: school.title, matter: "PROJECT_INVESTMENT_POLICY" },
    now: new Date("2026-12-02T03:10:00Z"),
  });
  await append({
    actor: official,
    action: "meeting.attendance",
    entityType: "MeetingRecord",
    entityId: meeting.id,
    data: { present: 12 },
    now: new Date("2026-12-02T04:00:00Z"),
  });
  await append({
    actor: official,
    action: "staff.passwordChanged",
    entityType: "StaffUser",
    entityId: staff.id,
    now: new Date("2026-12-02T05:00:00Z"),
  });
  await append({
    actor: clock,
    action: "consultation.statusChanged",
    entityType: "Consultation",
    entityId: road.id,
    data: { from: "PUBLISHED", to: "OPEN", action: "open", scheduledAt: "2026-12-02T17:00:00.000Z" },
    now: new Date("2026-12-02T17:00:00Z"),
  });
});
afterAll(() => t.close());

const HEADER = [
  "Thời điểm",
  "Người thực hiện",
  "Vai trò",
  "Nội dung",
  "Đối tượng",
  "Mã sự kiện",
  "Số thứ tự trong chuỗi",
  "Mã băm",
];

describe("buildAuditWorkbook", () => {
  test("one consultation's events as sentences, newest first, under a title naming the commune and filter", async () => {
    const { body, fileName } = await buildAuditWorkbook(t.db, communeId, { consultationId: road.id }, now, "vi");
    expect(fileName).toBe(`nhat-ky-he-thong-${slug}-20261203.xlsx`);
    const { ws, rows } = await readBack(body);
    expect(ws.name).toBe("Nhật ký hệ thống");
    expect(rows[0]).toEqual(["Nhật ký hệ thống của Xã Chợ Chùa"]);
    expect(rows[1]).toEqual(["Bộ lọc: Đợt lấy ý kiến: «Lấy ý kiến về làm đường thôn»"]);
    expect(rows[2]).toEqual(["Xuất lúc 09:00 ngày 03/12/2026, 3 sự kiện."]);
    expect(rows[3]).toEqual(HEADER);
    expect(ws.getRow(4).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 4 });

    const events = rows.slice(4);
    expect(events.map((r) => r[6])).toEqual([5, 3, 1]);
    expect(events.map((r) => r[3])).toEqual([
      "Lúc 00:00 ngày 03/12/2026, hệ thống tự động mở đợt lấy ý kiến «Lấy ý kiến về làm đường thôn» theo lịch: các hộ bắt đầu cho ý kiến.",
      "Lúc 11:00 ngày 02/12/2026, Công chức Trần Thị Bình cập nhật danh sách hộ dự họp ở Thôn Đông (đợt lấy ý kiến «Lấy ý kiến về làm đường thôn»): 12 hộ có mặt.",
      "Lúc 10:05 ngày 02/12/2026, Công chức Trần Thị Bình tạo đợt lấy ý kiến «Lấy ý kiến về làm đường thôn».",
    ]);
    const [opened, attendance, created] = events;
    // Excel has no time zones: the cell holds Vietnam wall-clock time, shown as dd/mm/yyyy hh:mm.
    expect(created[0]).toEqual(new Date("2026-12-02T10:05:00Z"));
    expect(ws.getCell("A7").numFmt).toBe("dd/mm/yyyy hh:mm");
    expect(created.slice(1, 3)).toEqual(["Trần Thị Bình", "Công chức"]);
    expect(opened.slice(1, 3)).toEqual(["Hệ thống (theo lịch)", "Hệ thống"]);
    expect(attendance[4]).toMatch(/^Cuộc họp \(mã \w+\)$/);
    expect(created[4]).toBe(`Đợt lấy ý kiến (mã ${road.id})`);
    expect(events.map((r) => r[5])).toEqual([
      "consultation.statusChanged",
      "meeting.attendance",
      "consultation.created",
    ]);
    for (const r of events) expect(r[7]).toMatch(/^[0-9a-f]{64}$/);
  });

  test("without a filter: the whole log; other filters are named in the title block", async () => {
    const all = await readBack((await buildAuditWorkbook(t.db, communeId, {}, now, "vi")).body);
    expect(all.rows[1]).toEqual(["Bộ lọc: không (toàn bộ nhật ký)"]);
    expect(all.rows.slice(4).map((r) => r[6])).toEqual([5, 4, 3, 2, 1]);
    const some = await readBack(
      (
        await buildAuditWorkbook(
          t.db,
          communeId,
          { action: "consultation.created", from: "2026-12-02", to: "2026-12-02" },
          now,
          "vi",
        )
      ).body,
    );
    expect(some.rows[1]).toEqual(["Bộ lọc: Thao tác: Tạo đợt lấy ý kiến; Từ ngày: 02/12/2026; Đến ngày: 02/12/2026"]);
    expect(some.rows.slice(4).map((r) => r[6])).toEqual([2, 1]);
  });

  test("in English when the request is", async () => {
    const { rows } = await readBack(
      (await buildAuditWorkbook(t.db, communeId, { consultationId: road.id }, now, "en")).body,
    );
    expect(rows[3]).toEqual([
      "Time",
      "Done by",
      "Role",
      "What happened",
      "Item",
      "Event code",
      "Number in the chain",
      "Hash",
    ]);
    expect(rows.at(-1)![3]).toBe(
      "On 12/02/2026 at 10:05, Commune official Trần Thị Bình created the consultation «Lấy ý kiến về làm đường thôn».",
    );
  });

  test("another commune's consultation, or none of this commune's, gives only the title block", async () => {
    const other = await createCommune(t.db);
    const theirs = await createConsultation(t.db, other.id);
    const { rows } = await readBack(
      (await buildAuditWorkbook(t.db, communeId, { consultationId: theirs.id }, now, "vi")).body,
    );
    expect(rows[1]).toEqual(["Bộ lọc: Đợt lấy ý kiến: «(Đợt lấy ý kiến không có trong xã)»"]);
    expect(rows).toHaveLength(4);
  });

  test("a log longer than a page is read whole, each event once", async () => {
    const busy = await createCommune(t.db);
    await t.db.$transaction(
      async (tx) => {
        for (let i = 0; i < 520; i++)
          await appendAudit(tx, {
            communeId: busy.id,
            actor: clock,
            action: "staff.passwordChanged",
            entityType: "StaffUser",
            entityId: `s${i}`,
            data: {},
          } as AuditInput);
      },
      { timeout: 60_000 },
    );
    const { rows } = await readBack((await buildAuditWorkbook(t.db, busy.id, {}, now, "vi")).body);
    const seqs = rows.slice(4).map((r) => r[6]);
    expect(seqs).toEqual(Array.from({ length: 520 }, (_, i) => 520 - i));
  }, 60_000);
});

describe("GET /api/audit/export", () => {
  const call = async (query: string) => {
    const { GET } = await import("@/app/api/audit/export/route");
    return GET(new Request(`http://localhost/api/audit/export?${query}`));
  };

  test("403 without the permission", async () => {
    auth.current = null;
    expect((await call("")).status).toBe(403);
  });

  test.each([
    ["a date that is not a day", "from=2026-13-01"],
    ["an end before the start", "from=2026-12-03&to=2026-12-01"],
    ["an unknown action", "action=record.burned"],
    ["an id too long", `consultationId=${"x".repeat(65)}`],
    ["a parameter the filter does not have", "limit=5"],
    ["a NUL character", "actor=a%00b"],
  ])("400 with a message for %s", async (_label, query) => {
    auth.current = { actor: { communeId }, db: t.db };
    const res = await call(query);
    expect(res.status).toBe(400);
    expect(await res.text()).toBe(
      "Bộ lọc không hợp lệ nên không tạo được tệp. Hãy quay lại trang nhật ký, kiểm tra các ô lọc rồi tải lại.",
    );
  });

  test("downloads the filtered workbook, never cached", async () => {
    auth.current = { actor: { communeId }, db: t.db };
    const res = await call(`consultationId=${road.id}&actor=&from=`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("content-disposition")).toMatch(
      new RegExp(`^attachment; filename="nhat-ky-he-thong-${slug}-\\d{8}\\.xlsx"$`),
    );
    const { rows } = await readBack(Buffer.from(await res.arrayBuffer()));
    expect(rows.slice(4).map((r) => r[6])).toEqual([5, 3, 1]);
  });
});
