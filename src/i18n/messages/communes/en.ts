import type { communesVi } from "./vi";
import type { Strings } from "../strings";

export const communesEn: Strings<typeof communesVi> = {
  listTitle: "Community consultations",
  listIntro:
    "Choose the commune, ward or special zone where your household lives to see what is open for opinions and to take part.",
  searchLabel: "Find a commune or ward",
  searchHint: "Type its name with or without tone marks (for example “cho chua”), or its administrative code.",
  search: "Search",
  showAll: "Show all",
  found: "{count} of {total} units match “{q}”.",
  none: "No commune, ward or special zone matches “{q}”. Try fewer letters, or search by code.",
  province: "{name}",
  code: "Code {code}",
  open: "{count} open for opinions",
  noneOpen: "Nothing open for opinions now",
  shown: "Units {from}–{to} of {total}.",
  pager: "Pages of the list",
  previous: "Previous page",
  next: "Next page",
  page: "Page {page} of {pages}",
  notSetUpTitle: "This consultation site is not set up yet",
  notSetUp: "No commune, ward or special zone uses this address yet. Please come back later.",
  verifyAll: "Verify a record of any commune on this site",
};
