import type { verifyVi } from "./vi";
import type { Strings } from "../strings";

export const verifyEn: Strings<typeof verifyVi> = {
  title: "Verify a record",
  navLink: "Verify a record",
  lead: "Check whether a PDF is a genuine record finalised by the People's Committee. The file is only used to compute its digest; it is not kept.",
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
    hint: "64 characters 0–9 and a–f, printed at the end of the record or given by whoever sent it.",
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
