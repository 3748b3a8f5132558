// What the entry screens read: a household by code with its current answer, the running counts,
// the latest entries (to void a mistake), and the per-neighbourhood reconciliation.
import { sortByName } from "@/domain/vietnamese";
import type { PrismaClient } from "@/generated/prisma/client";
import type { StaffActor } from "../auth/actor";
import { AppError } from "../errors";
import { existingResponseError, householdForStaff } from "./staff";

function scopeNeighbourhood(actor: StaffActor, requested?: string) {
  return actor.role === "NEIGHBOURHOOD_HEAD" ? (actor.neighbourhoodId ?? "-") : requested;
}

async function assertConsultation(db: PrismaClient, actor: StaffActor, consultationId: string) {
  const c = await db.consultation.count({ where: { id: consultationId, communeId: actor.communeId } });
  if (!c) throw AppError.notFound("consultation");
}

export async function lookupHousehold(db: PrismaClient, actor: StaffActor, consultationId: string, code: string) {
  await assertConsultation(db, actor, consultationId);
  const h = await householdForStaff(db, actor, code);
  const [onRoll, taken] = await Promise.all([
    db.rollEntry.count({ where: { consultationId, householdId: h.id, removedAt: null } }),
    existingResponseError(db, consultationId, h.id),
  ]);
  return {
    household: { code: h.code, headName: h.headName, address: h.address, neighbourhood: h.neighbourhood.name, active: h.active },
    onRoll: onRoll > 0,
    existing: taken ? { key: taken.key, params: taken.params } : null,
  };
}

export async function entryCounts(db: PrismaClient, actor: StaffActor, consultationId: string, neighbourhoodId?: string) {
  await assertConsultation(db, actor, consultationId);
  const hood = scopeNeighbourhood(actor, neighbourhoodId);
  const where = { consultationId, ...(hood ? { neighbourhoodId: hood } : {}) };
  const [roll, byChannel, voided, rounds] = await Promise.all([
    db.rollEntry.count({ where: { ...where, removedAt: null } }),
    db.response.groupBy({ by: ["channel"], where: { ...where, voidedAt: null }, _count: { _all: true } }),
    db.response.count({ where: { ...where, voidedAt: { not: null } } }),
    db.ballotRound.aggregate({ where, _sum: { ballotsIssued: true, ballotsReturned: true } }),
  ]);
  const channels = Object.fromEntries(byChannel.map((r) => [r.channel, r._count._all])) as Record<string, number>;
  const responded = Object.values(channels).reduce((a, b) => a + b, 0);
  return { roll, responded, channels, voided, ballotsIssued: rounds._sum.ballotsIssued, ballotsReturned: rounds._sum.ballotsReturned };
}

export async function listEntries(db: PrismaClient, actor: StaffActor, consultationId: string, limit: number) {
  await assertConsultation(db, actor, consultationId);
  const hood = scopeNeighbourhood(actor);
  return db.response.findMany({
    where: { consultationId, recordedById: { not: null }, ...(hood ? { neighbourhoodId: hood } : {}) },
    orderBy: { submittedAt: "desc" },
    take: limit,
    select: {
      id: true,
      channel: true,
      submittedAt: true,
      voidedAt: true,
      voidReason: true,
      receiptCode: true,
      household: { select: { code: true, headName: true } },
      answers: { select: { questionId: true, comment: true, text: true, choices: { select: { option: { select: { label: true } } } } } },
    },
  });
}

/** Per neighbourhood: roll, responses by channel, voided, attendance, ballots; mismatches flagged. */
export async function reconciliation(db: PrismaClient, actor: StaffActor, consultationId: string) {
  await assertConsultation(db, actor, consultationId);
  const hood = scopeNeighbourhood(actor);
  const where = { consultationId, ...(hood ? { neighbourhoodId: hood } : {}) };
  const [areas, roll, responses, voided, rounds, meetings] = await Promise.all([
    db.consultationArea.findMany({ where: { consultationId, ...(hood ? { neighbourhoodId: hood } : {}) }, orderBy: { neighbourhoodName: "asc" } }),
    db.rollEntry.groupBy({ by: ["neighbourhoodId"], where: { ...where, removedAt: null }, _count: { _all: true } }),
    db.response.groupBy({ by: ["neighbourhoodId", "channel"], where: { ...where, voidedAt: null }, _count: { _all: true } }),
    db.response.groupBy({ by: ["neighbourhoodId"], where: { ...where, voidedAt: { not: null } }, _count: { _all: true } }),
    db.ballotRound.groupBy({ by: ["neighbourhoodId"], where, _sum: { ballotsIssued: true, ballotsReturned: true, ballotsValid: true } }),
    db.meetingRecord.findMany({ where, select: { neighbourhoodId: true, _count: { select: { attendance: true } } } }),
  ]);
  const count = <T extends { neighbourhoodId: string; _count: { _all: number } }>(rows: T[], id: string) => rows.find((r) => r.neighbourhoodId === id)?._count._all ?? 0;
  return sortByName(areas, (a) => a.neighbourhoodName).map((a) => {
    const channels = Object.fromEntries(responses.filter((r) => r.neighbourhoodId === a.neighbourhoodId).map((r) => [r.channel, r._count._all])) as Record<string, number>;
    const round = rounds.find((r) => r.neighbourhoodId === a.neighbourhoodId)?._sum;
    const attendance = meetings.filter((m) => m.neighbourhoodId === a.neighbourhoodId).reduce((s, m) => s + m._count.attendance, 0);
    const rollSize = count(roll, a.neighbourhoodId);
    const responded = Object.values(channels).reduce((x, y) => x + y, 0);
    const paper = channels.PAPER_BALLOT ?? 0;
    const mismatches: string[] = [];
    if (responded > rollSize) mismatches.push("respondedOverRoll");
    if (round?.ballotsReturned != null && round.ballotsReturned > (round.ballotsIssued ?? 0)) mismatches.push("returnedOverIssued");
    if (round?.ballotsValid != null && paper !== round.ballotsValid) mismatches.push("enteredVsValid");
    return {
      neighbourhoodId: a.neighbourhoodId,
      name: a.neighbourhoodName,
      roll: rollSize,
      responded,
      channels,
      voided: count(voided, a.neighbourhoodId),
      attendance,
      ballotsIssued: round?.ballotsIssued ?? null,
      ballotsReturned: round?.ballotsReturned ?? null,
      ballotsValid: round?.ballotsValid ?? null,
      mismatches,
    };
  });
}
