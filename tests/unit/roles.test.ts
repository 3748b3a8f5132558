import { describe, expect, test } from "vitest";
import { can, PERMISSIONS, ROLES, type Role } from "@/domain/roles";

describe("permission matrix", () => {
  // Each row: permission, roles that hold it. Anything else must be refused.
  const rows: [string, Role[] | "public"][] = [
    ["commune.read", "public"],
    ["consultation.readPublic", "public"],
    ["session.read", [...ROLES]],
    [
      "console.view",
      [
        "NEIGHBOURHOOD_HEAD",
        "OFFICIAL",
        "LEADER",
        "OVERSIGHT",
        "ADMIN",
        "PROVINCE_ADMIN",
        "PROVINCE_LEADER",
        "PROVINCE_OVERSIGHT",
      ],
    ],
    [
      "consultation.read",
      ["NEIGHBOURHOOD_HEAD", "OFFICIAL", "LEADER", "OVERSIGHT", "ADMIN", "PROVINCE_LEADER", "PROVINCE_OVERSIGHT"],
    ],
    ["consultation.manage", ["OFFICIAL"]],
    ["consultation.approve", ["LEADER"]],
    ["register.manage", ["ADMIN"]],
    ["staff.manage", ["ADMIN"]],
    ["response.record", ["NEIGHBOURHOOD_HEAD", "OFFICIAL"]],
    ["response.submitOnline", ["RESIDENT"]],
    ["resident.view", ["RESIDENT"]],
    ["record.finalise", ["LEADER"]],
    ["audit.read", ["OVERSIGHT", "LEADER", "ADMIN", "PROVINCE_LEADER", "PROVINCE_OVERSIGHT"]],
    ["tally.read", ["OFFICIAL", "LEADER", "OVERSIGHT", "PROVINCE_LEADER", "PROVINCE_OVERSIGHT"]],
    ["record.read", ["OFFICIAL", "LEADER", "OVERSIGHT", "PROVINCE_LEADER", "PROVINCE_OVERSIGHT"]],
    ["household.read", ["NEIGHBOURHOOD_HEAD", "OFFICIAL", "LEADER", "OVERSIGHT", "ADMIN"]],
    ["province.read", ["PROVINCE_ADMIN", "PROVINCE_LEADER", "PROVINCE_OVERSIGHT"]],
    ["province.manage", ["PROVINCE_ADMIN"]],
    ["posting.takeDown", ["NEIGHBOURHOOD_HEAD", "OFFICIAL"]],
    ["contact.read", ["NEIGHBOURHOOD_HEAD", "OFFICIAL", "ADMIN"]],
    ["message.read", ["OFFICIAL", "LEADER", "OVERSIGHT"]],
    ["message.manage", ["OFFICIAL"]],
  ];

  test.each(rows)("%s is held by exactly %j", (permission, holders) => {
    for (const role of ROLES) {
      const expected = holders === "public" || holders.includes(role);
      expect(can(role, permission), `${role} on ${permission}`).toBe(expected);
    }
    expect(can(null, permission)).toBe(holders === "public");
  });

  test("oversight reads but never changes the commune's data (DESIGN: reads everything, changes nothing)", () => {
    const writes = Object.keys(PERMISSIONS).filter((p) =>
      /\.(manage|approve|record|void|finalise|draft|submitOnline)$/.test(p),
    );
    expect(writes.length).toBeGreaterThan(5);
    for (const p of writes) expect(can("OVERSIGHT", p), p).toBe(false);
  });

  test.each(["PROVINCE_LEADER", "PROVINCE_OVERSIGHT"] as const)(
    "a province reader (%s) holds no permission that writes, but their own password",
    (role) => {
      const writes = Object.keys(PERMISSIONS).filter((p) =>
        /\.(manage|approve|record|void|finalise|draft|submitOnline|issue|cancel|publish)$/.test(p),
      );
      expect(writes.length).toBeGreaterThan(10);
      for (const p of writes) expect(can(role, p), p).toBe(false);
      expect(can(role, "account.changePassword")).toBe(true);
    },
  );

  test("the province administrator manages the province and reads no commune's consultations", () => {
    expect(can("PROVINCE_ADMIN", "province.manage")).toBe(true);
    for (const p of ["consultation.read", "tally.read", "household.read", "record.read", "audit.read"])
      expect(can("PROVINCE_ADMIN", p), p).toBe(false);
  });

  test.each([
    ["unknown permission", "OFFICIAL", "consultation.delete"],
    ["no role", null, "consultation.read"],
    ["prototype key", "ADMIN", "toString"],
  ] as const)("fails closed: %s", (_label, role, permission) => {
    expect(can(role, permission)).toBe(false);
  });
});
