// Importing the household register (sổ hộ) from a spreadsheet: header mapping, row checks with
// the line and column named, and the difference with what the commune already has — new, changed,
// moved, missing (to deactivate), reactivated. Pure; the server reads the file and applies the plan
// in one transaction. "Missing" is scoped to the neighbourhoods the file covers, so importing one
// neighbourhood's list never deactivates another's households.
// The e-mail and consent columns are optional: a file without them (or a blank consent cell) leaves
// what the register holds, so a household's recorded objection to messages is never erased by an old
// spreadsheet (Law 91/2025/QH15 on personal data protection: the subject's objection stands).
import { normaliseEmail, parseConsentCell, type ContactConsentName } from "./contacts";
import { foldVi } from "./vietnamese";

export const IMPORT_COLUMNS = [
  "neighbourhood",
  "code",
  "headName",
  "address",
  "members",
  "phone",
  "email",
  "consent",
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** Vietnamese headers of the template, in order; any of the aliases is accepted too. */
export const IMPORT_HEADERS: Record<ImportColumn, string> = {
  neighbourhood: "Thôn/Tổ dân phố",
  code: "Mã hộ",
  headName: "Chủ hộ",
  address: "Địa chỉ",
  members: "Số nhân khẩu",
  phone: "Số điện thoại",
  email: "Email",
  consent: "Đồng ý nhận tin",
};

const ALIASES: Record<ImportColumn, string[]> = {
  neighbourhood: [
    "thon/to dan pho",
    "thon to dan pho",
    "thon",
    "to dan pho",
    "thon/to",
    "neighbourhood",
    "neighborhood",
    "village",
  ],
  code: ["ma ho", "ma ho gia dinh", "household code", "code", "ma"],
  headName: ["chu ho", "ho ten chu ho", "ten chu ho", "head of household", "head", "name"],
  address: ["dia chi", "address"],
  members: ["so nhan khau", "nhan khau", "so thanh vien", "members", "number of members"],
  phone: ["so dien thoai", "dien thoai", "sdt", "phone", "phone number"],
  email: ["email", "e-mail", "e mail", "thu dien tu", "dia chi email", "dia chi thu dien tu", "email address"],
  consent: [
    "dong y nhan tin",
    "dong y nhan tin nhan",
    "dong y nhan thong tin",
    "nhan tin",
    "consent",
    "contact consent",
    "agrees to messages",
  ],
};

/** Lower case, no diacritics (đ → d), single spaces: headers typed by hand still match. */
export const foldHeader = foldVi;

export type HeaderResult = { columns: Partial<Record<ImportColumn, number>>; missing: ImportColumn[] };

export function mapHeader(header: readonly string[]): HeaderResult {
  const columns: Partial<Record<ImportColumn, number>> = {};
  header.forEach((h, i) => {
    const f = foldHeader(h);
    for (const col of IMPORT_COLUMNS) if (columns[col] === undefined && ALIASES[col].includes(f)) columns[col] = i;
  });
  const required: ImportColumn[] = ["neighbourhood", "code", "headName"];
  return { columns, missing: required.filter((c) => columns[c] === undefined) };
}

export type RowIssueCode =
  | "badCode"
  | "duplicateCode"
  | "unknownNeighbourhood"
  | "emptyName"
  | "emptyNeighbourhood"
  | "badMembers"
  | "badPhone"
  | "badEmail"
  | "badConsent"
  | "tooLong";
export type RowIssue = { line: number; column: ImportColumn; code: RowIssueCode; value: string; otherLine?: number };

export type ImportRow = {
  line: number;
  neighbourhood: string;
  code: string;
  headName: string;
  address: string;
  members: string;
  phone: string;
  /** Absent when the file has no such column. */
  email?: string;
  consent?: string;
};
export type CleanRow = {
  line: number;
  neighbourhoodKey: string;
  neighbourhoodLabel: string;
  code: string;
  headName: string;
  address: string;
  members: number;
  phone: string | null;
  /** Absent: the file has no e-mail column, the register keeps the household's. */
  email?: string | null;
  /** Absent: no consent column or a blank cell, the register keeps the household's answer. */
  consent?: ContactConsentName;
};

const CODE = /^[A-Za-z0-9][A-Za-z0-9._\-/]{0,31}$/;
/** NFC, single spaces, trimmed: how every text cell of the register is stored and compared. */
export const cleanCell = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim();
const clean = cleanCell;

/** Codes are matched in upper case, so "h01" in a file and "H01" in the register are one household. */
export const normaliseHouseholdCode = (raw: string) => clean(raw).toUpperCase();
export const isHouseholdCode = (code: string) => CODE.test(code);

/** A neighbourhood cell matches a code or a name, in any case and with or without diacritics. */
export const neighbourhoodKey = (s: string) => foldHeader(s);

/** Vietnamese phone numbers: 0 + 9–10 digits, or +84 + 9–10 digits; spaces, dots and dashes ignored. */
export function normalisePhone(raw: string): string | null | "bad" {
  const s = raw.replace(/[\s.\-()]/g, "");
  if (!s) return null;
  if (/^0\d{9,10}$/.test(s)) return s;
  if (/^\+84\d{9,10}$/.test(s)) return `0${s.slice(3)}`;
  if (/^84\d{9,10}$/.test(s)) return `0${s.slice(2)}`;
  return "bad";
}

export function checkRows(
  rows: readonly ImportRow[],
  knownNeighbourhood: (key: string) => boolean,
  allowNewNeighbourhoods: boolean,
): { rows: CleanRow[]; issues: RowIssue[] } {
  const issues: RowIssue[] = [];
  const out: CleanRow[] = [];
  const firstLine = new Map<string, number>();
  for (const r of rows) {
    const before = issues.length;
    const code = normaliseHouseholdCode(r.code);
    const hood = clean(r.neighbourhood);
    const headName = clean(r.headName);
    const address = clean(r.address);
    if (!isHouseholdCode(code)) issues.push({ line: r.line, column: "code", code: "badCode", value: r.code });
    else if (firstLine.has(code))
      issues.push({ line: r.line, column: "code", code: "duplicateCode", value: code, otherLine: firstLine.get(code) });
    else firstLine.set(code, r.line);
    if (!hood) issues.push({ line: r.line, column: "neighbourhood", code: "emptyNeighbourhood", value: "" });
    else if (!allowNewNeighbourhoods && !knownNeighbourhood(neighbourhoodKey(hood)))
      issues.push({ line: r.line, column: "neighbourhood", code: "unknownNeighbourhood", value: hood });
    else if (hood.length > 120)
      issues.push({ line: r.line, column: "neighbourhood", code: "tooLong", value: hood.slice(0, 40) });
    if (!headName) issues.push({ line: r.line, column: "headName", code: "emptyName", value: "" });
    else if (headName.length > 120)
      issues.push({ line: r.line, column: "headName", code: "tooLong", value: headName.slice(0, 40) });
    if (address.length > 300)
      issues.push({ line: r.line, column: "address", code: "tooLong", value: address.slice(0, 40) });
    const membersText = clean(r.members);
    const members = membersText === "" ? 1 : Number(membersText);
    if (!Number.isInteger(members) || members < 1 || members > 99)
      issues.push({ line: r.line, column: "members", code: "badMembers", value: membersText });
    const phone = normalisePhone(r.phone);
    if (phone === "bad") issues.push({ line: r.line, column: "phone", code: "badPhone", value: r.phone });
    const email = r.email === undefined ? undefined : normaliseEmail(r.email);
    if (email === "bad")
      issues.push({ line: r.line, column: "email", code: "badEmail", value: clean(r.email!).slice(0, 60) });
    const consent = r.consent === undefined ? undefined : parseConsentCell(r.consent);
    if (consent === "bad")
      issues.push({ line: r.line, column: "consent", code: "badConsent", value: clean(r.consent!).slice(0, 40) });
    if (issues.length === before) {
      out.push({
        line: r.line,
        neighbourhoodKey: neighbourhoodKey(hood),
        neighbourhoodLabel: hood,
        code,
        headName,
        address,
        members,
        phone: phone as string | null,
        ...(email === undefined ? {} : { email: email as string | null }),
        ...(consent === undefined ? {} : { consent: consent as ContactConsentName }),
      });
    }
  }
  return { rows: out, issues };
}

export type Existing = {
  id: string;
  code: string;
  neighbourhoodId: string;
  headName: string;
  address: string;
  members: number;
  phone: string | null;
  email?: string | null;
  contactConsent?: ContactConsentName;
  active: boolean;
};

export type Change =
  | { kind: "new"; row: CleanRow; neighbourhoodId: string | null }
  | {
      kind: "changed" | "moved" | "reactivated";
      row: CleanRow;
      neighbourhoodId: string | null;
      existing: Existing;
      fields: string[];
    };

export type ImportPlan = {
  changes: Change[];
  unchanged: number;
  missing: Existing[];
  /** Names in the file that are not neighbourhoods yet (only when creating them is allowed). */
  newNeighbourhoods: string[];
};

/**
 * `resolve` maps a neighbourhood key to its id (null: a new neighbourhood of that name).
 * Deactivation candidates are the active households of the neighbourhoods the file names.
 */
export function planImport(
  rows: readonly CleanRow[],
  existing: readonly Existing[],
  resolve: (key: string) => string | null,
): ImportPlan {
  const byCode = new Map(existing.map((e) => [e.code.toUpperCase(), e]));
  const changes: Change[] = [];
  let unchanged = 0;
  const seen = new Set<string>();
  const covered = new Set<string>();
  const newNames = new Map<string, string>();
  for (const row of rows) {
    const neighbourhoodId = resolve(row.neighbourhoodKey);
    if (neighbourhoodId) covered.add(neighbourhoodId);
    else if (!newNames.has(row.neighbourhoodKey)) newNames.set(row.neighbourhoodKey, row.neighbourhoodLabel);
    const e = byCode.get(row.code);
    if (!e) {
      changes.push({ kind: "new", row, neighbourhoodId });
      continue;
    }
    seen.add(e.id);
    const fields: string[] = [];
    if (e.headName !== row.headName) fields.push("headName");
    if (e.address !== row.address) fields.push("address");
    if (e.members !== row.members) fields.push("members");
    if ((e.phone ?? null) !== row.phone) fields.push("phone");
    if (row.email !== undefined && (e.email ?? null) !== row.email) fields.push("email");
    if (row.consent !== undefined && (e.contactConsent ?? "UNKNOWN") !== row.consent) fields.push("consent");
    const moved = neighbourhoodId !== e.neighbourhoodId;
    if (moved) changes.push({ kind: "moved", row, neighbourhoodId, existing: e, fields: ["neighbourhood", ...fields] });
    else if (!e.active) changes.push({ kind: "reactivated", row, neighbourhoodId, existing: e, fields });
    else if (fields.length) changes.push({ kind: "changed", row, neighbourhoodId, existing: e, fields });
    else unchanged++;
  }
  const missing = existing.filter((e) => e.active && !seen.has(e.id) && covered.has(e.neighbourhoodId));
  return { changes, unchanged, missing, newNeighbourhoods: [...newNames.values()] };
}

export function planCounts(plan: ImportPlan) {
  const count = (k: Change["kind"]) => plan.changes.filter((c) => c.kind === k).length;
  return {
    new: count("new"),
    changed: count("changed"),
    moved: count("moved"),
    reactivated: count("reactivated"),
    missing: plan.missing.length,
    unchanged: plan.unchanged,
    newNeighbourhoods: plan.newNeighbourhoods.length,
  };
}
