// Sign-in PINs for households, printed on invitation slips. A PIN exists in clear only in the
// response that prints it: the database keeps its argon2id hash. Reissuing revokes the old PIN and
// ends every session signed in with it (the household's sessionVersion, session-actor.ts): whoever
// had the old slip is signed out, not only kept from signing in again.
import { randomInt } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import { appendStaffAudit } from "../audit/append";
import type { StaffActor } from "../auth/actor";
import { hashPin } from "../auth/secrets";
import { AppError } from "../errors";

export type SlipScope = { consultationId: string } | { neighbourhoodId: string };

export type Slip = {
  householdId: string;
  code: string;
  headName: string;
  address: string;
  neighbourhood: string;
  pin: string;
};

export function newPin(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, "0");
}

async function householdsInScope(db: PrismaClient, actor: StaffActor, scope: SlipScope) {
  const select = {
    id: true,
    code: true,
    headName: true,
    address: true,
    neighbourhood: { select: { name: true } },
  } as const;
  if ("neighbourhoodId" in scope) {
    const n = await db.neighbourhood.count({ where: { id: scope.neighbourhoodId, communeId: actor.communeId } });
    if (!n) throw AppError.notFound("neighbourhood");
    return {
      title: null,
      households: await db.household.findMany({
        where: { neighbourhoodId: scope.neighbourhoodId, active: true },
        select,
        orderBy: { code: "asc" },
      }),
    };
  }
  const c = await db.consultation.findFirst({
    where: { id: scope.consultationId, communeId: actor.communeId },
    select: { title: true, _count: { select: { rollEntries: true } }, areas: { select: { neighbourhoodId: true } } },
  });
  if (!c) throw AppError.notFound("consultation");
  // Once the roll is frozen, its households; before opening, the area's active households.
  const where = c._count.rollEntries
    ? { rollEntries: { some: { consultationId: scope.consultationId, removedAt: null } } }
    : { neighbourhoodId: { in: c.areas.map((a) => a.neighbourhoodId) }, active: true };
  return {
    title: c.title,
    households: await db.household.findMany({
      where: { communeId: actor.communeId, ...where },
      select,
      orderBy: { code: "asc" },
    }),
  };
}

export async function issuePins(db: PrismaClient, actor: StaffActor, scope: SlipScope, now = new Date()) {
  const { title, households } = await householdsInScope(db, actor, scope);
  const slips: Slip[] = households.map((h) => ({
    householdId: h.id,
    code: h.code,
    headName: h.headName,
    address: h.address,
    neighbourhood: h.neighbourhood.name,
    pin: newPin(),
  }));
  // Hashing is the slow part (argon2id): run it before the transaction, a few at a time.
  const hashes: string[] = [];
  for (let i = 0; i < slips.length; i += 16) {
    hashes.push(...(await Promise.all(slips.slice(i, i + 16).map((s) => hashPin(s.pin)))));
  }
  await db.$transaction(
    async (tx) => {
      const ids = slips.map((s) => s.householdId);
      await tx.householdCredential.updateMany({
        where: { householdId: { in: ids }, revokedAt: null },
        data: { revokedAt: now, activeHouseholdId: null },
      });
      await tx.householdCredential.createMany({
        data: slips.map((s, i) => ({
          householdId: s.householdId,
          activeHouseholdId: s.householdId,
          pinHash: hashes[i],
          issuedAt: now,
          issuedById: actor.id,
        })),
      });
      await tx.household.updateMany({ where: { id: { in: ids } }, data: { sessionVersion: { increment: 1 } } });
      await appendStaffAudit(tx, actor, {
        action: "household.pinIssued",
        entityType: "consultationId" in scope ? "Consultation" : "Neighbourhood",
        entityId: "consultationId" in scope ? scope.consultationId : scope.neighbourhoodId,
        data: { count: slips.length, householdCodes: slips.map((s) => s.code) },
        now,
      });
    },
    { timeout: 60_000 },
  );
  return { title, slips };
}
