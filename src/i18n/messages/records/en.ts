import type { recordsVi } from "./vi";

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

export const recordsEn: Strings<typeof recordsVi> = {
  errors: {
    notesTooLong: "The additional text is longer than {max} characters.",
    recipientTooLong: "Each recipient must be at most {max} characters.",
    neighbourhoodRequired: "Choose the neighbourhood of the count record.",
    meetingRequired: "Choose the meeting of the minutes.",
    badDigest: "A SHA-256 digest is exactly 64 characters 0–9 and a–f. Check the digest you pasted.",
    fileRequired: "Choose the PDF to verify.",
  },
  kind: {
    COUNT_RECORD: "Count record",
    MEETING_MINUTES: "Meeting minutes",
    SUMMARY_REPORT: "Summary report of the consultation",
    RESULTS_NOTICE: "Results notice",
  },
};
