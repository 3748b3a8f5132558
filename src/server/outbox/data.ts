// What officials read about a consultation's messages: counts by kind and status, each message's
// status (the recipient masked: only the print list, for those who contact households, shows it),
// and the print list itself, every view of which is audited (a list of households' contacts).
import type { PrismaClient } from "@/generated/prisma/client";
import type { MessageKind, MessageStatus, MessageTransport } from "@/generated/prisma/enums";
import { maskRecipient } from "@/domain/outbox";
import { appendStaffAudit } from "../audit/append";
import type { StaffActor } from "../auth/actor";
import { AppError } from "../errors";
import { configuredTransports, senderConfig } from "./config";

async function consultationOf(db: PrismaClient, actor: StaffActor, id: string) {
  const c = await db.consultation.findFirst({
    where: { id, communeId: actor.communeId },
    select: {
      id: true,
      status: true,
      closesAt: true,
      reminderDays: true,
      invitationsQueuedAt: true,
      remindersQueuedAt: true,
      resultsQueuedAt: true,
    },
  });
  if (!c) throw AppError.notFound("consultation");
  return c;
}

export async function messageSummary(db: PrismaClient, actor: StaffActor, consultationId: string) {
  const c = await consultationOf(db, actor, consultationId);
  const groups = await db.outboxMessage.groupBy({
    by: ["kind", "transport", "status"],
    where: { consultationId },
    _count: { _all: true },
  });
  return {
    consultation: c,
    transports: configuredTransports(senderConfig()),
    counts: groups.map((g) => ({ kind: g.kind, transport: g.transport, status: g.status, count: g._count._all })),
  };
}

export async function listMessages(
  db: PrismaClient,
  actor: StaffActor,
  input: { consultationId: string; kind?: MessageKind; status?: MessageStatus; offset: number; limit: number },
) {
  await consultationOf(db, actor, input.consultationId);
  const where = {
    consultationId: input.consultationId,
    ...(input.kind ? { kind: input.kind } : {}),
    ...(input.status ? { status: input.status } : {}),
  };
  const [total, rows] = await Promise.all([
    db.outboxMessage.count({ where }),
    db.outboxMessage.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      skip: input.offset,
      take: input.limit,
      select: {
        id: true,
        kind: true,
        transport: true,
        recipient: true,
        status: true,
        attempts: true,
        nextAttemptAt: true,
        sentAt: true,
        deliveredAt: true,
        lastError: true,
        updatedAt: true,
        household: { select: { code: true, neighbourhood: { select: { name: true } } } },
      },
    }),
  ]);
  return {
    total,
    rows: rows.map(({ recipient, household, ...m }) => ({
      ...m,
      recipient: maskRecipient(recipient),
      householdCode: household.code,
      neighbourhoodName: household.neighbourhood.name,
    })),
  };
}

/**
 * The households to phone or visit for one kind of message: those on the print list (no transport
 * reaches them, or they opted out) and those whose message failed. A head sees only their own
 * neighbourhood's. Each call is one audit event naming what was listed, never the contacts.
 */
export async function printList(
  db: PrismaClient,
  actor: StaffActor,
  input: { consultationId: string; kind: MessageKind; neighbourhoodId?: string },
) {
  await consultationOf(db, actor, input.consultationId);
  if (actor.role === "NEIGHBOURHOOD_HEAD" && !actor.neighbourhoodId) throw AppError.notFound("consultation");
  const neighbourhoodId = actor.role === "NEIGHBOURHOOD_HEAD" ? actor.neighbourhoodId! : input.neighbourhoodId;
  const rows = await db.outboxMessage.findMany({
    where: {
      consultationId: input.consultationId,
      kind: input.kind,
      status: { in: ["LISTED", "FAILED"] },
      ...(neighbourhoodId ? { household: { neighbourhoodId } } : {}),
    },
    orderBy: [{ household: { neighbourhood: { name: "asc" } } }, { household: { code: "asc" } }],
    select: {
      id: true,
      status: true,
      transport: true,
      body: true,
      lastError: true,
      household: {
        select: {
          code: true,
          headName: true,
          address: true,
          phone: true,
          email: true,
          contactConsent: true,
          neighbourhood: { select: { id: true, name: true } },
        },
      },
    },
  });
  await db.$transaction((tx) =>
    appendStaffAudit(tx, actor, {
      action: "messages.printListViewed",
      entityType: "Consultation",
      entityId: input.consultationId,
      data: { kind: input.kind, neighbourhoodId: neighbourhoodId ?? null, households: rows.length },
    }),
  );
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    transport: r.transport as MessageTransport,
    text: r.body,
    lastError: r.lastError,
    code: r.household.code,
    headName: r.household.headName,
    address: r.household.address,
    // An opted-out household is visited, not phoned.
    phone: r.household.contactConsent === "OPTED_OUT" ? null : r.household.phone,
    email: r.household.contactConsent === "OPTED_OUT" ? null : r.household.email,
    optedOut: r.household.contactConsent === "OPTED_OUT",
    neighbourhoodId: r.household.neighbourhood.id,
    neighbourhoodName: r.household.neighbourhood.name,
  }));
}
