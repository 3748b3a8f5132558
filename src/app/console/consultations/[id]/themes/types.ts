// The themes page's shared types and its empty filter, apart from the components so that none of
// them imports another for a type.
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/api/root";

type Out = inferRouterOutputs<AppRouter>["theme"];
export type ThemeList = Out["list"];
export type ThemeItem = ThemeList["themes"][number];
export type Opinion = Out["opinions"]["items"][number];
export type Channel = NonNullable<inferRouterInputs<AppRouter>["theme"]["opinions"]["channel"]>;

export type QuestionOption = { id: string; position: number; text: string };
export type AreaOption = { id: string; name: string };

/** Empty strings mean "no filter"; theme is "", "ungrouped", "grouped" or a theme id. */
export type Filter = { questionId: string; neighbourhoodId: string; channel: string; theme: string };
export const NO_FILTER: Filter = { questionId: "", neighbourhoodId: "", channel: "", theme: "" };
