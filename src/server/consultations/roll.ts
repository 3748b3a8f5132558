// The roll: when a consultation opens, its area's active households are frozen as the denominator
// of every rate. One INSERT … SELECT, so a million-household roll never passes through the app.
import type { Prisma } from "@/generated/prisma/client";

export async function freezeRoll(
  tx: Prisma.TransactionClient,
  consultation: { id: string; communeId: string },
  at: Date,
) {
  // The area keeps the names the neighbourhoods have when the consultation opens.
  await tx.$executeRaw`UPDATE "ConsultationArea" a SET "neighbourhoodName" = n.name
    FROM "Neighbourhood" n WHERE a."consultationId" = ${consultation.id} AND n.id = a."neighbourhoodId"`;
  return tx.$executeRaw`INSERT INTO "RollEntry" (id, "consultationId", "householdId", "neighbourhoodId", "householdCode", "headName", "addedAt")
    SELECT gen_random_uuid()::text, ${consultation.id}, h.id, h."neighbourhoodId", h.code, h."headName", ${at}
    FROM "Household" h
    JOIN "ConsultationArea" a ON a."neighbourhoodId" = h."neighbourhoodId" AND a."consultationId" = ${consultation.id}
    WHERE h."communeId" = ${consultation.communeId} AND h.active
    ON CONFLICT ("consultationId", "householdId") DO NOTHING`;
}
