import type { PrismaClient } from "@/generated/prisma/client";
import type { ConsultationStatus } from "@/generated/prisma/enums";
import { AppError } from "../errors";

/** Statuses the public may see: drafts, submissions and cancelled ones stay inside the console. */
export const PUBLIC_STATUSES: ConsultationStatus[] = ["PUBLISHED", "OPEN", "CLOSED", "TALLIED", "RECORDED", "RESULTS_PUBLISHED"];

const LIST_SELECT = {
  id: true,
  title: true,
  summary: true,
  matter: true,
  mode: true,
  status: true,
  opensAt: true,
  closesAt: true,
  channels: true,
} as const;

export function listPublicConsultations(db: PrismaClient, communeId: string) {
  return db.consultation.findMany({
    where: { communeId, status: { in: PUBLIC_STATUSES } },
    orderBy: [{ closesAt: "desc" }, { createdAt: "desc" }],
    select: LIST_SELECT,
  });
}

export function listConsultations(db: PrismaClient, communeId: string, filter: { status?: ConsultationStatus }) {
  return db.consultation.findMany({
    where: { communeId, status: filter.status },
    orderBy: [{ createdAt: "desc" }],
    select: { ...LIST_SELECT, createdAt: true },
  });
}

export async function getConsultation(db: PrismaClient, communeId: string, id: string) {
  // Scoped by commune in the query itself: another commune's consultation is simply "not found".
  const consultation = await db.consultation.findFirst({
    where: { id, communeId },
    include: {
      areas: { orderBy: { neighbourhoodName: "asc" } },
      questions: { orderBy: { position: "asc" }, include: { options: { orderBy: { position: "asc" } } } },
      _count: { select: { rollEntries: true, responses: { where: { voidedAt: null } } } },
    },
  });
  if (!consultation) throw AppError.notFound("consultation");
  return consultation;
}

export async function countConsultationsByStatus(db: PrismaClient, communeId: string) {
  const rows = await db.consultation.groupBy({ by: ["status"], where: { communeId }, _count: { _all: true } });
  return Object.fromEntries(rows.map((r) => [r.status, r._count._all])) as Partial<Record<ConsultationStatus, number>>;
}

/** Open consultations whose area includes the neighbourhood (the resident's home page). */
export function listOpenForNeighbourhood(db: PrismaClient, communeId: string, neighbourhoodId: string) {
  return db.consultation.findMany({
    where: { communeId, status: "OPEN", areas: { some: { neighbourhoodId } } },
    orderBy: { closesAt: "asc" },
    select: LIST_SELECT,
  });
}
