// Communes as the install knows them: their official codes, their kinds and the short name (slug)
// that every public and resident address starts with (/{slug}/…).
//
// Codes are the official administrative-unit codes (danh mục đơn vị hành chính, Decision 19/2025/
// QĐ-TTg after the arrangement of 1 July 2025): two digits for a province, five for a commune.
import reservedSlugs from "./reserved-slugs.json";

export const PROVINCE_CODE = /^\d{2}$/;
export const COMMUNE_CODE = /^\d{5}$/;

/** The kinds of commune-level unit since 1 July 2025 (Law on Local Government 2025 Art 2). */
export const COMMUNE_KIND_FLAGS = { xa: "COMMUNE", phuong: "WARD", "dac-khu": "SPECIAL_ZONE" } as const;
export type CommuneKindFlag = keyof typeof COMMUNE_KIND_FLAGS;
export type NewCommuneKind = (typeof COMMUNE_KIND_FLAGS)[CommuneKindFlag];

/**
 * First path segments the app itself uses: a commune may never be called one of them. The list is a
 * JSON file because `npm start`'s public cache (scripts/public-cache.mjs, plain Node) reads it too.
 */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set(reservedSlugs);

/** "Chợ Chùa" → "cho-chua"; "Đông Hòa" → "dong-hoa". Lower-case ASCII words joined by hyphens. */
export function slugify(name: string): string {
  return foldVietnamese(name)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
}

/** Lower case without diacritics, for slugs and for search that ignores tone marks. */
export function foldVietnamese(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase();
}

/**
 * A slug for a new commune that no other commune of the install has: the name's slug, then the same
 * with its province's code, then with its own code. The commune code is unique, so the last always
 * is free (and never reserved: it holds digits).
 */
export function uniqueSlug(
  name: string,
  codes: { province: string; commune: string },
  taken: (slug: string) => boolean,
): string {
  const base = slugify(name) || "xa";
  const candidates = [base, `${base}-${codes.province}`, `${base}-${codes.commune}`];
  return candidates.find((s) => !RESERVED_SLUGS.has(s) && !taken(s)) ?? `${base}-${codes.province}-${codes.commune}`;
}

/** What a visitor types into the province's list: matches names with or without tone marks, and codes. */
export function matchesCommuneSearch(commune: { name: string; code: string }, query: string): boolean {
  const q = foldVietnamese(query.normalize("NFC").trim()).replace(/\s+/g, " ");
  if (!q) return true;
  return commune.code.toLowerCase().startsWith(q) || foldVietnamese(commune.name).replace(/\s+/g, " ").includes(q);
}
