// Putting messages in the outbox: one row per household and kind (a unique index), so planning the
// same consultation twice, from two senders or a sender and an official's button, queues nothing
// twice. Each kind is queued in one transaction with its consultation's "queued at" mark.
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import type { MessageKind } from "@/generated/prisma/enums";
import { CODE, messageTexts, reminderDue } from "@/domain/outbox";
import { communeBaseUrl, publicInstallUrl } from "../communes/hosts";
import type { ConfiguredTransports } from "@/domain/outbox";

const KIND_NAME = { COMMUNE: "UBND xã", WARD: "UBND phường", SPECIAL_ZONE: "UBND đặc khu", TOWNSHIP: "UBND thị trấn" };
const QUEUED_AT = {
  INVITATION: "invitationsQueuedAt",
  REMINDER: "remindersQueuedAt",
  RESULTS: "resultsQueuedAt",
} as const satisfies Record<MessageKind, string>;

type Tx = Prisma.TransactionClient;

/**
 * Queues `kind` for consultation `id`: every household on its roll (for a reminder, those that have
 * not answered and are not on a meeting's list), each by chooseTransport's rule written as SQL.
 * Returns how many rows were added; 0 when it was queued before.
 */
export async function queueKind(
  db: PrismaClient | Tx,
  id: string,
  kind: MessageKind,
  transports: ConfiguredTransports,
  now: Date,
): Promise<number> {
  const run = async (tx: Tx) => {
    const c = await tx.consultation.findUnique({
      where: { id },
      select: {
        id: true,
        communeId: true,
        title: true,
        closesAt: true,
        commune: { select: { name: true, kind: true, slug: true } },
      },
    });
    if (!c) return 0;
    // Row lock: two planners of the same consultation queue it one after the other.
    const [mark] = await tx.$queryRaw<{ queued: Date | null }[]>(
      Prisma.sql`SELECT ${Prisma.raw(`"${QUEUED_AT[kind]}"`)} AS queued FROM "Consultation" WHERE id = ${id} FOR UPDATE`,
    );
    if (mark?.queued) return 0;
    const url = `${communeBaseUrl(c.commune.slug, publicInstallUrl())}/consultations/${c.id}`;
    const texts = messageTexts(kind, {
      communeName: `${KIND_NAME[c.commune.kind]} ${c.commune.name}`,
      title: c.title,
      closesAt: c.closesAt,
      url,
    });
    const unanswered =
      kind === "REMINDER"
        ? Prisma.sql`AND r."heldByMeetingId" IS NULL AND NOT EXISTS (SELECT 1 FROM "Response" x WHERE x."consultationId" = r."consultationId" AND x."effectiveHouseholdId" = r."householdId")`
        : Prisma.empty;
    const transport = Prisma.sql`CASE WHEN h."contactConsent" = 'OPTED_OUT' THEN 'PRINT'
      WHEN ${transports.sms} AND coalesce(btrim(h.phone), '') <> '' THEN 'SMS'
      WHEN ${transports.email} AND coalesce(btrim(h.email), '') <> '' THEN 'EMAIL'
      ELSE 'PRINT' END`;
    const added = await tx.$executeRaw`
      INSERT INTO "OutboxMessage" (id, "communeId", "consultationId", "householdId", kind, transport, recipient, subject, body, status, "nextAttemptAt", "createdAt", "updatedAt")
      SELECT 'm' || md5(r."consultationId" || ':' || r."householdId" || ':' || ${kind}), ${c.communeId}, r."consultationId", r."householdId",
             ${kind}::"MessageKind", t.transport::"MessageTransport",
             CASE t.transport WHEN 'SMS' THEN btrim(h.phone) WHEN 'EMAIL' THEN btrim(h.email) ELSE '' END,
             CASE t.transport WHEN 'EMAIL' THEN ${texts.subject} ELSE '' END,
             replace(CASE t.transport WHEN 'SMS' THEN ${texts.sms} WHEN 'EMAIL' THEN ${texts.email} ELSE ${texts.print} END, ${CODE}, h.code),
             CASE t.transport WHEN 'PRINT' THEN 'LISTED' ELSE 'PENDING' END::"MessageStatus", ${now}, ${now}, ${now}
      FROM "RollEntry" r
      JOIN "Household" h ON h.id = r."householdId" AND h.active
      CROSS JOIN LATERAL (SELECT ${transport} AS transport) t
      WHERE r."consultationId" = ${id} AND r."removedAt" IS NULL ${unanswered}
      ON CONFLICT ("consultationId", "householdId", kind) DO NOTHING`;
    await tx.$executeRaw(
      Prisma.sql`UPDATE "Consultation" SET ${Prisma.raw(`"${QUEUED_AT[kind]}"`)} = ${now} WHERE id = ${id}`,
    );
    return added;
  };
  return "$transaction" in db ? (db as PrismaClient).$transaction(run, { timeout: 120_000 }) : run(db as Tx);
}

/**
 * What is due as of `now`, across every commune (the sender's planning step): invitations once a
 * consultation is open, reminders N days before its closing, and word of published results.
 */
export async function queueDue(db: PrismaClient, transports: ConfiguredTransports, now: Date) {
  const soon = await db.consultation.findMany({
    where: {
      OR: [
        { status: "OPEN", invitationsQueuedAt: null, OR: [{ closesAt: null }, { closesAt: { gt: now } }] },
        { status: "OPEN", reminderDays: { not: null }, remindersQueuedAt: null, closesAt: { gt: now } },
        { status: "RESULTS_PUBLISHED", resultsQueuedAt: null },
      ],
    },
    select: {
      id: true,
      status: true,
      closesAt: true,
      reminderDays: true,
      invitationsQueuedAt: true,
      remindersQueuedAt: true,
    },
  });
  const queued: { id: string; kind: MessageKind; added: number }[] = [];
  for (const c of soon) {
    const kinds: MessageKind[] = [];
    if (c.status === "OPEN" && !c.invitationsQueuedAt) kinds.push("INVITATION");
    if (reminderDue(c, now)) kinds.push("REMINDER");
    if (c.status === "RESULTS_PUBLISHED") kinds.push("RESULTS");
    for (const kind of kinds) queued.push({ id: c.id, kind, added: await queueKind(db, c.id, kind, transports, now) });
  }
  return queued;
}
