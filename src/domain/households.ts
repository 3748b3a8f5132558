// One household of the register typed in by an administrator. The rules are the register import's
// (register-import.ts), so a household added or corrected by hand is one the next import accepts and
// matches by the same code instead of reporting it as changed or new.
import { cleanCell, isHouseholdCode, normaliseHouseholdCode, normalisePhone } from "./register-import";

export const HOUSEHOLD_FIELDS = ["code", "headName", "address", "members", "phone", "neighbourhoodId"] as const;
export type HouseholdField = (typeof HOUSEHOLD_FIELDS)[number];

export type HouseholdProblem =
  "codeInvalid" | "headNameRequired" | "headNameTooLong" | "addressTooLong" | "membersInvalid" | "phoneInvalid";
export type HouseholdIssue = { field: HouseholdField; problem: HouseholdProblem; value: string };

export type HouseholdInput = { headName: string; address: string; members: number; phone: string };
export type CleanHousehold = { headName: string; address: string; members: number; phone: string | null };

// The import's limits (checkRows), so a hand-typed household fits the template's columns.
const MAX_NAME = 120;
const MAX_ADDRESS = 300;

/** Every problem at once, each naming its field, so a form shows them all in one round. */
export function checkHousehold(input: HouseholdInput): { value: CleanHousehold; issues: HouseholdIssue[] } {
  const issues: HouseholdIssue[] = [];
  const headName = cleanCell(input.headName);
  const address = cleanCell(input.address);
  const phone = normalisePhone(input.phone);
  if (!headName) issues.push({ field: "headName", problem: "headNameRequired", value: "" });
  else if (headName.length > MAX_NAME)
    issues.push({ field: "headName", problem: "headNameTooLong", value: headName.slice(0, 40) });
  if (address.length > MAX_ADDRESS)
    issues.push({ field: "address", problem: "addressTooLong", value: address.slice(0, 40) });
  if (!Number.isInteger(input.members) || input.members < 1 || input.members > 99)
    issues.push({ field: "members", problem: "membersInvalid", value: String(input.members) });
  if (phone === "bad") issues.push({ field: "phone", problem: "phoneInvalid", value: input.phone });
  return { value: { headName, address, members: input.members, phone: phone === "bad" ? null : phone }, issues };
}

/** A new household also brings its code, normalised as the import does (upper case, NFC). */
export function checkNewHousehold(input: HouseholdInput & { code: string }): {
  value: CleanHousehold & { code: string };
  issues: HouseholdIssue[];
} {
  const code = normaliseHouseholdCode(input.code);
  const checked = checkHousehold(input);
  const issues: HouseholdIssue[] = isHouseholdCode(code)
    ? []
    : [{ field: "code", problem: "codeInvalid", value: input.code.trim() }];
  return { value: { code, ...checked.value }, issues: [...issues, ...checked.issues] };
}
