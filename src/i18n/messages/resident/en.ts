import type { residentVi } from "./vi";

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

export const residentEn: Strings<typeof residentVi> = {
  title: "Your household's opinion",
  household: "Household {code} — head {head}",
  openConsultations: "Consultations in {neighbourhood}",
  none: "There are no open consultations in your household's neighbourhood.",
  answeredOn: "Your household responded {channel} at {when}.",
  closesOn: "Respond by {when}.",
  backHome: "Back to the list",
  aboutThis: "What it is about, and documents",
  answerTitle: "Your household's answers",
  reviseTitle: "Change your household's answers",
  questionN: "Question {n}",
  optional: "optional",
  comment: "Comment (optional)",
  toReview: "Review before sending",
  fixBelow: "Please check the questions marked below.",
  reviewTitle: "Review your answers",
  noAnswer: "No answer",
  yourAnswers: "Your household's recorded answers",
  seeResults: "See the results",
  submit: "Send",
  change: "Change",
  yourAnswer:
    "Your household responded {channel} at {time} on {day}. Receipt code: {code}. You can change it until the consultation closes.",
  closedNotice: "The consultation closed at {time} on {day}.",
  notOnRoll: "Your household is not on this consultation's roll. Please contact your neighbourhood head.",
  receiptTitle: "Receipt",
  receiptThanks: "Your household's opinion has been recorded. Thank you!",
  receiptCode: "Receipt code",
  receiptHousehold: "Household",
  receiptConsultation: "Consultation",
  receiptTime: "Recorded at",
  receiptRevision: "Revision",
  revisionN: "Revision {n} (first sent at {first})",
  receiptKeep:
    "Keep the receipt code. You can change your answers until the consultation closes; each household has one voice.",
};
