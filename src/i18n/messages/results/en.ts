import type { resultsVi } from "./vi";

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

export const resultsEn: Strings<typeof resultsVi> = {
  title: "Consultation results",
};
