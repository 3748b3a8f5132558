import type { themesVi } from "./vi";

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

export const themesEn: Strings<typeof themesVi> = {
  errors: {
    titleRequired: "Enter a name for the theme.",
    titleTooLong: "The theme name is longer than 200 characters.",
    responseRequired: "Enter the response.",
    responseTooLong: "The response is longer than 4,000 characters.",
    noneSelected: "Select at least one opinion.",
    noThemeSelected: "Select at least one theme.",
    merge: {
      noSources: "Choose the themes to merge.",
      intoItself: "A theme cannot be merged into itself.",
      alreadyMerged: "That theme has already been merged into another.",
    },
  },
  responseKind: {
    TAKEN_UP: "Taken up",
    EXPLAINED: "Explained",
    FORWARDED: "Forwarded to the competent body",
  },
};
