// Appends an audit event inside the caller's transaction in one statement: it moves the commune's
// AuditHead (which locks the row until the writer commits, so the chain never forks), computes the
// new link in SQL and inserts the event. Writers of one commune therefore take turns for the rest
// of that statement and their commit only — never for a round trip to a busy application.
import { randomUUID } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import { eventDigest, GENESIS_HASH } from "@/domain/audit-chain";
import type { StaffActor } from "../auth/actor";
import type { AuditAction, AuditData } from "./actions";
import { staffAuditActor } from "./actor";

export type AuditActor =
  | { type: "STAFF"; id: string; label: string }
  | { type: "HOUSEHOLD"; id: string; label: string }
  | { type: "SYSTEM"; label: string };

/** What happened to which entity: its data is the shape its action carries (src/server/audit/actions.ts). */
export type AuditEntry<A extends AuditAction = AuditAction> = {
  action: A;
  entityType: string;
  entityId: string;
  data: AuditData[A];
  now?: Date;
};

/** An event to append: an entry, who caused it, and the commune whose chain it joins. */
export type AuditInput<A extends AuditAction = AuditAction> = AuditEntry<A> & { communeId: string; actor: AuditActor };

/** Every action's data is JSON; this fails to compile if a shape in actions.ts is not. */
const asJson = (data: AuditData[AuditAction]): Prisma.InputJsonObject => data;

type Sql = Pick<Prisma.TransactionClient, "$queryRaw" | "$executeRaw">;

/** The event as it is hashed and stored, before it has a place in the chain. */
export function auditEvent<A extends AuditAction>(input: AuditInput<A>) {
  const event = {
    communeId: input.communeId,
    actorType: input.actor.type,
    actorId: input.actor.type === "SYSTEM" ? null : input.actor.id,
    actorLabel: input.actor.label,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId,
    data: asJson(input.data),
    // Millisecond precision: what PostgreSQL's timestamp(3) keeps, so the hash can be recomputed.
    createdAt: new Date(Math.floor((input.now ?? new Date()).getTime())),
  };
  return { id: randomUUID(), event, digest: eventDigest(event) };
}

/**
 * The SET clause that moves a commune's head one link on: the same link as linkHash in
 * src/domain/audit-chain.ts, computed by PostgreSQL. Every appender uses this one formula.
 */
export function nextLink(digest: string) {
  return Prisma.sql`SET seq = seq + 1, "prevHash" = hash,
             hash = encode(sha256(convert_to(hash || '|' || (seq + 1)::text || '|' || ${digest}, 'UTF8')), 'hex')`;
}

/**
 * The INSERT of an event, linked by a "head" CTE (UPDATE "AuditHead" ${nextLink(digest)} … RETURNING
 * seq, "prevHash", hash) and selected FROM `from` (head, and whatever else must exist for it to be
 * written). The one column list of AuditEvent's writers.
 */
export function insertAuditEvent(
  { id, event }: Pick<ReturnType<typeof auditEvent>, "id" | "event">,
  from: Prisma.Sql = Prisma.sql`head`,
) {
  return Prisma.sql`INSERT INTO "AuditEvent" (id, "communeId", seq, "actorType", "actorId", "actorLabel", action, "entityType", "entityId", data, "prevHash", hash, "createdAt")
    SELECT ${id}, ${event.communeId}, head.seq, ${event.actorType}, ${event.actorId}, ${event.actorLabel}, ${event.action}, ${event.entityType}, ${event.entityId},
           ${JSON.stringify(event.data)}::jsonb, head."prevHash", head.hash, (${event.createdAt.toISOString()}::timestamptz AT TIME ZONE 'UTC')
      FROM ${from}`;
}

/** Creates the commune's head (before its first event); a no-op afterwards. */
export async function ensureAuditHead(db: Sql, communeId: string) {
  await db.$executeRaw`INSERT INTO "AuditHead" ("communeId", seq, hash) VALUES (${communeId}, 0, ${GENESIS_HASH}) ON CONFLICT ("communeId") DO NOTHING`;
}

export async function appendAudit<A extends AuditAction>(tx: Prisma.TransactionClient, input: AuditInput<A>) {
  const { id, event, digest } = auditEvent(input);
  const insert = () => tx.$queryRaw<{ seq: number; prevHash: string; hash: string }[]>`
    WITH head AS (
      UPDATE "AuditHead" ${nextLink(digest)}
       WHERE "communeId" = ${event.communeId}
      RETURNING seq, "prevHash", hash)
    ${insertAuditEvent({ id, event })}
    RETURNING seq, "prevHash", hash`;
  let [link] = await insert();
  if (!link) {
    // The commune's first event.
    await ensureAuditHead(tx, event.communeId);
    [link] = await insert();
  }
  return { id, ...event, ...link };
}

/** An entry caused by a commune's staff member, on that commune's chain. */
export function appendStaffAudit<A extends AuditAction>(
  tx: Prisma.TransactionClient,
  actor: StaffActor,
  entry: AuditEntry<A>,
) {
  return appendAudit(tx, { communeId: actor.communeId, actor: staffAuditActor(actor), ...entry });
}
