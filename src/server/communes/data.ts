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

function readCommuneBySlug(db: PrismaClient, slug: string) {
  return db.commune.findUnique({ where: { slug }, select: SELECT });
}

export type PublicCommune = NonNullable<Awaited<ReturnType<typeof readCommuneBySlug>>>;

/**
 * Every public and resident page reads the commune its address names, some twice (the page and a
 * procedure it calls). The app never renames, moves or removes a commune (a slug is for good), so
 * a commune found is kept a minute in this process; an unknown slug is read again each time, so a
 * commune set up a moment ago is found at once.
 */
const KEEP_COMMUNE_MS = 60_000;
const communesBySlug = new WeakMap<PrismaClient, Map<string, { at: number; commune: PublicCommune }>>();

async function keptCommune(
  db: PrismaClient,
  key: string,
  read: () => Promise<PublicCommune | null>,
): Promise<PublicCommune | null> {
  let kept = communesBySlug.get(db);
  if (!kept) communesBySlug.set(db, (kept = new Map()));
  const now = Date.now();
  const hit = kept.get(key);
  if (hit && now - hit.at < KEEP_COMMUNE_MS) return hit.commune;
  const commune = await read();
  if (commune) {
    // Shared between requests: nobody may change it.
    kept.set(key, { at: now, commune: Object.freeze({ ...commune, province: Object.freeze(commune.province) }) });
    if (kept.size > 10_000) kept.delete(kept.keys().next().value!);
  }
  return commune;
}

/** The commune an address names (/{slug}/…), or null: an unknown slug is "not found". */
export function getCommuneBySlug(db: PrismaClient, slug: string): Promise<PublicCommune | null> {
  const key = slug.toLowerCase();
  return keptCommune(db, `slug:${key}`, () => readCommuneBySlug(db, key));
}

/** A commune by its id (a signed-in actor's, a record's), kept as getCommuneBySlug keeps it. */
export function getCommune(db: PrismaClient, id: string): Promise<PublicCommune | null> {
  return keptCommune(db, `id:${id}`, () => db.commune.findUnique({ where: { id }, select: SELECT }));
}

/**
 * What the root address does: nothing set up yet, one commune (the root goes to it) or many (the
 * root lists them). Two rows at most are read.
 */
export async function installShape(
  db: PrismaClient,
): Promise<{ kind: "empty" } | { kind: "single"; slug: string } | { kind: "many" }> {
  const first = await db.commune.findMany({ select: { slug: true }, orderBy: { createdAt: "asc" }, take: 2 });
  if (first.length === 0) return { kind: "empty" };
  if (first.length === 1) return { kind: "single", slug: first[0].slug };
  return { kind: "many" };
}

/**
 * The communes of the install, grouped by province, with how many consultations are open for
 * opinions in each; filtered by what a visitor typed (with or without tone marks, or a code).
 * A province holds at most a few hundred communes, so the filter runs here, not in SQL: it needs
 * no unaccent extension on the server.
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
  const provinces = new Map<
    string,
    { code: string; name: string; communes: (PublicCommune & { openConsultations: number })[] }
  >();
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
