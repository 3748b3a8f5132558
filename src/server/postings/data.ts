// The postings that must come down or be replaced (docs/LAW.md#r17): every posting of the actor's
// commune still up whose state (src/domain/publicity.ts) says to act, grouped by neighbourhood for
// the round of the boards — the commune's own places (office, portal, loudspeaker) as one group.
// A head reads only their own neighbourhood's. Also the states of one consultation's postings, for
// its disclosure log, with who posted and who took down.
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { DisclosurePlace, PublicityMaterial } from "@/generated/prisma/enums";
import type { ConsultationStatusName } from "@/domain/consultation-status";
import { postingState, type MustActReason, type PostingAction, type PostingState } from "@/domain/publicity";
import { compareVi } from "@/domain/vietnamese";
import type { StaffActor } from "../auth/actor";
import { scopedNeighbourhood } from "../auth/staff-scope";

type Db = PrismaClient | Prisma.TransactionClient;

/** Staff names by id, within the commune only (an id pointing elsewhere finds none). */
export async function staffNames(db: Db, communeId: string, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  if (!wanted.length) return new Map<string, string>();
  const rows = await db.staffUser.findMany({
    where: { id: { in: wanted }, communeId },
    select: { id: true, fullName: true },
  });
  return new Map(rows.map((r) => [r.id, r.fullName]));
}

export type PostingToAct = {
  id: string;
  consultationId: string;
  consultationTitle: string;
  place: DisclosurePlace;
  neighbourhoodId: string | null;
  material: PublicityMaterial | null;
  postedAt: Date;
  validUntil: Date | null;
  postedByName: string | null;
  reason: MustActReason;
  action: PostingAction;
};

export type PostingGroup = {
  /** null: the commune as a whole (office, portal, loudspeaker, …): "Toàn xã/phường". */
  neighbourhoodId: string | null;
  neighbourhoodName: string | null;
  postings: PostingToAct[];
};

export async function listPostingsToAct(db: PrismaClient, actor: StaffActor, now: Date) {
  const neighbourhoodId = scopedNeighbourhood(actor);
  const rows = await db.disclosurePosting.findMany({
    where: {
      takenDownAt: null,
      consultation: { communeId: actor.communeId },
      ...(neighbourhoodId ? { neighbourhoodId } : {}),
    },
    orderBy: [{ postedAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      place: true,
      neighbourhoodId: true,
      material: true,
      postedAt: true,
      validUntil: true,
      noticeRevision: true,
      takenDownAt: true,
      postedById: true,
      neighbourhood: { select: { name: true } },
      consultation: { select: { id: true, title: true, status: true, closesAt: true, noticeRevision: true } },
    },
  });
  const acting = rows.flatMap((r) => {
    const s = postingState(r, r.consultation, now);
    return s.state === "mustAct" ? [{ row: r, reason: s.reason, action: s.action }] : [];
  });
  const names = await staffNames(
    db,
    actor.communeId,
    acting.map((a) => a.row.postedById),
  );
  const groups = new Map<string | null, PostingGroup>();
  for (const { row, reason, action } of acting) {
    const key = row.neighbourhoodId;
    let group = groups.get(key);
    if (!group) {
      group = { neighbourhoodId: key, neighbourhoodName: row.neighbourhood?.name ?? null, postings: [] };
      groups.set(key, group);
    }
    group.postings.push({
      id: row.id,
      consultationId: row.consultation.id,
      consultationTitle: row.consultation.title,
      place: row.place,
      neighbourhoodId: row.neighbourhoodId,
      material: row.material,
      postedAt: row.postedAt,
      validUntil: row.validUntil,
      postedByName: row.postedById ? (names.get(row.postedById) ?? null) : null,
      reason,
      action,
    });
  }
  // The commune's own places first, then the neighbourhoods by name as Vietnamese sorts them.
  const sorted = [...groups.values()].sort((a, b) =>
    a.neighbourhoodId === null
      ? -1
      : b.neighbourhoodId === null
        ? 1
        : compareVi(a.neighbourhoodName ?? "", b.neighbourhoodName ?? ""),
  );
  return { groups: sorted, total: acting.length };
}

export type PostingFactsRow = {
  id: string;
  validUntil: Date | null;
  noticeRevision: number;
  takenDownAt: Date | null;
  takenDownById: string | null;
  postedById: string | null;
};

/** One consultation's postings with their state and the names of who posted and who took down. */
export async function withPostingStates<P extends PostingFactsRow>(
  db: Db,
  communeId: string,
  c: { status: ConsultationStatusName; closesAt: Date | null; noticeRevision: number },
  postings: P[],
  now: Date,
): Promise<(P & { state: PostingState; postedByName: string | null; takenDownByName: string | null })[]> {
  const names = await staffNames(
    db,
    communeId,
    postings.flatMap((p) => [p.postedById, p.takenDownById]),
  );
  return postings.map((p) => ({
    ...p,
    state: postingState(p, c, now),
    postedByName: p.postedById ? (names.get(p.postedById) ?? null) : null,
    takenDownByName: p.takenDownById ? (names.get(p.takenDownById) ?? null) : null,
  }));
}
