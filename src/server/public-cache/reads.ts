// The public pages' reads, through the cache the request's context carries (src/server/public-cache/
// tags.ts) or, without one (tests through createCaller), straight from the database. What each entry
// is keyed and tagged by, and which scheduled moments change it, is said here once.
import type { PrismaClient } from "@/generated/prisma/client";
import { PUBLIC_LIST, communeTag, consultationTag, homeTag } from "@/domain/public-cache";
import { listCommunes } from "../communes/data";
import { getPublicConsultation, listPublicConsultations } from "../consultations/data";
import { getPublicResults } from "../themes/results";
import type { PublicCache } from "./tags";

type Reader = { db: PrismaClient; publicCache?: PublicCache; now: Date };

const ms = (...ds: (Date | null | undefined)[]) => ds.filter((d): d is Date => !!d).map((d) => d.getTime());
const ascending = (xs: number[]) => [...new Set(xs)].sort((a, b) => a - b);

/**
 * The moments at which a commune's public pages change by themselves: publication (publishedAt ≤ now
 * makes a consultation public), opening and closing (dueTransition), results shown
 * (resultsPublishedAt ≤ now) and the end of each posting (shown as expired after validUntil).
 */
async function communeMoments(db: PrismaClient, communeId: string) {
  const rows = await db.consultation.findMany({
    where: { communeId },
    select: {
      publishedAt: true,
      opensAt: true,
      closesAt: true,
      resultsPublishedAt: true,
      postings: { select: { validUntil: true } },
    },
  });
  return ascending(
    rows.flatMap((r) => [
      ...ms(r.publishedAt, r.opensAt, r.closesAt, r.resultsPublishedAt),
      ...ms(...r.postings.map((p) => p.validUntil)),
    ]),
  );
}

/** The communes list counts what is open by the clock: every opening and closing of the install. */
async function installMoments(db: PrismaClient) {
  const rows = await db.consultation.findMany({ select: { opensAt: true, closesAt: true } });
  return ascending(rows.flatMap((r) => ms(r.opensAt, r.closesAt)));
}

type Moments = { key: string[]; tags: string[]; read: () => Promise<number[]> };

function read<T>(r: Reader, key: string[], tags: string[], moments: Moments, load: (now: Date) => Promise<T>) {
  const cache = r.publicCache;
  if (!cache) return load(r.now);
  return cache.read(
    { key, tags, moments: () => cache.moments(moments.key, moments.tags, moments.read), read: load },
    r.now,
  );
}

/** A commune's moments change with any of its consultations: kept under the tags every narrower invalidation names. */
const ofCommune = (db: PrismaClient, communeId: string): Moments => ({
  key: ["commune", communeId],
  tags: [communeTag(communeId), homeTag(communeId)],
  read: () => communeMoments(db, communeId),
});

export function readCommuneList(r: Reader, q: string) {
  const moments = { key: ["list"], tags: [PUBLIC_LIST], read: () => installMoments(r.db) };
  return read(r, ["list", q], [PUBLIC_LIST], moments, (now) => listCommunes(r.db, q, now));
}

export function readPublicConsultations(r: Reader, communeId: string) {
  return read(
    r,
    ["commune", communeId, "home"],
    [communeTag(communeId), homeTag(communeId)],
    ofCommune(r.db, communeId),
    (now) => listPublicConsultations(r.db, communeId, now),
  );
}

export function readPublicConsultation(r: Reader, communeId: string, id: string) {
  return read(
    r,
    ["commune", communeId, "consultation", id],
    [communeTag(communeId), consultationTag(communeId, id)],
    ofCommune(r.db, communeId),
    (now) => getPublicConsultation(r.db, communeId, id, now),
  );
}

export function readPublicResults(r: Reader, communeId: string, id: string) {
  return read(
    r,
    ["commune", communeId, "results", id],
    [communeTag(communeId), consultationTag(communeId, id)],
    ofCommune(r.db, communeId),
    (now) => getPublicResults(r.db, communeId, id, now),
  );
}
