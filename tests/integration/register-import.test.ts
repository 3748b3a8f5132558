// Household register import (docs/LAW.md#r3, #r22): preview
// writes nothing and reports every error with its line; apply is all or nothing; re-imports move
// and deactivate; a changed register between preview and apply is refused; administrators only.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { getTranslator } from "@/i18n/translate";
import { createTestDb, type TestDb } from "../helpers/test-db";
import {
  callerAs,
  createCommune,
  createHousehold,
  createNeighbourhood,
  createStaff,
  staffSession,
} from "../helpers/factories";

let t: TestDb;
const say = getTranslator("vi") as unknown as (key: string, params?: Record<string, unknown>) => string;

const HEADER = "Thôn/Tổ dân phố,Mã hộ,Chủ hộ,Địa chỉ,Số nhân khẩu,Số điện thoại";
const csvFile = (lines: string[], name = "ds-ho.csv") =>
  new File([`\uFEFF${[HEADER, ...lines].join("\r\n")}\r\n`], name, { type: "text/csv" });
const form = (file: File, extra: Record<string, string> = {}) => {
  const f = new FormData();
  f.set("file", file);
  for (const [k, v] of Object.entries(extra)) f.set(k, v);
  return f;
};

async function setup() {
  const commune = await createCommune(t.db);
  const east = await createNeighbourhood(t.db, commune.id, "Thôn Đông");
  const west = await createNeighbourhood(t.db, commune.id, "Thôn Tây");
  const admin = await createStaff(t.db, commune.id, "ADMIN");
  return { commune, east, west, admin, as: callerAs(t.db, staffSession(admin)) };
}

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

describe("preview", () => {
  test("a file with every kind of error: each reported with its line and column, in Vietnamese, and nothing written", async () => {
    const s = await setup();
    const before = await t.db.household.count();
    const file = csvFile([
      "Thôn Đông,D001,Nguyễn Văn An,Số 1,4,0912345678", // line 2: fine
      "Thôn Đông,D 002,Lê Thị Bình,Số 2,3,", // 3: bad code
      "Thôn Đông,D001,Trần Văn Cường,Số 3,2,", // 4: duplicate of line 2
      "Thôn Bắc,D004,Phạm Thị Dung,Số 4,2,", // 5: unknown neighbourhood
      "Thôn Tây,D005,,Số 5,2,", // 6: empty name
      "Thôn Tây,D006,Hoàng Văn Em,Số 6,không,", // 7: bad members
      "Thôn Tây,D007,Vũ Thị Giang,Số 7,2,12345", // 8: bad phone
    ]);
    const p = await s.as.register.previewImport(form(file));
    expect(p.rows).toBe(7);
    expect(p.issueCount).toBe(6);
    expect(
      p.issues.map((i) => [
        i.line,
        i.column,
        say(`register.issue.${i.code}`, { value: i.value, otherLine: i.otherLine ?? "" }),
      ]),
    ).toEqual([
      [3, "code", "Mã hộ “D 002” không hợp lệ: chỉ gồm chữ không dấu, chữ số và các dấu . _ - /, tối đa 32 ký tự."],
      [4, "code", "Mã hộ “D001” bị trùng với dòng 2."],
      [
        5,
        "neighbourhood",
        "Không có thôn, tổ dân phố “Thôn Bắc” trong xã. Kiểm tra lại tên hoặc mã, hoặc chọn “Tạo thôn, tổ dân phố mới”.",
      ],
      [6, "headName", "Chưa nhập họ tên chủ hộ."],
      [7, "members", "Số nhân khẩu “không” phải là số nguyên từ 1 đến 99."],
      [8, "phone", "Số điện thoại “12345” không hợp lệ (10 hoặc 11 chữ số, bắt đầu bằng 0 hoặc +84)."],
    ]);
    expect(await t.db.household.count()).toBe(before);
    // Applying a file with errors is refused and writes nothing either.
    const err = await s.as.register.applyImport(form(file, { fingerprint: p.fingerprint })).catch((e) => e);
    expect(err.cause.key).toBe("registerHasErrors");
    expect(await t.db.household.count()).toBe(before);
    expect(await t.db.auditEvent.count({ where: { communeId: s.commune.id, action: "register.imported" } })).toBe(0);
  });

  test("a file without a required column is refused, naming the column", async () => {
    const s = await setup();
    const err = await s.as.register
      .previewImport(form(new File(["Mã hộ,Địa chỉ\r\nD1,Số 1\r\n"], "x.csv")))
      .catch((e) => e);
    expect(err.code).toBe("BAD_REQUEST");
    expect(err.cause.issues.map((i: { params: { column: string } }) => i.params.column)).toEqual([
      "@register.column.neighbourhood",
      "@register.column.headName",
    ]);
  });

  test("semicolon CSV (Excel with Vietnamese settings) and XLSX read the same", async () => {
    const s = await setup();
    const semi = new File(
      [["Thôn/Tổ dân phố;Mã hộ;Chủ hộ;Địa chỉ;Số nhân khẩu", "Thôn Đông;D1;Nguyễn Văn An;Số 1, ngõ 2;4"].join("\n")],
      "x.csv",
    );
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Danh sách");
    ws.addRow(HEADER.split(","));
    ws.addRow(["Thôn Đông", "D1", "Nguyễn Văn An", "Số 1, ngõ 2", 4, ""]);
    const xlsx = new File([new Uint8Array(await wb.xlsx.writeBuffer())], "x.xlsx");
    for (const file of [semi, xlsx]) {
      const p = await s.as.register.previewImport(form(file));
      expect(p.issueCount).toBe(0);
      expect(p.samples.new).toEqual([
        { line: 2, code: "D1", headName: "Nguyễn Văn An", neighbourhood: "Thôn Đông", from: null, fields: [] },
      ]);
    }
  });
});

