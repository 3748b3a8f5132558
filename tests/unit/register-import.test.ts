import { describe, expect, test } from "vitest";
import {
  checkRows,
  foldHeader,
  IMPORT_COLUMNS,
  IMPORT_HEADERS,
  mapHeader,
  normalisePhone,
  planCounts,
  planImport,
  type Existing,
  type ImportRow,
} from "@/domain/register-import";

const row = (line: number, o: Partial<ImportRow> = {}): ImportRow => ({
  line,
  neighbourhood: "Thôn Đông",
  code: `H${line}`,
  headName: "Nguyễn Văn An",
  address: "Số 1",
  members: "4",
  phone: "",
  ...o,
});
const known = (k: string) => ["thon dong", "thon tay", "t01"].includes(k);

describe("header mapping", () => {
  test.each([
    [
      "the template's Vietnamese headers",
      ["Thôn/Tổ dân phố", "Mã hộ", "Chủ hộ", "Địa chỉ", "Số nhân khẩu", "Số điện thoại"],
      { neighbourhood: 0, code: 1, headName: 2, address: 3, members: 4, phone: 5 },
      [],
    ],
    [
      "typed without diacritics, other order",
      ["ma ho", "CHU HO", "thon"],
      { code: 0, headName: 1, neighbourhood: 2 },
      [],
    ],
    [
      "English headers",
      ["Household code", "Head of household", "Neighbourhood", "Phone"],
      { code: 0, headName: 1, neighbourhood: 2, phone: 3 },
      [],
    ],
    [
      "a required column missing is named",
      ["Mã hộ", "Địa chỉ"],
      { code: 0, address: 1 },
      ["neighbourhood", "headName"],
    ],
  ] as const)("%s", (_label, header, columns, missing) => {
    expect(mapHeader(header)).toEqual({ columns, missing });
  });

  test.each([
    ["Email", "email"],
    ["E-mail", "email"],
    ["e mail", "email"],
    ["Thư điện tử", "email"],
    ["thu dien tu", "email"],
    ["Địa chỉ email", "email"],
    ["Đồng ý nhận tin", "consent"],
    ["dong y nhan tin", "consent"],
    ["DONG Y NHAN TIN", "consent"],
    ["Nhận tin", "consent"],
    ["Consent", "consent"],
  ] as const)("the optional contact column %j is %s", (header, column) => {
    expect(mapHeader(["Mã hộ", "Chủ hộ", "Thôn", header])).toEqual({
      columns: { code: 0, headName: 1, neighbourhood: 2, [column]: 3 },
      missing: [],
    });
  });

  test("the template's headers, contact columns included, map one to one in order", () => {
    expect(mapHeader(IMPORT_COLUMNS.map((c) => IMPORT_HEADERS[c])).columns).toEqual(
      Object.fromEntries(IMPORT_COLUMNS.map((c, i) => [c, i])),
    );
  });

  test("folding removes tones and đ", () => {
    expect(foldHeader("  Tổ  Dân_Phố Đông ")).toBe("to dan pho dong");
  });
});

describe("row checks: each problem names its line and column", () => {
  test.each([
    [
      "bad code (spaces, accents)",
      row(2, { code: "H 01" }),
      { line: 2, column: "code", code: "badCode", value: "H 01" },
    ],
    ["empty code", row(3, { code: "" }), { line: 3, column: "code", code: "badCode", value: "" }],
    [
      "unknown neighbourhood",
      row(4, { neighbourhood: "Thôn Bắc" }),
      { line: 4, column: "neighbourhood", code: "unknownNeighbourhood", value: "Thôn Bắc" },
    ],
    [
      "empty neighbourhood",
      row(5, { neighbourhood: " " }),
      { line: 5, column: "neighbourhood", code: "emptyNeighbourhood", value: "" },
    ],
    ["empty name", row(6, { headName: "  " }), { line: 6, column: "headName", code: "emptyName", value: "" }],
    [
      "members not a whole number",
      row(7, { members: "3,5" }),
      { line: 7, column: "members", code: "badMembers", value: "3,5" },
    ],
    ["members zero", row(8, { members: "0" }), { line: 8, column: "members", code: "badMembers", value: "0" }],
    ["phone too short", row(9, { phone: "09123" }), { line: 9, column: "phone", code: "badPhone", value: "09123" }],
    [
      "e-mail without @",
      row(10, { email: "an.example.com" }),
      { line: 10, column: "email", code: "badEmail", value: "an.example.com" },
    ],
    [
      "consent neither yes nor no",
      row(11, { consent: "có lẽ" }),
      { line: 11, column: "consent", code: "badConsent", value: "có lẽ" },
    ],
  ])("%s", (_label, r, issue) => {
    const out = checkRows([r], known, false);
    expect(out.issues).toEqual([issue]);
    expect(out.rows).toEqual([]);
  });

  test("a duplicate code points at the first line that used it", () => {
    const out = checkRows([row(2, { code: "h01" }), row(3, { code: "H01" })], known, false);
    expect(out.issues).toEqual([{ line: 3, column: "code", code: "duplicateCode", value: "H01", otherLine: 2 }]);
    expect(out.rows.map((r) => r.code)).toEqual(["H01"]);
  });

  test("neighbourhoods match by code or name, any case, with or without diacritics; new ones allowed on request", () => {
    expect(
      checkRows([row(2, { neighbourhood: "THON DONG" }), row(3, { neighbourhood: "t01" })], known, false).issues,
    ).toEqual([]);
    expect(checkRows([row(2, { neighbourhood: "Thôn Bắc" })], known, true).issues).toEqual([]);
  });

  test.each([
    ["0912 345 678", "0912345678"],
    ["+84 912.345.678", "0912345678"],
    ["84912345678", "0912345678"],
    ["", null],
    ["12345", "bad"],
  ])("phone %s → %s", (raw, expected) => {
    expect(normalisePhone(raw)).toBe(expected);
  });

  test.each([
    ["no e-mail column, no consent column: both kept", {}, {}],
    ["an e-mail", { email: " An@Example.COM " }, { email: "An@example.com" }],
    ["an empty e-mail cell clears it (the column is there)", { email: "" }, { email: null }],
    ["consent “Có”", { consent: "Có" }, { consent: "GIVEN" }],
    ["consent “từ chối”", { consent: "từ chối" }, { consent: "OPTED_OUT" }],
    ["consent “Chưa hỏi”", { consent: "Chưa hỏi" }, { consent: "UNKNOWN" }],
    ["a blank consent cell keeps the recorded answer", { consent: " " }, {}],
  ] as const)("contacts: %s", (_label, o, expected) => {
    const out = checkRows([row(2, o)], known, false);
    expect(out.issues).toEqual([]);
    const { email, consent } = out.rows[0];
    expect(Object.fromEntries(Object.entries({ email, consent }).filter(([, v]) => v !== undefined))).toEqual(expected);
    expect("consent" in out.rows[0]).toBe("consent" in expected);
  });

  test("members default to 1 when empty; spaces are collapsed; codes upper-cased", () => {
    const out = checkRows([row(2, { members: "", headName: " Trần  Thị   Bình ", code: "d01" })], known, false);
    expect(out.rows[0]).toMatchObject({ code: "D01", headName: "Trần Thị Bình", members: 1 });
  });
});

