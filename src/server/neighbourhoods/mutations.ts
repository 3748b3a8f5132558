// Neighbourhoods (thôn, tổ dân phố) change with the 2025 reform: created, renamed and merged with
// effective dates (docs/LAW.md#r22). Past consultations keep the names and rolls they had: their area
// stores the name of the day and their roll the neighbourhood of the day, and nothing here edits them.
import type { PrismaClient } from "@/generated/prisma/client";
import { LIVE_STATUSES } from "@/domain/consultation-status";
import { appendStaffAudit } from "../audit/append";
import type { StaffActor } from "../auth/actor";
import { AppError, refuseTaken } from "../errors";

const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$/;
const clean = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim();

export async function createNeighbourhood(
  db: PrismaClient,
  actor: StaffActor,
  input: { code: string; name: string; kind: "VILLAGE" | "RESIDENTIAL_GROUP"; validFrom: Date },
  now: Date,
) {
  const code = input.code.trim().toUpperCase();
  const name = clean(input.name);
  const issues = [
    ...(CODE.test(code) ? [] : [{ field: "code", key: "neighbourhoods.errors.badCode" }]),
    ...(name ? [] : [{ field: "name", key: "errors.fieldRequired" }]),
  ];
  if (issues.length) throw AppError.invalid(issues);
  return refuseTaken(
    () =>
      db.$transaction(async (tx) => {
        const n = await tx.neighbourhood.create({
          data: {
            communeId: actor.communeId,
            code,
            name,
            kind: input.kind,
            validFrom: input.validFrom,
            names: { create: { name, validFrom: input.validFrom } },
          },
          select: { id: true },
        });
        await appendStaffAudit(tx, actor, {
          action: "neighbourhood.created",
          entityType: "Neighbourhood",
          entityId: n.id,
          data: { code, name, kind: input.kind, validFrom: input.validFrom.toISOString() },
          now,
        });
        return n;
      }),
    () => [{ field: "code", key: "neighbourhoods.errors.codeTaken", params: { code } }],
  );
}

async function neighbourhoodIn(db: PrismaClient, actor: StaffActor, id: string) {
  const n = await db.neighbourhood.findFirst({ where: { id, communeId: actor.communeId } });
  if (!n) throw AppError.notFound("neighbourhood");
  return n;
}

/** The new name applies from `effectiveFrom`; the old one is kept in the history until then. */
export async function renameNeighbourhood(
  db: PrismaClient,
  actor: StaffActor,
  input: { id: string; name: string; effectiveFrom: Date },
  now: Date,
) {
  const name = clean(input.name);
  if (!name) throw AppError.invalid([{ field: "name", key: "errors.fieldRequired" }]);
  const n = await neighbourhoodIn(db, actor, input.id);
  if (!n.active) throw new AppError("PRECONDITION_FAILED", "neighbourhoodInactive", { name: n.name });
  if (n.name === name) return { id: n.id };
  return db.$transaction(async (tx) => {
    await tx.neighbourhoodName.updateMany({
      where: { neighbourhoodId: n.id, validTo: null },
      data: { validTo: input.effectiveFrom },
    });
    await tx.neighbourhoodName.create({ data: { neighbourhoodId: n.id, name, validFrom: input.effectiveFrom } });
    await tx.neighbourhood.update({ where: { id: n.id }, data: { name } });
    await appendStaffAudit(tx, actor, {
      action: "neighbourhood.renamed",
      entityType: "Neighbourhood",
      entityId: n.id,
      data: { from: n.name, to: name, effectiveFrom: input.effectiveFrom.toISOString() },
      now,
    });
    return { id: n.id };
  });
}

/**
 * `source` joins `target` from `effectiveFrom`: its active households and its heads move, it is
 * closed (never deleted) and points at the target. Refused while a consultation that is not yet
 * closed covers either of them.
 */
export async function mergeNeighbourhoods(
  db: PrismaClient,
  actor: StaffActor,
  input: { sourceId: string; targetId: string; effectiveFrom: Date },
  now: Date,
) {
  if (input.sourceId === input.targetId)
    throw AppError.invalid([{ field: "targetId", key: "neighbourhoods.errors.mergeIntoItself" }]);
  const [source, target] = [
    await neighbourhoodIn(db, actor, input.sourceId),
    await neighbourhoodIn(db, actor, input.targetId),
  ];
  if (!source.active || !target.active)
    throw new AppError("PRECONDITION_FAILED", "neighbourhoodInactive", {
      name: source.active ? target.name : source.name,
    });
  // A consultation still running or about to: its area must not change under it.
  const live = await db.consultation.findFirst({
    where: {
      communeId: actor.communeId,
      status: { in: [...LIVE_STATUSES] },
      areas: { some: { neighbourhoodId: { in: [source.id, target.id] } } },
    },
    select: { title: true },
  });
  if (live) throw new AppError("PRECONDITION_FAILED", "neighbourhoodInLiveConsultation", { title: live.title });
  return db.$transaction(async (tx) => {
    const moved = await tx.household.updateMany({
      where: { neighbourhoodId: source.id, active: true },
      data: { neighbourhoodId: target.id, updatedAt: now },
    });
    await tx.staffUser.updateMany({ where: { neighbourhoodId: source.id }, data: { neighbourhoodId: target.id } });
    await tx.neighbourhoodName.updateMany({
      where: { neighbourhoodId: source.id, validTo: null },
      data: { validTo: input.effectiveFrom },
    });
    await tx.neighbourhood.update({
      where: { id: source.id },
      data: { active: false, mergedIntoId: target.id, validTo: input.effectiveFrom },
    });
    await appendStaffAudit(tx, actor, {
      action: "neighbourhood.merged",
      entityType: "Neighbourhood",
      entityId: source.id,
      data: {
        source: source.name,
        target: target.name,
        targetId: target.id,
        households: moved.count,
        effectiveFrom: input.effectiveFrom.toISOString(),
      },
      now,
    });
    return { id: target.id, households: moved.count };
  });
}
