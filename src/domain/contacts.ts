// A household's contacts: its e-mail address and whether it agrees to be sent messages. Both are
// personal data (Law 91/2025/QH15 on personal data protection; Decree 13/2023/ND-CP): they are kept
// for one purpose, telling the household about consultations (docs/LAW.md#r17, notices to
// households), and a household that objects is never sent anything.
import { regexes } from "zod";
import { foldVi } from "./vietnamese";

/** As the schema's ContactConsent: not asked yet, agreed, objected. */
export const CONTACT_CONSENTS = ["UNKNOWN", "GIVEN", "OPTED_OUT"] as const;
export type ContactConsentName = (typeof CONTACT_CONSENTS)[number];
export const isContactConsent = (v: unknown): v is ContactConsentName =>
  typeof v === "string" && (CONTACT_CONSENTS as readonly string[]).includes(v);

/** RFC 5321's limit of a forward path; longer ones are refused by mail servers anyway. */
export const MAX_EMAIL = 254;

/**
 * An e-mail as typed in a form or a spreadsheet cell: trimmed, the domain in lower case (it is
 * case-insensitive; the local part is kept as typed). Empty is "none"; anything a mail server would
 * refuse is "bad". The check is zod's (its practical address rule), not one of our own.
 */
export function normaliseEmail(raw: string): string | null | "bad" {
  const s = raw.normalize("NFC").trim();
  if (!s) return null;
  if (s.length > MAX_EMAIL || !regexes.email.test(s)) return "bad";
  const at = s.lastIndexOf("@");
  return `${s.slice(0, at)}@${s.slice(at + 1).toLowerCase()}`;
}

// What people write in the "Đồng ý nhận tin" column, folded like the headers (no diacritics, lower
// case): an agreement, an objection, or "not asked" said in so many words.
const CONSENT_WORDS: Record<ContactConsentName, readonly string[]> = {
  GIVEN: ["co", "dong y", "dong y nhan tin", "yes", "y", "x", "agree", "given"],
  OPTED_OUT: ["khong", "khong dong y", "tu choi", "tu choi nhan tin", "no", "n", "opted out", "refused"],
  UNKNOWN: ["chua hoi", "unknown", "not asked"],
};

/**
 * A consent cell: its value, `undefined` for an empty cell (the register keeps what it has: a
 * household's recorded answer is never erased by a spreadsheet that left the cell blank), or "bad".
 */
export function parseConsentCell(raw: string): ContactConsentName | undefined | "bad" {
  const f = foldVi(raw).replace(/[.!]+$/, "");
  if (!f) return undefined;
  for (const c of CONTACT_CONSENTS) if (CONSENT_WORDS[c].includes(f)) return c;
  return "bad";
}
