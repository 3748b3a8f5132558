import type { PrismaClient } from "@/generated/prisma/client";

export function listAuditEvents(db: PrismaClient, communeId: string, input: { limit: number; beforeSeq?: number }) {
  return db.auditEvent.findMany({
    where: { communeId, seq: input.beforeSeq ? { lt: input.beforeSeq } : undefined },
    orderBy: { seq: "desc" },
    take: input.limit,
    select: {
      seq: true,
      createdAt: true,
      actorType: true,
      actorLabel: true,
      action: true,
      entityType: true,
      entityId: true,
      hash: true,
    },
  });
}
