// What a new commune needs before it is created (by `npm run setup` or the first-run page): official
// codes of the right shape, names, a known kind, and codes no other commune of the install has.
// Pure: what the database knows comes in as facts. Passwords and usernames are checked by the staff
// rules (src/server/staff/mutations.ts), the same as for every other account.
import { COMMUNE_CODE, COMMUNE_KIND_FLAGS, PROVINCE_CODE, type CommuneKindFlag } from "./communes";

export const SETUP_FIELDS = [
  "provinceCode",
  "provinceName",
  "communeCode",
  "communeName",
  "communeKind",
  "adminUsername",
  "adminPassword",
  "adminName",
] as const;
export type SetupField = (typeof SETUP_FIELDS)[number];

export const MAX_NAME_LENGTH = 100;

export type CommuneSetupFields = {
  provinceCode: string;
  provinceName: string;
  communeCode: string;
  communeName: string;
  communeKind: string;
  adminName: string;
};

export type CommuneSetupFacts = { provinceExists: boolean; communeCodeTaken: boolean };

export type SetupIssueCode =
  | "provinceCodeRequired"
  | "provinceCodeFormat"
  | "provinceNameRequired"
  | "communeCodeRequired"
  | "communeCodeFormat"
  | "communeCodeTaken"
  | "communeNameRequired"
  | "communeKindUnknown"
  | "nameTooLong";
export type SetupIssue = { field: SetupField; code: SetupIssueCode; params?: Record<string, string | number> };

export function isCommuneKindFlag(value: string): value is CommuneKindFlag {
  return Object.hasOwn(COMMUNE_KIND_FLAGS, value);
}

/** Every problem at once, each naming its field, so one correction round fixes them all. */
export function checkCommuneSetup(input: CommuneSetupFields, facts: CommuneSetupFacts): SetupIssue[] {
  const issues: SetupIssue[] = [];
  const tooLong = (field: SetupField, value: string) => {
    if (value.length > MAX_NAME_LENGTH) issues.push({ field, code: "nameTooLong", params: { max: MAX_NAME_LENGTH } });
  };

  if (!input.provinceCode) issues.push({ field: "provinceCode", code: "provinceCodeRequired" });
  else if (!PROVINCE_CODE.test(input.provinceCode)) issues.push({ field: "provinceCode", code: "provinceCodeFormat" });
  // A province already known keeps its name; only a new one needs it.
  else if (!facts.provinceExists && !input.provinceName)
    issues.push({ field: "provinceName", code: "provinceNameRequired", params: { code: input.provinceCode } });
  tooLong("provinceName", input.provinceName);

  if (!input.communeCode) issues.push({ field: "communeCode", code: "communeCodeRequired" });
  else if (!COMMUNE_CODE.test(input.communeCode)) issues.push({ field: "communeCode", code: "communeCodeFormat" });
  else if (facts.communeCodeTaken)
    issues.push({ field: "communeCode", code: "communeCodeTaken", params: { code: input.communeCode } });

  if (!input.communeName) issues.push({ field: "communeName", code: "communeNameRequired" });
  tooLong("communeName", input.communeName);

  if (!isCommuneKindFlag(input.communeKind)) issues.push({ field: "communeKind", code: "communeKindUnknown" });

  tooLong("adminName", input.adminName);
  return issues;
}
