// Appends an audit event inside the caller's transaction. The per-commune AuditHead row is locked
// by the UPDATE, so concurrent writers take turns and the chain never forks.
import { randomUUID } from "node:crypto";
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

/** Takes the next sequence number; the row stays locked until the writer's transaction ends. */
async function takeHead(tx: Prisma.TransactionClient, communeId: string) {
  const next = () => tx.$queryRaw<{ seq: number; hash: string }[]>`
    UPDATE "AuditHead" SET seq = seq + 1 WHERE "communeId" = ${communeId} RETURNING seq, hash`;
  const [head] = await next();
  if (head) return head;
  // The commune's first event.
  await tx.$executeRaw`INSERT INTO "AuditHead" ("communeId", seq, hash) VALUES (${communeId}, 0, ${GENESIS_HASH}) ON CONFLICT ("communeId") DO NOTHING`;
  return (await next())[0];
}

/**
 * Writers of one commune take turns on its head row from the first statement here to their commit,
 * so this holds the lock for two statements only: take the number, then store the event and move
 * the head in one statement.
 */
export async function appendAudit(tx: Prisma.TransactionClient, input: AuditInput) {
  const head = await takeHead(tx, input.communeId);
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
  const id = randomUUID();
  await tx.$executeRaw`
    WITH moved AS (UPDATE "AuditHead" SET hash = ${hash} WHERE "communeId" = ${input.communeId})
    INSERT INTO "AuditEvent" (id, "communeId", seq, "actorType", "actorId", "actorLabel", action, "entityType", "entityId", data, "prevHash", hash, "createdAt")
    VALUES (${id}, ${event.communeId}, ${event.seq}, ${event.actorType}, ${event.actorId}, ${event.actorLabel}, ${event.action}, ${event.entityType}, ${event.entityId},
            ${JSON.stringify(event.data)}::jsonb, ${head.hash}, ${hash}, (${event.createdAt.toISOString()}::timestamptz AT TIME ZONE 'UTC'))`;
  return { id, ...event, prevHash: head.hash, hash };
}
