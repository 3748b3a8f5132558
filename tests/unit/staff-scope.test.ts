import { describe, expect, test } from "vitest";
import { STAFF_ROLES } from "@/domain/roles";
import { staffScope } from "@/domain/staff-scope";

describe("what a staff member's figures cover", () => {
  test.each([
    [
      "a neighbourhood head: their own thôn/tổ",
      "NEIGHBOURHOOD_HEAD",
      "n1",
      { kind: "neighbourhood", neighbourhoodId: "n1" },
    ],
    [
      "a head not assigned yet: no neighbourhood, never the whole commune",
      "NEIGHBOURHOOD_HEAD",
      null,
      { kind: "neighbourhood", neighbourhoodId: null },
    ],
    ["an official: the commune", "OFFICIAL", null, { kind: "commune" }],
    ["a leader: the commune", "LEADER", null, { kind: "commune" }],
    ["oversight: the commune", "OVERSIGHT", null, { kind: "commune" }],
    ["an administrator: the commune", "ADMIN", null, { kind: "commune" }],
    ["a province reader in a commune: the commune", "PROVINCE_LEADER", null, { kind: "commune" }],
    ["a neighbourhood on a role that is not a head changes nothing", "OFFICIAL", "n1", { kind: "commune" }],
  ] as const)("%s", (_label, role, neighbourhoodId, expected) => {
    expect(staffScope(role, neighbourhoodId)).toEqual(expected);
  });

  test("only the head is narrowed", () => {
    expect(STAFF_ROLES.filter((r) => staffScope(r, "n1").kind === "neighbourhood")).toEqual(["NEIGHBOURHOOD_HEAD"]);
  });
});
