import type { PrismaClient } from "@/generated/prisma/client";
import { responseGivenAt } from "@/domain/resident-view";
import type { HouseholdActor } from "../auth/actor";
import { publicToHousehold } from "../consultations/data";
import { applyDueTransitions } from "../consultations/schedule";
import { CONSULTATION_HEADING } from "../consultations/selects";

/** The signed-in household's home: who it is, and its area's consultations with its own status. */
export async function getResidentHome(db: PrismaClient, actor: HouseholdActor, now: Date) {
  await applyDueTransitions(db, actor.communeId, now);
  const [neighbourhood, consultations, responses] = await Promise.all([
    db.neighbourhood.findUniqueOrThrow({ where: { id: actor.neighbourhoodId }, select: { name: true } }),
    db.consultation.findMany({
      where: publicToHousehold(actor, now),
      orderBy: [{ closesAt: "asc" }],
      select: { ...CONSULTATION_HEADING, opensAt: true, closesAt: true, channels: true },
    }),
    db.response.findMany({
      where: { householdId: actor.id, effectiveHouseholdId: actor.id },
      select: {
        consultationId: true,
        channel: true,
        submittedAt: true,
        meeting: { select: { heldAt: true } },
        revisions: { orderBy: { revision: "desc" }, take: 1, select: { createdAt: true } },
      },
    }),
  ]);
  const answered = new Map(
    responses.map((r) => [
      r.consultationId,
      {
        channel: r.channel,
        givenAt: responseGivenAt({
          channel: r.channel,
          submittedAt: r.submittedAt,
          revisedAt: r.revisions[0]?.createdAt ?? null,
          meetingHeldAt: r.meeting?.heldAt ?? null,
        }),
      },
    ]),
  );
  return {
    household: { code: actor.code, headName: actor.headName, neighbourhood: neighbourhood.name },
    consultations: consultations.map((c) => ({ ...c, response: answered.get(c.id) ?? null })),
  };
}
