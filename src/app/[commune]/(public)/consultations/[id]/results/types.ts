import type { getPublicResults } from "@/server/themes/results";

/** What the results page receives from `commune.publicResults`. */
export type PublicResults = Awaited<ReturnType<typeof getPublicResults>>;
export type ResultsQuestion = PublicResults["questions"][number];
