// Claiming work: FOR UPDATE SKIP LOCKED hands each row to one sender; the claim is a lease
// (claimedBy, claimedUntil) written in the same statement, so a sender that dies leaves rows that
// another (or itself, restarted) takes over, and a sender that lost its lease cannot mark them.
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import type { MessageTransport } from "@/generated/prisma/enums";
import { capRemaining, MAX_ATTEMPTS, retryDelayMs, vietnamDayStart, nextVietnamDay } from "@/domain/outbox";

export type Claimed = {
  id: string;
  transport: Exclude<MessageTransport, "PRINT">;
  recipient: string;
  subject: string;
  body: string;
  attempts: number;
};

type Tx = Prisma.TransactionClient;

async function sentToday(tx: Tx, transport: MessageTransport, now: Date) {
  const [row] = await tx.$queryRaw<{ sent: number; sending: number }[]>`
    SELECT (SELECT count(*)::int FROM "OutboxMessage" WHERE transport = ${transport}::"MessageTransport" AND "sentAt" >= ${vietnamDayStart(now)}) AS sent,
           (SELECT count(*)::int FROM "OutboxMessage" WHERE status = 'SENDING' AND transport = ${transport}::"MessageTransport" AND "claimedUntil" >= ${now}) AS sending`;
  return row ?? { sent: 0, sending: 0 };
}

/**
 * Up to `limit` messages of `transport` that are due (or whose lease ran out), claimed by `sender`
 * until now + leaseMs. With a daily cap, claims of the transport are taken one at a time (an
 * advisory lock for the transaction) so that two senders never claim past the cap together.
 */
export async function claimBatch(
  db: PrismaClient,
  o: { sender: string; transport: Claimed["transport"]; limit: number; leaseMs: number; cap: number | null; now: Date },
): Promise<Claimed[]> {
  return db.$transaction(async (tx) => {
    let limit = o.limit;
    if (o.cap !== null) {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`ydan.outbox.cap.${o.transport}`}))`;
      const { sent, sending } = await sentToday(tx, o.transport, o.now);
      limit = Math.min(limit, capRemaining(o.cap, sent, sending));
      if (limit <= 0) {
        // The day's cap is reached: what is due waits for tomorrow instead of being polled all night.
        await tx.$executeRaw`UPDATE "OutboxMessage" SET "nextAttemptAt" = ${nextVietnamDay(o.now)}, "updatedAt" = ${o.now}
          WHERE status = 'PENDING' AND transport = ${o.transport}::"MessageTransport" AND "nextAttemptAt" <= ${o.now}`;
        return [];
      }
    }
    const until = new Date(o.now.getTime() + o.leaseMs);
    // A lease that ran out (its sender died elsewhere) makes its row due again, then it is claimed
    // as any other: two plain index range scans instead of one OR that scans the table.
    await tx.$executeRaw`UPDATE "OutboxMessage" SET status = 'PENDING', "nextAttemptAt" = ${o.now}, "claimedBy" = NULL, "claimedUntil" = NULL, "updatedAt" = ${o.now}
      WHERE transport = ${o.transport}::"MessageTransport" AND status = 'SENDING' AND "claimedUntil" < ${o.now}`;
    return tx.$queryRaw<Claimed[]>`
      UPDATE "OutboxMessage" m SET status = 'SENDING', "claimedBy" = ${o.sender}, "claimedUntil" = ${until},
             attempts = m.attempts + 1, "updatedAt" = ${o.now}
      WHERE m.id IN (
        SELECT id FROM "OutboxMessage"
        WHERE transport = ${o.transport}::"MessageTransport" AND status = 'PENDING' AND "nextAttemptAt" <= ${o.now}
        ORDER BY "nextAttemptAt"
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED)
      RETURNING m.id, m.transport::text AS transport, m.recipient, m.subject, m.body, m.attempts`;
  });
}

/**
 * Rows a previous life of this sender held when it died: taken back at once (not after the lease),
 * since holding the sender's advisory lock proves no other process of that name is alive.
 */
export async function releaseOwn(db: PrismaClient, sender: string, now: Date): Promise<number> {
  return db.$executeRaw`UPDATE "OutboxMessage" SET status = 'PENDING', "claimedBy" = NULL, "claimedUntil" = NULL, "nextAttemptAt" = ${now}, "updatedAt" = ${now}
    WHERE status = 'SENDING' AND "claimedBy" = ${sender}`;
}

/** Accepted by the transport. Only while this sender holds the claim; a receipt that came first stays. */
export async function markSent(db: PrismaClient, sender: string, id: string, ref: string | null, now: Date) {
  return db.$executeRaw`UPDATE "OutboxMessage" SET status = CASE WHEN status = 'SENDING' THEN 'SENT'::"MessageStatus" ELSE status END,
      "sentAt" = ${now}, "providerRef" = coalesce(${ref}, "providerRef"), "claimedBy" = NULL, "claimedUntil" = NULL, "lastError" = NULL, "updatedAt" = ${now}
    WHERE id = ${id} AND "claimedBy" = ${sender}`;
}

/** Refused or failed: tried again after retryDelayMs, or given up on (permanent, or the last try). */
export async function markFailed(
  db: PrismaClient,
  o: {
    sender: string;
    id: string;
    attempts: number;
    error: string;
    retryable: boolean;
    retryBaseMs: number;
    now: Date;
  },
) {
  const giveUp = !o.retryable || o.attempts >= MAX_ATTEMPTS;
  const next = new Date(o.now.getTime() + retryDelayMs(o.attempts, o.retryBaseMs));
  return db.$executeRaw`UPDATE "OutboxMessage" SET status = ${giveUp ? "FAILED" : "PENDING"}::"MessageStatus",
      "nextAttemptAt" = ${next}, "lastError" = ${o.error.slice(0, 500)}, "claimedBy" = NULL, "claimedUntil" = NULL, "updatedAt" = ${o.now}
    WHERE id = ${o.id} AND "claimedBy" = ${o.sender} AND status = 'SENDING'`;
}
