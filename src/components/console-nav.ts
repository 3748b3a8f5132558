import type { Permission } from "@/domain/roles";

/** Console navigation: an entry shows only to roles that hold its permission. */
type Label =
  | "overview"
  | "dashboard"
  | "consultations"
  | "postings"
  | "neighbourhoods"
  | "households"
  | "registerImport"
  | "slips"
  | "audit"
  | "staff"
  | "province"
  | "provinceCommunes";

/** The province's own entries first: a province's staff see them, and a commune's entries only while reading one. */
export const CONSOLE_NAV: { href: string; label: Label; permission: Permission }[] = [
  { href: "/console/province", label: "province", permission: "province.read" },
  { href: "/console/province/communes", label: "provinceCommunes", permission: "province.manage" },
  { href: "/console", label: "overview", permission: "console.view" },
  { href: "/console/dashboard", label: "dashboard", permission: "tally.read" },
  { href: "/console/consultations", label: "consultations", permission: "consultation.read" },
  { href: "/console/postings", label: "postings", permission: "consultation.read" },
  { href: "/console/neighbourhoods", label: "neighbourhoods", permission: "neighbourhood.read" },
  { href: "/console/households", label: "households", permission: "household.read" },
  { href: "/console/register/import", label: "registerImport", permission: "register.manage" },
  { href: "/console/slips", label: "slips", permission: "credential.issue" },
  { href: "/console/audit", label: "audit", permission: "audit.read" },
  { href: "/console/staff", label: "staff", permission: "staff.read" },
];