describe("the plan: new, changed, moved, reactivated, missing", () => {
  const ids: Record<string, string> = { "thon dong": "N-EAST", "thon tay": "N-WEST" };
  const resolve = (k: string) => ids[k] ?? null;
  const existing: Existing[] = [
    {
      id: "1",
      code: "H2",
      neighbourhoodId: "N-EAST",
      headName: "Nguyễn Văn An",
      address: "Số 1",
      members: 4,
      phone: null,
      active: true,
    },
    {
      id: "2",
      code: "H3",
      neighbourhoodId: "N-EAST",
      headName: "Nguyễn Văn An",
      address: "Số 1",
      members: 4,
      phone: null,
      active: true,
    },
    {
      id: "3",
      code: "H4",
      neighbourhoodId: "N-EAST",
      headName: "Lê Thị Cũ",
      address: "Số 1",
      members: 4,
      phone: null,
      active: true,
    },
    {
      id: "4",
      code: "H5",
      neighbourhoodId: "N-EAST",
      headName: "Nguyễn Văn An",
      address: "Số 1",
      members: 4,
      phone: null,
      active: false,
    },
    {
      id: "5",
      code: "H9",
      neighbourhoodId: "N-EAST",
      headName: "Đã chuyển đi",
      address: "",
      members: 1,
      phone: null,
      active: true,
    },
    {
      id: "6",
      code: "W1",
      neighbourhoodId: "N-WEST",
      headName: "Thôn khác",
      address: "",
      members: 1,
      phone: null,
      active: true,
    },
  ];

  test("each kind is recognised; missing only within the neighbourhoods the file covers", () => {
    const { rows } = checkRows(
      [row(2), row(3, { neighbourhood: "Thôn Tây" }), row(4), row(5), row(6), row(7, { neighbourhood: "Thôn Mới" })],
      (k) => k in ids || k === "thon moi",
      true,
    );
    const plan = planImport(rows, existing, resolve);
    expect(plan.changes.map((c) => [c.kind, c.row.code, "fields" in c ? c.fields : []])).toEqual([
      ["moved", "H3", ["neighbourhood"]],
      ["changed", "H4", ["headName"]],
      ["reactivated", "H5", []],
      ["new", "H6", []],
      ["new", "H7", []],
    ]);
    expect(plan.unchanged).toBe(1);
    // H9 (Thôn Đông, not in the file) is missing; W1 too, because the file now covers Thôn Tây.
    expect(plan.missing.map((m) => m.code)).toEqual(["H9", "W1"]);
    expect(plan.newNeighbourhoods).toEqual(["Thôn Mới"]);
    expect(planCounts(plan)).toEqual({
      new: 2,
      changed: 1,
      moved: 1,
      reactivated: 1,
      missing: 2,
      unchanged: 1,
      newNeighbourhoods: 1,
    });
  });

  test.each([
    ["no contact columns: e-mail and answer kept, nothing changed", {}, []],
    ["the same e-mail, the same answer", { email: "an@example.com", consent: "có" }, []],
    ["a blank consent cell keeps the recorded objection", { email: "an@example.com", consent: "" }, []],
    ["another e-mail", { email: "binh@example.com" }, ["email"]],
    ["the e-mail cell emptied", { email: "" }, ["email"]],
    ["the household now refuses", { consent: "Từ chối" }, ["consent"]],
  ] as const)("contacts against the register: %s", (_label, o, fields) => {
    const withContact: Existing = { ...existing[0], email: "an@example.com", contactConsent: "GIVEN" };
    const { rows } = checkRows([row(2, o)], known, false);
    const plan = planImport(rows, [withContact], resolve);
    if (fields.length) expect(plan.changes.map((c) => ("fields" in c ? c.fields : []))).toEqual([fields]);
    else expect([plan.changes, plan.unchanged]).toEqual([[], 1]);
  });

  test("a file of one neighbourhood never deactivates another's households", () => {
    const { rows } = checkRows([row(2)], known, false);
    expect(planImport(rows, existing, resolve).missing.map((m) => m.code)).toEqual(["H3", "H4", "H9"]);
  });
});
