import { describe, expect, test } from "vitest";
import { sortByName } from "@/domain/vietnamese";
import {
  capacityFromTitle,
  numberAndSymbol,
  padNumber,
  placeDateLine,
  placeName,
  recipientLines,
  signatureBlock,
  vietnamDate,
} from "@/domain/records";

describe("number and symbol (Decree 30/2020 Appendix I §II 3)", () => {
  test.each([
    ["1 → leading zero", 1, "BC", "01/BC-UBND"],
    ["9 → leading zero", 9, "TB", "09/TB-UBND"],
    ["10 → none", 10, "BC", "10/BC-UBND"],
    ["123", 123, "BB", "123/BB-UBND"],
  ] as const)("%s", (_label, n, type, expected) => {
    expect(numberAndSymbol(n, type)).toBe(expected);
  });

  test.each([[0], [-1], [1.5], [Number.NaN]])("a number must be a positive integer: %s", (n) => {
    expect(() => padNumber(n)).toThrow(RangeError);
  });
});

describe("place and date line (Decree 30/2020 Appendix I §II 4)", () => {
  test.each([
    ["day under 10 and January take a zero", "2027-01-05T09:00:00+07:00", "Chợ Chùa, ngày 05 tháng 01 năm 2027"],
    ["February takes a zero", "2027-02-15T09:00:00+07:00", "Chợ Chùa, ngày 15 tháng 02 năm 2027"],
    ["March onwards does not", "2026-03-09T09:00:00+07:00", "Chợ Chùa, ngày 09 tháng 3 năm 2026"],
    ["December", "2026-12-25T09:00:00+07:00", "Chợ Chùa, ngày 25 tháng 12 năm 2026"],
    [
      "the date is Vietnam's: 31 Dec 17:30 UTC is already 1 January",
      "2026-12-31T17:30:00Z",
      "Chợ Chùa, ngày 01 tháng 01 năm 2027",
    ],
  ] as const)("%s", (_label, at, expected) => {
    expect(placeDateLine("Chợ Chùa", new Date(at))).toBe(expected);
  });

  test("numbering restarts on 1 January in Vietnam, not in UTC", () => {
    expect(vietnamDate(new Date("2026-12-31T16:59:59Z")).year).toBe(2026);
    expect(vietnamDate(new Date("2026-12-31T17:00:00Z")).year).toBe(2027);
  });

  test.each([
    ["Thị trấn Chợ Chùa", "Chợ Chùa"],
    ["Xã Nghĩa Hành", "Nghĩa Hành"],
    ["phường Cẩm Thành", "Cẩm Thành"],
    ["Đặc khu Lý Sơn", "Lý Sơn"],
    ["Thử Nghiệm", "Thử Nghiệm"],
  ])("place name of %s is %s", (name, expected) => {
    expect(placeName(name)).toBe(expected);
  });
});

describe("signature block by the signer's title (Decree 30/2020 Art 13; Appendix I §II 7)", () => {
  test.each([
    ["Chủ tịch UBND", { authority: "TM. ỦY BAN NHÂN DÂN", title: "CHỦ TỊCH" }],
    ["Phó Chủ tịch UBND thị trấn", { authority: "KT. CHỦ TỊCH", title: "PHÓ CHỦ TỊCH" }],
    ["PHÓ CHỦ TỊCH", { authority: "KT. CHỦ TỊCH", title: "PHÓ CHỦ TỊCH" }],
    ["Quyền Chủ tịch", { authority: "TM. ỦY BAN NHÂN DÂN", title: "Q. CHỦ TỊCH" }],
    [null, { authority: "TM. ỦY BAN NHÂN DÂN", title: "CHỦ TỊCH" }],
  ] as const)("%s", (title, expected) => {
    expect(signatureBlock(capacityFromTitle(title))).toEqual(expected);
  });
});

describe("recipients (Nơi nhận)", () => {
  test("each line ends with a semicolon and the list ends with the archive", () => {
    expect(recipientLines(["Thường trực HĐND thị trấn", " UBMTTQ Việt Nam thị trấn; ", "", "Lưu: VT"])).toEqual([
      "- Thường trực HĐND thị trấn;",
      "- UBMTTQ Việt Nam thị trấn;",
      "- Lưu: VT.",
    ]);
  });
});

describe("Vietnamese order of names", () => {
  test.each([
    [
      "Đ sorts after D, before E and T",
      ["Thôn Tây", "Thôn Đông", "Thôn Dương", "Thôn Bắc"],
      ["Thôn Bắc", "Thôn Dương", "Thôn Đông", "Thôn Tây"],
    ],
    ["numbers sort as numbers", ["Tổ 10", "Tổ 2", "Tổ 1"], ["Tổ 1", "Tổ 2", "Tổ 10"]],
    ["tones do not split a letter: a, á, à before b", ["Bình", "Ánh", "An"], ["An", "Ánh", "Bình"]],
  ])("%s", (_label, names, expected) => {
    expect(sortByName(names, (n) => n)).toEqual(expected);
  });
});
