// The household list is driven by its query string (a plain GET form): read it into a valid search
// and build the links of the pager with the same filters.
import { firstValue, listHref } from "@/components/console/list-query";

export const PAGE_SIZE = 50;
const MAX_PAGE = 200_000; // household.search takes offsets up to 10,000,000
export const STATUSES = ["active", "inactive", "all"] as const;
export type HouseholdStatusFilter = (typeof STATUSES)[number];

export type HouseholdSearchParams = Partial<Record<"q" | "neighbourhood" | "status" | "page", string | string[]>>;
export type HouseholdSearch = { q: string; neighbourhood: string; status: HouseholdStatusFilter; page: number };

export function readHouseholdSearch(params: HouseholdSearchParams): HouseholdSearch {
  const status = firstValue(params.status);
  const page = Number(firstValue(params.page));
  const neighbourhood = firstValue(params.neighbourhood);
  return {
    q: firstValue(params.q).slice(0, 120),
    neighbourhood: neighbourhood.length <= 64 ? neighbourhood : "",
    status: (STATUSES as readonly string[]).includes(status) ? (status as HouseholdStatusFilter) : "active",
    page: Number.isSafeInteger(page) && page > 1 ? Math.min(page, MAX_PAGE) : 1,
  };
}

/** The search as input of household.search. */
export function toSearchInput(s: HouseholdSearch) {
  return {
    q: s.q || undefined,
    neighbourhoodId: s.neighbourhood || undefined,
    active: s.status === "all" ? undefined : s.status === "active",
    offset: (s.page - 1) * PAGE_SIZE,
    limit: PAGE_SIZE,
  };
}

export function householdsHref(s: HouseholdSearch, page = s.page): string {
  return listHref("/console/households", {
    q: s.q,
    neighbourhood: s.neighbourhood,
    status: s.status !== "active" ? s.status : undefined,
    page: page > 1 ? String(page) : undefined,
  });
}
