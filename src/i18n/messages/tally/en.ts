import type { tallyVi } from "./vi";
import type { Strings } from "../strings";

export const tallyEn: Strings<typeof tallyVi> = {
  titleLive: "Provisional results (open)",
  titleFinal: "Results (frozen at closing)",
  summary: "{responded} of {roll} households responded (turnout {turnout})",
  rule: "Adopted when:",
  ruleAtLeast: "at least {numerator}/{denominator} of all households agree",
  ruleMoreThan: "more than {numerator}/{denominator} of all households agree",
  ruleUnits: "in each neighbourhood, and at least {numerator}/{denominator} of the neighbourhoods adopt",
  ruleWhole: "across the whole commune",
  advisory:
    "Advisory result (no pass/fail vote): the figures below are for summarising, taking up and explaining opinions.",
  neighbourhood: "Neighbourhood",
  roll: "Households",
  responded: "Responded",
  turnout: "Turnout",
  result: "Outcome",
  sharesNote:
    "Each option: households, then the share of households that responded · the share of all households on the roll. Blank and invalid ballots count as responses that chose no option.",
  ruleBaseNote:
    "The adoption rule counts all households on the roll (Law on Grassroots Democracy, Art 21 k1), not only those that responded.",
  participation: "Turnout by neighbourhood",
  question: "Question {number}: {question}",
  area: "Whole area",
  areaResult: "Whole area:",
  unitsAdopted: "{adopted}/{total} neighbourhoods adopted",
  unitsAdoptedAwaiting: "{adopted}/{total} neighbourhoods adopted, awaiting recognition",
  perUnitNote:
    "Each neighbourhood votes and decides for itself (Law on Grassroots Democracy, Art 21 k1), so there is no single result for the whole area.",
  blank: "Blank ballots",
  invalid: "Invalid ballots",
  answered: "Households that wrote an answer",
  freeTextNote:
    "Free-text question: households that wrote an answer, and their share of the households that responded. The answers themselves are in the downloadable list of responses.",
  exportXlsx: "Download summary (XLSX)",
  exportCsv: "Download summary (CSV)",
  exportResponses: "Download responses (XLSX)",
  live: "Updates every {seconds} seconds · figures as of {time}.",
  paused: "Updates paused · figures as of {time}.",
  pause: "Pause updates",
  resume: "Resume updates",
  outcome: {
    ADOPTED: "Adopted",
    NOT_ADOPTED: "Not adopted",
    AWAITING_RECOGNITION: "Adopted, awaiting recognition",
    PENDING: "No outcome yet (open)",
  },
};
