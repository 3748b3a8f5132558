import type { resultsVi } from "./vi";

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

export const resultsEn: Strings<typeof resultsVi> = {
  title: "Consultation results",
  link: "See the results",
  linkHelp:
    "The results are published: how many households took part, what they said and what the People's Committee did.",
  back: "About this consultation",
  published: "Results published on {date}",
  period: "Consultation period: {opened} to {closed}",
  asked: {
    title: "What we asked",
    questions: "Questions on the ballot",
  },
  said: {
    title: "What you said",
    participation: "{responded} of {roll} households responded",
    turnout: "Turnout: {turnout}",
    byChannel: "By channel",
    channelCount: "{count} households",
    noResponses: "No household responded.",
    turnoutChart: "Turnout by neighbourhood",
    turnoutHelp: "Households that responded, out of all households on each neighbourhood's roll.",
    turnoutNote: "{responded}/{roll} households · {turnout}",
    question: "Question {number}: {question}",
    sharesHelp: "Shares are of the households that responded.",
    multipleHelp: "Each household could choose several options, so the shares may add up to more than 100%.",
    optionNote: "{count} households · {share}",
    legendNote: "{count} households ({share})",
    legendNoteRoll: "{count} households ({share} of respondents; {rollShare} of all households)",
    rowNote: "{count} households responded",
    rowNoteRoll: "{count}/{roll} households responded",
    sharesHelpRoll:
      "Shares are of the households that responded; in the table, the second share is of all households on the roll, which the adoption rule counts.",
    noAnswer: "Did not answer this question",
    allAreas: "Whole consultation area",
    option: "Option",
    households: "Households",
    share: "Share",
    freeText: "Free-text question: the opinions are summarised and answered under “What we did”.",
  },
  outcome: {
    title: "Vote result",
    overall: "Overall result:",
    area: "Whole consultation area:",
    perUnitNote: "Each neighbourhood votes and decides for itself, so there is no single result for the whole area.",
    agreeOfRoll: "{agree}/{roll} households agree ({share} of all households on the roll)",
    adoptedUnits: "{adopted}/{total} neighbourhoods adopted",
    perUnit: "Result in each neighbourhood",
  },
  advisory: {
    title: "Advisory result",
    note: "The figures below are for reference; they are not the result of a pass/fail vote.",
    agree: "{share} agree",
    agreeDetail: "{agree} of {responded} responding households agree with “{question}”.",
  },
  did: {
    title: "What we did",
    help: "The written opinions were grouped into themes; the People's Committee answered each theme.",
    opinions: "{count, plural, one {# opinion} other {# opinions}}",
    response: "Answer",
    none: "No written opinions were received in this consultation.",
  },
};
