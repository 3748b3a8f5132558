// How a paper copy of a finalised record leads back to the register: the line printed at its foot
// and the QR code beside it carry the commune's verification address, the record's number and year,
// and its content digest. The PDF's own SHA-256 cannot be printed inside the PDF it digests, so the
// printed code is the digest of the record's frozen content (contentSha256), which the register keeps
// beside the PDF's. Pure rules, no I/O.

/** Hex digits of the content digest printed on paper: enough to tell copies apart, short enough to read out. */
export const PRINTED_DIGEST_LENGTH = 16;

export type RecordRef = { numberLabel: string; year: number; contentSha256: string };

/** The address the QR code carries: the verification page of the record's commune, with the record named. */
export function verificationUrl(communeBase: string, ref: RecordRef): string {
  const query = new URLSearchParams({
    number: ref.numberLabel,
    year: String(ref.year),
    code: ref.contentSha256,
  });
  return `${communeBase.replace(/\/$/, "")}/verify?${query}`;
}

/** The printed code: the first 16 hex digits of the content digest, in groups of four to be read out. */
export function printedDigest(contentSha256: string): string {
  return (
    contentSha256
      .slice(0, PRINTED_DIGEST_LENGTH)
      .match(/.{1,4}/g)
      ?.join(" ") ?? ""
  );
}

/**
 * The verification line at the foot of the last page (documents are Vietnamese, Decree 30 Art 8):
 * where to check, which record, and its code.
 */
export function verificationLines(communeBase: string, ref: RecordRef): string[] {
  return [
    `Kiểm tra bản này tại: ${communeBase.replace(/\/$/, "")}/verify`,
    `Văn bản số ${ref.numberLabel}, năm ${ref.year}. Mã kiểm tra: ${printedDigest(ref.contentSha256)}`,
  ];
}

/**
 * A number as a person types it from paper: "01/BC-UBND", "1/bc-ubnd", "03/BB", "Số: 05/TB-UBND".
 * The issuing body's abbreviation, when present, must be UBND (the committee's own documents,
 * Decree 30 Appendix I §II 3); thôn records carry none. Null when it is not a number.
 */
export function parseRecordNumber(raw: string): { number: number; docType: string } | null {
  // Any dash a word processor or a phone keyboard puts in (‑ – — …) is the hyphen of the symbol.
  const typed = raw.trim().replace(/[\u2010-\u2015\u2212]/gu, "-");
  const m = /^(?:số\s*:?\s*)?0*(\d{1,6})\s*\/\s*([a-zđ]{1,5})(?:\s*-\s*([a-zđ]+))?$/iu.exec(typed);
  if (!m) return null;
  const number = Number(m[1]);
  if (!Number.isInteger(number) || number < 1) return null;
  if (m[3] && m[3].toUpperCase() !== "UBND") return null;
  return { number, docType: m[2].toUpperCase() };
}

/** A printed or scanned code, without spaces, lower case; null when it is not 16–64 hex digits. */
export function normaliseDigest(raw: string): string | null {
  const hex = raw.replace(/[\s-]/g, "").toLowerCase();
  return /^[0-9a-f]{16,64}$/.test(hex) ? hex : null;
}

/** Does the code on a copy belong to the record with that number? A prefix of its content digest. */
export function digestMatches(code: string, contentSha256: string | null): boolean {
  const hex = normaliseDigest(code);
  return hex !== null && contentSha256 !== null && contentSha256.toLowerCase().startsWith(hex);
}
