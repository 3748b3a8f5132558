import { Prisma } from "@/generated/prisma/client";

/**
 * Joins a response `r` to its household's roll entry `e`: a response counts only while its household
 * is still on the consultation's roll. Every count of responses goes through this one join.
 */
export const JOIN_ON_ROLL = Prisma.sql`JOIN "RollEntry" e ON e."consultationId" = r."consultationId" AND e."householdId" = r."householdId" AND e."removedAt" IS NULL`;
