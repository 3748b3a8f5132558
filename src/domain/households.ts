// One household of the register typed in by an administrator. The rules are the register import's
// (register-import.ts), so a household added or corrected by hand is one the next import accepts and
// matches by the same code instead of reporting it as changed or new.
// The e-mail and the consent to messages are the import's too (contacts.ts): a household's e-mail
// typed here is the one the next import compares, and its consent is its own answer, kept as given.
import { isContactConsent, normaliseEmail, type ContactConsentName } from "./contacts";
import { cleanCell, isHouseholdCode, normaliseHouseholdCode, normalisePhone } from "./register-import";

export const HOUSEHOLD_FIELDS = [
  "code",
  "headName",
  "address",
  "members",
  "phone",
  "email",
  "contactConsent",
  "neighbourhoodId",
] as const;
export type HouseholdField = (typeof HOUSEHOLD_FIELDS)[number];

export type HouseholdProblem =
  | "codeInvalid"
  | "headNameRequired"
  | "headNameTooLong"
  | "addressTooLong"
  | "membersInvalid"
  | "phoneInvalid"
  | "emailInvalid"
  | "consentInvalid";
export type HouseholdIssue = { field: HouseholdField; problem: HouseholdProblem; value: string };

/** `email` and `contactConsent` left out: the household keeps its own (an older form, a script). */
export type HouseholdInput = {
  headName: string;
  address: string;
  members: number;
  phone: string;
  email?: string;
  contactConsent?: string;
};
export type CleanHousehold = {
  headName: string;
  address: string;
  members: number;
  phone: string | null;
  email?: string | null;
  contactConsent?: ContactConsentName;
};

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
  const email = input.email === undefined ? undefined : normaliseEmail(input.email);
  if (email === "bad")
    issues.push({ field: "email", problem: "emailInvalid", value: cleanCell(input.email!).slice(0, 60) });
  const consent = input.contactConsent;
  if (consent !== undefined && !isContactConsent(consent))
    issues.push({ field: "contactConsent", problem: "consentInvalid", value: "" });
  return {
    value: {
      headName,
      address,
      members: input.members,
      phone: phone === "bad" ? null : phone,
      ...(email === undefined || email === "bad" ? {} : { email }),
      ...(isContactConsent(consent) ? { contactConsent: consent } : {}),
    },
    issues,
  };
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
