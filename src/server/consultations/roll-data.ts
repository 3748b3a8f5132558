import type { PrismaClient } from "@/generated/prisma/client";
import { assertCommuneConsultation } from "../auth/staff-scope";

/** One page of a consultation's roll, searchable by household code or head's name. */
export async function listRoll(
  db: PrismaClient,
  communeId: string,
  input: { consultationId: string; neighbourhoodId?: string; search?: string; page: number; pageSize: number },
) {
  await assertCommuneConsultation(db, communeId, input.consultationId);
  const search = input.search?.normalize("NFC").trim();
  const where = {
    consultationId: input.consultationId,
    neighbourhoodId: input.neighbourhoodId,
    ...(search
      ? {
          OR: [
            { householdCode: { contains: search, mode: "insensitive" as const } },
            { headName: { contains: search, mode: "insensitive" as const } },
          ],
        }
      : {}),
  };
  const [total, entries] = await Promise.all([
    db.rollEntry.count({ where }),
    db.rollEntry.findMany({
      where,
      orderBy: [{ householdCode: "asc" }],
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
      select: {
        householdId: true,
        householdCode: true,
        headName: true,
        neighbourhoodId: true,
        addedAt: true,
        addedReason: true,
        removedAt: true,
        removedReason: true,
      },
    }),
  ]);
  return { total, entries, page: input.page, pageSize: input.pageSize };
}
