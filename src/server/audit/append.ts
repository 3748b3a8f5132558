// Appends an audit event inside the caller's transaction. The per-commune AuditHead row is locked
// by the UPDATE, so concurrent writers take turns and the chain never forks.
import type { Prisma } from "@/generated/prisma/client";
import { computeAuditHash, GENESIS_HASH } from "@/domain/audit-chain";
import type { AuditAction } from "./actions";

export type AuditActor =
  | { type: "STAFF"; id: string; label: string }
  | { type: "HOUSEHOLD"; id: string; label: string }
  | { type: "SYSTEM"; label: string };

export type AuditInput = {
  communeId: string;
  actor: AuditActor;
  action: AuditAction;
  entityType: string;
  entityId: string;
  data?: Prisma.InputJsonObject;
  now?: Date;
};

export async function appendAudit(tx: Prisma.TransactionClient, input: AuditInput) {
  await tx.$executeRaw`INSERT INTO "AuditHead" ("communeId", seq, hash) VALUES (${input.communeId}, 0, ${GENESIS_HASH})
    ON CONFLICT ("communeId") DO NOTHING`;
  const [head] = await tx.$queryRaw<{ seq: number; hash: string }[]>`
    UPDATE "AuditHead" SET seq = seq + 1 WHERE "communeId" = ${input.communeId}
    RETURNING seq, hash`;
  const event = {
    communeId: input.communeId,
    seq: head.seq,
    actorType: input.actor.type,
    actorId: input.actor.type === "SYSTEM" ? null : input.actor.id,
    actorLabel: input.actor.label,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId,
    data: input.data ?? {},
    // Millisecond precision: what PostgreSQL's timestamp(3) keeps, so the hash can be recomputed.
    createdAt: new Date(Math.floor((input.now ?? new Date()).getTime())),
  };
  const hash = computeAuditHash(head.hash, event);
  await tx.auditHead.update({ where: { communeId: input.communeId }, data: { hash } });
  return tx.auditEvent.create({ data: { ...event, prevHash: head.hash, hash } });
}