describe("apply", () => {
  test("first import, then a re-import with changes, moves and removals; rolls of past consultations stay as they were", async () => {
    const s = await setup();
    const first = csvFile([
      "Thôn Đông,D001,Nguyễn Văn An,Số 1,4,0912345678",
      "Thôn Đông,D002,Lê Thị Bình,Số 2,3,",
      "Thôn Đông,D003,Trần Văn Cường,Số 3,2,",
      "Thôn Tây,T001,Phạm Thị Dung,Số 4,2,",
    ]);
    const p1 = await s.as.register.previewImport(form(first));
    expect(p1.counts).toEqual({
      new: 4,
      changed: 0,
      moved: 0,
      reactivated: 0,
      missing: 0,
      unchanged: 0,
      newNeighbourhoods: 0,
    });
    expect(await s.as.register.applyImport(form(first, { fingerprint: p1.fingerprint }))).toMatchObject({
      rows: 4,
      counts: { new: 4 },
    });
    const d003 = await t.db.household.findFirstOrThrow({ where: { communeId: s.commune.id, code: "D003" } });
    // A past consultation's roll holds D003 in Thôn Đông.
    const c = await t.db.consultation.create({
      data: {
        communeId: s.commune.id,
        title: "Cũ",
        summary: "",
        matter: "PROJECT_INVESTMENT_POLICY",
        mode: "OPINION",
        status: "CLOSED",
        channels: ["ONLINE"],
      },
    });
    await t.db.rollEntry.create({
      data: {
        consultationId: c.id,
        householdId: d003.id,
        neighbourhoodId: s.east.id,
        householdCode: "D003",
        headName: "Trần Văn Cường",
      },
    });

    const second = csvFile([
      "Thôn Đông,D001,Nguyễn Văn An,Số 1,5,0912 345 678", // members changed; phone same once normalised
      "Thôn Tây,D003,Trần Văn Cường,Số 9,2,", // moved east → west, address changed
      "Thôn Tây,T001,Phạm Thị Dung,Số 4,2,", // unchanged
      "Thôn Tây,T002,Đỗ Văn Phúc,Số 5,6,", // new
    ]); // D002 is missing → deactivated
    const p2 = await s.as.register.previewImport(form(second));
    expect(p2.counts).toEqual({
      new: 1,
      changed: 1,
      moved: 1,
      reactivated: 0,
      missing: 1,
      unchanged: 1,
      newNeighbourhoods: 0,
    });
    expect(p2.samples.moved).toEqual([
      {
        line: 3,
        code: "D003",
        headName: "Trần Văn Cường",
        neighbourhood: "Thôn Tây",
        from: "Thôn Đông",
        fields: ["neighbourhood", "address"],
      },
    ]);
    expect(p2.missing).toEqual([{ code: "D002", headName: "Lê Thị Bình", neighbourhood: "Thôn Đông" }]);
    await s.as.register.applyImport(form(second, { fingerprint: p2.fingerprint }));

    const rows = await t.db.household.findMany({
      where: { communeId: s.commune.id },
      orderBy: { code: "asc" },
      select: { code: true, neighbourhoodId: true, members: true, active: true, address: true },
    });
    expect(rows).toEqual([
      { code: "D001", neighbourhoodId: s.east.id, members: 5, active: true, address: "Số 1" },
      { code: "D002", neighbourhoodId: s.east.id, members: 3, active: false, address: "Số 2" },
      { code: "D003", neighbourhoodId: s.west.id, members: 2, active: true, address: "Số 9" },
      { code: "T001", neighbourhoodId: s.west.id, members: 2, active: true, address: "Số 4" },
      { code: "T002", neighbourhoodId: s.west.id, members: 6, active: true, address: "Số 5" },
    ]);
    // Never deleted, and the old roll still says Thôn Đông.
    expect(await t.db.rollEntry.findFirstOrThrow({ where: { consultationId: c.id } })).toMatchObject({
      neighbourhoodId: s.east.id,
      householdCode: "D003",
    });
    const audit = await t.db.auditEvent.findMany({
      where: { communeId: s.commune.id, action: "register.imported" },
      orderBy: { seq: "asc" },
    });
    expect(audit.map((a) => (a.data as { new: number }).new)).toEqual([4, 1]);

    // Importing the same file again changes nothing.
    const p3 = await s.as.register.previewImport(form(second));
    expect(p3.counts).toEqual({
      new: 0,
      changed: 0,
      moved: 0,
      reactivated: 0,
      missing: 0,
      unchanged: 4,
      newNeighbourhoods: 0,
    });
  });

  test("a register changed between preview and apply is refused; nothing is written", async () => {
    const s = await setup();
    const file = csvFile(["Thôn Đông,D001,Nguyễn Văn An,Số 1,4,"]);
    const p = await s.as.register.previewImport(form(file));
    await createHousehold(t.db, s.east, { code: "D999" }); // someone adds a household meanwhile
    const err = await s.as.register.applyImport(form(file, { fingerprint: p.fingerprint })).catch((e) => e);
    expect(err.code).toBe("CONFLICT");
    expect(say(`errors.${err.cause.key}`)).toBe(
      "Danh sách hộ vừa thay đổi sau khi xem trước. Vui lòng xem trước lại trước khi cập nhật.",
    );
    expect(await t.db.household.count({ where: { communeId: s.commune.id, code: "D001" } })).toBe(0);
  });

  test("new neighbourhoods are created only when asked", async () => {
    const s = await setup();
    const file = csvFile(["Tổ dân phố 7,N701,Ngô Văn Hải,Số 1,3,"]);
    expect((await s.as.register.previewImport(form(file))).issues[0].code).toBe("unknownNeighbourhood");
    const p = await s.as.register.previewImport(form(file, { allowNewNeighbourhoods: "1" }));
    expect(p.newNeighbourhoods).toEqual(["Tổ dân phố 7"]);
    await s.as.register.applyImport(form(file, { allowNewNeighbourhoods: "1", fingerprint: p.fingerprint }));
    const hood = await t.db.neighbourhood.findFirstOrThrow({
      where: { communeId: s.commune.id, name: "Tổ dân phố 7" },
      include: { households: true, names: true },
    });
    expect(hood.households.map((h) => h.code)).toEqual(["N701"]);
    expect(hood.names.map((n) => n.name)).toEqual(["Tổ dân phố 7"]);
  });

  test("only administrators import; another commune's register is never touched", async () => {
    const s = await setup();
    const file = csvFile(["Thôn Đông,D001,Nguyễn Văn An,Số 1,4,"]);
    for (const role of ["OFFICIAL", "LEADER", "OVERSIGHT"] as const) {
      const staff = await createStaff(t.db, s.commune.id, role);
      await expect(callerAs(t.db, staffSession(staff)).register.previewImport(form(file))).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    await expect(callerAs(t.db, null).register.previewImport(form(file))).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    const other = await setup();
    const otherHousehold = await createHousehold(t.db, other.east, { code: "D001" });
    const p = await s.as.register.previewImport(form(file));
    expect(p.counts.new).toBe(1);
    await s.as.register.applyImport(form(file, { fingerprint: p.fingerprint }));
    expect(await t.db.household.findUniqueOrThrow({ where: { id: otherHousehold.id } })).toMatchObject({
      communeId: other.commune.id,
      active: true,
    });
  });
});
