// Decision records in the form of Decree 30/2020/NĐ-CP (Art 8, Art 13, Appendix I): number and
// symbol, place and date line, signature block by the signer's title. Pure rules, no I/O.
// Thôn / tổ dân phố records (count records, meeting minutes; Decree 59/2023 forms 02–04) are not
// documents of the People's Committee: they carry the commune + neighbourhood header but no UBND
// number; the platform still registers them in their own yearly series so every copy is findable.

export const RECORD_KINDS = ["COUNT_RECORD", "MEETING_MINUTES", "SUMMARY_REPORT", "RESULTS_NOTICE"] as const;
export type RecordKindName = (typeof RECORD_KINDS)[number];

/** Type abbreviation (Decree 30 Appendix III) and whether the UBND issues it with its number. */
export const RECORD_TYPES: Record<
  RecordKindName,
  { docType: string; byCommittee: boolean; perNeighbourhood: boolean }
> = {
  COUNT_RECORD: { docType: "BB", byCommittee: false, perNeighbourhood: true },
  MEETING_MINUTES: { docType: "BB", byCommittee: false, perNeighbourhood: true },
  SUMMARY_REPORT: { docType: "BC", byCommittee: true, perNeighbourhood: false },
  RESULTS_NOTICE: { docType: "TB", byCommittee: true, perNeighbourhood: false },
};

const VN_OFFSET_MS = 7 * 3_600_000;

/** The calendar date in Vietnam (UTC+7): numbering restarts on 1 January there, not in UTC. */
export function vietnamDate(at: Date): { year: number; month: number; day: number } {
  const d = new Date(at.getTime() + VN_OFFSET_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Decree 30 Appendix I §II 3: numbers under 10 take a leading zero. */
export function padNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`record number must be a positive integer, got ${n}`);
  return n < 10 ? `0${n}` : String(n);
}

/** "05/BC-UBND": number, type abbreviation and the issuing body's abbreviation. */
export function numberAndSymbol(n: number, docType: string, body = "UBND"): string {
  return `${padNumber(n)}/${docType}-${body}`;
}

/** "05/BC-UBND" for the committee's documents; "03/BB" for the register of thôn records. */
export function recordNumberLabel(kind: RecordKindName, number: number, docType: string): string {
  return RECORD_TYPES[kind].byCommittee ? numberAndSymbol(number, docType) : `${padNumber(number)}/${docType}`;
}

/**
 * Decree 30 Appendix I §II 4: "Chợ Chùa, ngày 05 tháng 02 năm 2027". Days under 10 and the months
 * January and February take a leading zero; the other months do not ("ngày 15 tháng 3").
 */
export function placeDateLine(place: string, at: Date): string {
  const { year, month, day } = vietnamDate(at);
  const dd = day < 10 ? `0${day}` : String(day);
  const mm = month <= 2 ? `0${month}` : String(month);
  return `${place}, ngày ${dd} tháng ${mm} năm ${year}`;
}

/** The place name of a commune-level unit is its proper name, without "Xã" / "Phường" / "Thị trấn". */
export function placeName(communeName: string): string {
  return communeName.replace(/^(xã|phường|thị trấn|đặc khu)\s+/iu, "").trim();
}

export const SIGNER_CAPACITIES = ["CHAIRMAN", "VICE_CHAIRMAN", "ACTING_CHAIRMAN"] as const;
export type SignerCapacity = (typeof SIGNER_CAPACITIES)[number];

/**
 * Decree 30 Art 13 and Appendix I §II 7: the chairman signs "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH", a vice
 * chairman "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", an acting chairman "TM. ỦY BAN NHÂN DÂN / Q. CHỦ TỊCH".
 */
export function signatureBlock(capacity: SignerCapacity): { authority: string; title: string } {
  switch (capacity) {
    case "CHAIRMAN":
      return { authority: "TM. ỦY BAN NHÂN DÂN", title: "CHỦ TỊCH" };
    case "VICE_CHAIRMAN":
      return { authority: "KT. CHỦ TỊCH", title: "PHÓ CHỦ TỊCH" };
    case "ACTING_CHAIRMAN":
      return { authority: "TM. ỦY BAN NHÂN DÂN", title: "Q. CHỦ TỊCH" };
  }
}

/** A staff member's recorded title decides the capacity: "Phó Chủ tịch UBND" signs KT. */
export function capacityFromTitle(title: string | null | undefined): SignerCapacity {
  const t = (title ?? "").normalize("NFC").toLowerCase();
  if (t.includes("phó chủ tịch")) return "VICE_CHAIRMAN";
  if (/quyền chủ tịch|^q\.\s*chủ tịch/u.test(t)) return "ACTING_CHAIRMAN";
  return "CHAIRMAN";
}

/** Nơi nhận: the given recipients, each "- …;", ending with the archive line "- Lưu: VT." */
export function recipientLines(recipients: readonly string[]): string[] {
  const named = recipients
    .map((r) =>
      r
        .normalize("NFC")
        .trim()
        .replace(/[;.]+$/u, ""),
    )
    .filter((r) => r && !/^lưu\s*:/iu.test(r));
  return [...named.map((r) => `- ${r};`), "- Lưu: VT."];
}
