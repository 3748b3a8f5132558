// The suggestion box: an opinion left in the commune's box, recorded by staff (no household).
import type { PrismaClient } from "@/generated/prisma/client";
import { appendStaffAudit } from "../audit/append";
import type { StaffActor } from "../auth/actor";
import { AppError } from "../errors";
import { openConsultationFor } from "../responses/staff";
import { assertInArea, assertOwnNeighbourhood } from "./scope";

export async function addSuggestion(
  db: PrismaClient,
  actor: StaffActor,
  input: { consultationId: string; neighbourhoodId: string | null; text: string; receivedAt: Date },
  now: Date,
) {
  const text = input.text.normalize("NFC").trim();
  if (!text) throw AppError.invalid([{ field: "text", key: "errors.fieldRequired" }]);
  if (input.neighbourhoodId) assertOwnNeighbourhood(actor, input.neighbourhoodId);
  return db.$transaction(async (tx) => {
    const c = await openConsultationFor(tx, actor, input.consultationId, now, "SUGGESTION_BOX");
    if (input.neighbourhoodId) await assertInArea(tx, c.id, input.neighbourhoodId);
    const s = await tx.suggestionOpinion.create({
      data: {
        consultationId: c.id,
        neighbourhoodId: input.neighbourhoodId,
        text: text.slice(0, 4_000),
        receivedAt: input.receivedAt,
        recordedById: actor.id,
      },
      select: { id: true },
    });
    await appendStaffAudit(tx, actor, {
      action: "suggestion.recorded",
      entityType: "SuggestionOpinion",
      entityId: s.id,
      data: { consultationId: c.id },
      now,
    });
    return s;
  });
}
