import type { PrismaClient } from "@/generated/prisma/client";
import { compareVi } from "@/domain/vietnamese";
import { matchesCommuneSearch } from "@/domain/communes";

const SELECT = {
  id: true,
  code: true,
  slug: true,
  name: true,
  kind: true,
  address: true,
  province: { select: { code: true, name: true } },
} as const;

export type PublicCommune = NonNullable<Awaited<ReturnType<typeof getCommuneBySlug>>>;

/** The commune an address names (/{slug}/…), or null: an unknown slug is "not found". */
export async function getCommuneBySlug(db: PrismaClient, slug: string) {
  return db.commune.findUnique({ where: { slug: slug.toLowerCase() }, select: SELECT });
}

export async function getCommune(db: PrismaClient, id: string) {
  return db.commune.findUnique({ where: { id }, select: SELECT });
}

/**
 * What the root address does: nothing set up yet, one commune (the root goes to it) or many (the
 * root lists them). Two rows at most are read.
 */
export async function installShape(db: PrismaClient): Promise<{ kind: "empty" } | { kind: "single"; slug: string } | { kind: "many" }> {
  const first = await db.commune.findMany({ select: { slug: true }, orderBy: { createdAt: "asc" }, take: 2 });
  if (first.length === 0) return { kind: "empty" };
  if (first.length === 1) return { kind: "single", slug: first[0].slug };
  return { kind: "many" };
}

/**
 * The communes of the install, grouped by province, with how many consultations are open for
 * opinions in each; filtered by what a visitor typed (with or without tone marks, or a code).
 * A province holds at most a few hundred communes, so the filter runs here, not in SQL: PGlite has
 * no unaccent.
 */
export async function listCommunes(db: PrismaClient, query: string, now: Date) {
  // Open by the clock, as the lifecycle applies it when the commune's pages are next read.
  const openNow = {
    OR: [
      { status: "OPEN" as const, OR: [{ closesAt: null }, { closesAt: { gt: now } }] },
      { status: "PUBLISHED" as const, opensAt: { lte: now }, closesAt: { gt: now } },
    ],
  };
  const [communes, open] = await Promise.all([
    db.commune.findMany({ select: SELECT }),
    db.consultation.groupBy({ by: ["communeId"], where: openNow, _count: { _all: true } }),
  ]);
  const openBy = new Map(open.map((o) => [o.communeId, o._count._all]));
  const provinces = new Map<string, { code: string; name: string; communes: (PublicCommune & { openConsultations: number })[] }>();
  for (const c of communes) {
    if (!matchesCommuneSearch(c, query)) continue;
    const p = provinces.get(c.province.code) ?? { ...c.province, communes: [] };
    p.communes.push({ ...c, openConsultations: openBy.get(c.id) ?? 0 });
    provinces.set(c.province.code, p);
  }
  return {
    total: communes.length,
    provinces: [...provinces.values()]
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((p) => ({ ...p, communes: p.communes.sort((a, b) => compareVi(a.name, b.name)) })),
  };
}
