// Whether a finalised record's stored copy is still the one that was signed. Finalising freezes two
// digests on the record (the PDF's SHA-256 and the canonical content's, RFC 8785) and writes both
// into the audit chain's "record.finalised" entry (src/server/records/mutations.ts). The public
// verification page asks of one record what `npm run audit:verify` asks of all of them
// (src/server/audit/verify.ts):
//   - does the stored PDF still hash to its digest, and the stored content to its own?
//   - do those digests still agree with the ones the chain witnessed at finalisation? (Someone able
//     to edit the row could replace the PDF and its digest together; the chain entry, linked into
//     every later event, is what they cannot quietly rewrite.)
//   - is that chain entry there and unaltered?
// Pure: the caller computes the digests and reads the entry; no I/O here.

/** What no longer matches, in the order the page names them. */
export const RECORD_ALTERATIONS = ["content", "pdf", "auditEntryMissing", "auditEntry"] as const;
export type RecordAlteration = (typeof RECORD_ALTERATIONS)[number];

export type IntegrityFacts = {
  /** SHA-256 of the stored PDF bytes now; null when the PDF is gone. */
  pdfDigest: string | null;
  /** Canonical digest of the stored content now. */
  contentDigest: string;
  /** The digests frozen on the record at finalisation. */
  recorded: { sha256: string | null; contentSha256: string | null };
  /**
   * The chain's finalisation entry: the digests it recorded, and whether the entry itself still
   * hashes to its link and is linked to by its neighbours. Null when there is none.
   */
  entry: { sha256: unknown; contentSha256: unknown; intact: boolean } | null;
};

/** Every part that was altered; empty when the stored record is the one that was finalised. */
export function recordAlterations(f: IntegrityFacts): RecordAlteration[] {
  // An altered entry witnesses nothing: its digests are not held against the record.
  const witness = f.entry?.intact ? f.entry : null;
  const out: RecordAlteration[] = [];
  if (
    f.recorded.contentSha256 === null ||
    f.contentDigest !== f.recorded.contentSha256 ||
    (witness && witness.contentSha256 !== f.recorded.contentSha256)
  )
    out.push("content");
  if (
    f.pdfDigest === null ||
    f.recorded.sha256 === null ||
    f.pdfDigest !== f.recorded.sha256 ||
    (witness && witness.sha256 !== f.recorded.sha256)
  )
    out.push("pdf");
  if (!f.entry) out.push("auditEntryMissing");
  else if (!f.entry.intact) out.push("auditEntry");
  return out;
}
