import { describe, expect, test } from "vitest";
import { checkCommuneSetup, isCommuneKindFlag, MAX_NAME_LENGTH, type CommuneSetupFields } from "@/domain/commune-setup";

const valid: CommuneSetupFields = {
  provinceCode: "51",
  provinceName: "Quảng Ngãi",
  communeCode: "21100",
  communeName: "Tịnh Khê",
  communeKind: "xa",
  adminName: "",
};
const newProvince = { provinceExists: false, communeCodeTaken: false };
const knownProvince = { provinceExists: true, communeCodeTaken: false };
const long = "a".repeat(MAX_NAME_LENGTH + 1);

describe("a new commune's fields (official codes: 2 digits for a province, 5 for a commune)", () => {
  test.each([
    ["everything right, new province", {}, newProvince, []],
    ["an existing province needs no name", { provinceName: "" }, knownProvince, []],
    ["ward", { communeKind: "phuong" }, newProvince, []],
    ["special zone", { communeKind: "dac-khu" }, newProvince, []],
    ["a name exactly at the limit", { communeName: "a".repeat(MAX_NAME_LENGTH) }, newProvince, []],
    ["no province code", { provinceCode: "" }, newProvince, [{ field: "provinceCode", code: "provinceCodeRequired" }]],
    [
      "a one-digit province code",
      { provinceCode: "5" },
      newProvince,
      [{ field: "provinceCode", code: "provinceCodeFormat" }],
    ],
    [
      "a three-digit province code",
      { provinceCode: "051" },
      newProvince,
      [{ field: "provinceCode", code: "provinceCodeFormat" }],
    ],
    [
      "a province code with letters",
      { provinceCode: "QN" },
      newProvince,
      [{ field: "provinceCode", code: "provinceCodeFormat" }],
    ],
    [
      "a new province without its name",
      { provinceName: "" },
      newProvince,
      [{ field: "provinceName", code: "provinceNameRequired", params: { code: "51" } }],
    ],
    ["no commune code", { communeCode: "" }, newProvince, [{ field: "communeCode", code: "communeCodeRequired" }]],
    [
      "a four-digit commune code",
      { communeCode: "2110" },
      newProvince,
      [{ field: "communeCode", code: "communeCodeFormat" }],
    ],
    [
      "a commune code with a letter",
      { communeCode: "2110A" },
      newProvince,
      [{ field: "communeCode", code: "communeCodeFormat" }],
    ],
    [
      "a commune code already in the install",
      {},
      { provinceExists: true, communeCodeTaken: true },
      [{ field: "communeCode", code: "communeCodeTaken", params: { code: "21100" } }],
    ],
    ["no commune name", { communeName: "" }, newProvince, [{ field: "communeName", code: "communeNameRequired" }]],
    [
      "a commune name over the limit",
      { communeName: long },
      newProvince,
      [{ field: "communeName", code: "nameTooLong", params: { max: MAX_NAME_LENGTH } }],
    ],
    [
      "a province name over the limit",
      { provinceName: long },
      newProvince,
      [{ field: "provinceName", code: "nameTooLong", params: { max: MAX_NAME_LENGTH } }],
    ],
    [
      "an administrator's name over the limit",
      { adminName: long },
      newProvince,
      [{ field: "adminName", code: "nameTooLong", params: { max: MAX_NAME_LENGTH } }],
    ],
    [
      "a district is no longer a kind (since 1 July 2025)",
      { communeKind: "huyen" },
      newProvince,
      [{ field: "communeKind", code: "communeKindUnknown" }],
    ],
    [
      "the enum name is not a flag",
      { communeKind: "COMMUNE" },
      newProvince,
      [{ field: "communeKind", code: "communeKindUnknown" }],
    ],
    ["no kind", { communeKind: "" }, newProvince, [{ field: "communeKind", code: "communeKindUnknown" }]],
  ] as const)("%s", (_label, overrides, facts, expected) => {
    expect(checkCommuneSetup({ ...valid, ...overrides }, facts)).toEqual(expected);
  });

  test("every problem is reported at once, in the form's order", () => {
    const issues = checkCommuneSetup(
      { provinceCode: "5", provinceName: "", communeCode: "", communeName: "", communeKind: "x", adminName: "" },
      newProvince,
    );
    expect(issues.map((i) => i.field)).toEqual(["provinceCode", "communeCode", "communeName", "communeKind"]);
  });

  test.each([
    ["xa", true],
    ["phuong", true],
    ["dac-khu", true],
    ["toString", false],
    ["constructor", false],
    ["thi-tran", false],
  ])("%s is a kind flag: %s", (value, expected) => {
    expect(isCommuneKindFlag(value)).toBe(expected);
  });
});
