import type { verifyVi } from "./vi";
import type { Strings } from "../strings";

export const verifyEn: Strings<typeof verifyVi> = {
  title: "Verify a record",
  navLink: "Verify a record",
  lead: "Check whether a paper copy or a PDF is a genuine record finalised by the People's Committee. A file is only used to compute its digest; it is not kept.",
  number: {
    title: "Check a paper copy by its number",
    lead: "Every finalised record ends with a QR code and the line “Kiểm tra bản này tại …” (check this copy at …). Scanning the QR code with a phone opens the result directly; or enter what that line says.",
    numberLabel: "Record number",
    numberHint: "As printed on the record, for example 01/BC‑UBND or 03/BB.",
    yearLabel: "Year of issue",
    yearHint: "The year in the record's date line, for example 2026.",
    communeLabel: "Issuing commune or ward",
    communeHint: "The People's Committee named at the top left of the record.",
    codeLabel: "Check code (optional)",
    codeHint:
      "The 16 characters after “Mã kiểm tra”, for example 1a2b 3c4d 5e6f 7a8b. With the code, the system tells whether the copy in your hand is the finalised record.",
    submit: "Look up the record",
    communeChoose: "— Choose the commune or ward —",
    communeRequired: "Choose the commune or ward that issued the record.",
  },
  file: {
    title: "Check a PDF file",
    label: "PDF to verify",
    hint: "Choose the exact PDF downloaded from the system.",
    submit: "Verify the file",
    errors: {
      required: "Choose the PDF to verify.",
      tooLarge: "The file is too large: the system's records are at most {max} MB. Check the file you chose.",
      failed: "This file could not be checked. Please try again.",
    },
  },
  digest: {
    title: "Check a SHA-256 digest",
    label: "The record's SHA-256 digest",
    hint: "64 characters 0–9 and a–f, given by whoever sent the file or listed with the commune's records.",
    submit: "Verify the digest",
  },
  found: {
    title: "Genuine record",
    what: "This is the {kind}{number, select, none {} other { no. {number}}} of {commune}, finalised on {date} at {time}{signer, select, none {} other { by {signer}}}.",
    titleLabel: "Subject",
    consultation: "Consultation",
    digest: "SHA-256 digest",
    amended: "Note: this record has been corrected and replaced by:",
    amendedItem:
      "record {number, select, none {(not yet numbered)} other {no. {number}}}{date, select, none {} other {, finalised on {date}}}",
    amendedAdvice: "Check it against the correcting record.",
    codeMatches: "The check code {code} printed on this copy matches the finalised record.",
    compare:
      "Compare the subject below with the copy in your hand. Enter the check code printed at the foot of the record as well to be sure the copy has not been altered.",
  },
  mismatch: {
    title: "Warning: the check code does not match the record with this number",
    what: "The People's Committee of {commune} did issue the {kind}{number, select, none {} other { no. {number}}} on {date}, but the check code {code} printed on this copy is not that record's.",
    advice:
      "The copy in your hand may have been altered, or the number, year or code entered is wrong. Check them again, compare with the content below, or contact the People's Committee of {commune}.",
  },
  altered: {
    title: "Warning: the stored record has been altered",
    what: "This digest belongs to the {kind}{number, select, none {} other { no. {number}}} of {commune}, finalised on {date} at {time}, but the copy the system holds is no longer the record that was finalised:",
    parts: {
      content:
        "The record's stored content has been edited: it no longer matches the content digest recorded when it was finalised.",
      pdf: "The stored PDF has been changed: it no longer matches the SHA-256 digest recorded when it was finalised.",
      auditEntryMissing: "The system's audit log no longer holds the entry for this record's finalisation.",
      auditEntry: "The audit log's entry for this record's finalisation has been edited.",
    },
    advice:
      "This record cannot be confirmed as genuine. Contact the People's Committee of {commune} to have it checked.",
  },
  notFoundNumber: {
    title: "No record has this number",
    lead: "The system has no finalised record no. {number} of {year}.",
    check: "Check the record number, the year of issue and the commune or ward chosen.",
  },
  notFound: {
    title: "No record matches this digest",
    lead: "The system has no finalised record with this SHA-256 digest.",
    adviceTitle: "Why might that be?",
    exact: "The file must be the exact PDF downloaded from the system, unchanged.",
    resaved:
      "Opening and saving it again, “Print to PDF”, adding a signature, compressing, photographing or scanning all make a different file with a different digest, even if it looks the same.",
    draft: "Drafts that have not been finalised cannot be verified.",
    contact: "If needed, ask the commune's People's Committee for the original PDF.",
  },
  digestLabel: "Digest checked:",
  again: "Check another record",
};
