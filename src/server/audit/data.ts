// Reading the audit log: a filtered, paged list for oversight, and a walk of the commune's chain.
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { computeAuditHash, GENESIS_HASH } from "@/domain/audit-chain";
import type { AuditAction } from "./actions";

export type TAuditFilter = {
  action?: AuditAction;
  entityType?: string;
  entityId?: string;
  /** Part of the actor's label, any case. */
  actor?: string;
  /** Vietnam-time calendar days "YYYY-MM-DD", both inclusive. */
  from?: string;
  to?: string;
};

const DAY_MS = 24 * 3_600_000;
/** The instant a Vietnam-time (UTC+7, no daylight saving) day starts. */
const startOfVietnamDay = (day: string) => new Date(`${day}T00:00:00+07:00`);

function auditWhere(communeId: string, f: TAuditFilter, beforeSeq?: number): Prisma.AuditEventWhereInput {
  return {
    communeId,
    seq: beforeSeq ? { lt: beforeSeq } : undefined,
    action: f.action,
    entityType: f.entityType,
    entityId: f.entityId,
    actorLabel: f.actor ? { contains: f.actor.normalize("NFC"), mode: "insensitive" } : undefined,
    createdAt:
      f.from || f.to
        ? {
            gte: f.from ? startOfVietnamDay(f.from) : undefined,
            lt: f.to ? new Date(startOfVietnamDay(f.to).getTime() + DAY_MS) : undefined,
          }
        : undefined,
  };
}

/** Newest first; `nextBeforeSeq` pages to older events, null on the last page. */
export async function listAuditEvents(db: PrismaClient, communeId: string, input: TAuditFilter & { limit: number; beforeSeq?: number }) {
  const rows = await db.auditEvent.findMany({
    where: auditWhere(communeId, input, input.beforeSeq),
    orderBy: { seq: "desc" },
    take: input.limit + 1,
    select: {
      seq: true,
      createdAt: true,
      actorType: true,
      actorLabel: true,
      action: true,
      entityType: true,
      entityId: true,
      data: true,
      hash: true,
    },
  });
  const events = rows.slice(0, input.limit);
  return { events, nextBeforeSeq: rows.length > input.limit ? events[events.length - 1].seq : null };
}

const CHAIN_BATCH = 5_000;

export type TChainStatus = {
  /** Events checked before the walk stopped (all of them when the chain holds). */
  events: number;
  ok: boolean;
  /** The first event that fails its link or hash; for a deleted tail, the first missing seq (no event). */
  brokenAt: { seq: number; action: string | null; entityType: string | null; entityId: string | null } | null;
};

/** Walks the chain link by link in batches, so memory stays flat however long the chain. */
export async function getAuditChainStatus(db: PrismaClient, communeId: string): Promise<TChainStatus> {
  let prev = GENESIS_HASH;
  let expected = 1;
  for (;;) {
    const batch = await db.auditEvent.findMany({
      where: { communeId, seq: { gte: expected } },
      orderBy: { seq: "asc" },
      take: CHAIN_BATCH,
      select: {
        communeId: true,
        seq: true,
        actorType: true,
        actorId: true,
        actorLabel: true,
        action: true,
        entityType: true,
        entityId: true,
        data: true,
        createdAt: true,
        prevHash: true,
        hash: true,
      },
    });
    for (const e of batch) {
      if (e.seq !== expected || e.prevHash !== prev || computeAuditHash(e.prevHash, e) !== e.hash) {
        return { events: expected - 1, ok: false, brokenAt: { seq: e.seq, action: e.action, entityType: e.entityType, entityId: e.entityId } };
      }
      prev = e.hash;
      expected++;
    }
    if (batch.length < CHAIN_BATCH) break;
  }
  // The head names the last event written: a deleted tail shows only here.
  const head = await db.auditHead.findUnique({ where: { communeId }, select: { seq: true, hash: true } });
  if (head && (head.seq !== expected - 1 || head.hash !== prev)) {
    return { events: expected - 1, ok: false, brokenAt: { seq: expected, action: null, entityType: null, entityId: null } };
  }
  return { events: expected - 1, ok: true, brokenAt: null };
}
