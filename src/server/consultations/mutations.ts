// Creating and editing drafts. Each write is one transaction with its audit event.
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { isEditable } from "@/domain/lifecycle";
import { MATTER_PRESETS } from "@/domain/matters";
import { appendStaffAudit } from "../audit/append";
import type { StaffActor } from "../auth/actor";
import { AppError } from "../errors";
import { assertPlan, buildPlan, ruleColumns } from "./plan";
import type { TConsultationDraftInput, TUpdateConsultationInput } from "./schema";

const APPROVAL_OPTIONS = [
  { key: "AGREE", label: "Đồng ý" },
  { key: "DISAGREE", label: "Không đồng ý" },
  { key: "OTHER", label: "Ý kiến khác" },
];

function questionRows(questions: TConsultationDraftInput["questions"]) {
  return questions.map((q, position) => ({
    position,
    kind: q.kind,
    text: q.text,
    allowComment: q.allowComment,
    required: q.kind !== "FREE_TEXT",
    options: {
      create:
        q.kind === "APPROVAL"
          ? APPROVAL_OPTIONS.map((o, i) => ({ ...o, position: i }))
          : q.kind === "FREE_TEXT"
            ? []
            : q.options.map((label, i) => ({ label, position: i })),
    },
  }));
}

function draftColumns(input: TConsultationDraftInput, plan: Awaited<ReturnType<typeof buildPlan>>["plan"]) {
  return {
    title: input.title,
    summary: input.summary,
    matter: input.matter,
    mode: MATTER_PRESETS[input.matter].mode,
    legalBasis: input.legalBasis || MATTER_PRESETS[input.matter].legalRef,
    channels: plan.channels,
    publishAt: input.publishAt,
    opensAt: input.opensAt,
    closesAt: input.closesAt,
    meetingAt: input.meetingAt,
    meetingPlace: input.meetingPlace.normalize("NFC").trim(),
    ...ruleColumns(plan),
  };
}

export async function createConsultation(db: PrismaClient, actor: StaffActor, input: TConsultationDraftInput) {
  return db.$transaction(async (tx) => {
    const { plan, neighbourhoods } = await buildPlan(tx, actor.communeId, input);
    assertPlan(plan, false);
    const created = await tx.consultation.create({
      data: {
        communeId: actor.communeId,
        createdById: actor.id,
        ...draftColumns(input, plan),
        areas: { create: neighbourhoods.map((n) => ({ neighbourhoodId: n.id, neighbourhoodName: n.name })) },
        questions: { create: questionRows(input.questions) },
      },
      select: { id: true, version: true },
    });
    await appendStaffAudit(tx, actor, {
      action: "consultation.created",
      entityType: "Consultation",
      entityId: created.id,
      data: { title: input.title, matter: input.matter },
    });
    return created;
  });
}

/** Replaces a draft's content. The version guards against two officials overwriting each other. */
export async function updateConsultation(db: PrismaClient, actor: StaffActor, input: TUpdateConsultationInput) {
  return db.$transaction(async (tx) => {
    const current = await tx.consultation.findFirst({
      where: { id: input.id, communeId: actor.communeId },
      select: { status: true, version: true },
    });
    if (!current) throw AppError.notFound("consultation");
    if (!isEditable(current.status))
      throw new AppError("PRECONDITION_FAILED", "notEditable", { status: `@status.${current.status}` });
    if (current.version !== input.version) throw new AppError("CONFLICT", "staleVersion");
    const { plan, neighbourhoods } = await buildPlan(tx, actor.communeId, input);
    assertPlan(plan, false);
    // Checked again in the write itself: a concurrent edit or submission makes this a no-op.
    const { count } = await tx.consultation.updateMany({
      where: { id: input.id, communeId: actor.communeId, status: "DRAFT", version: input.version },
      data: { ...draftColumns(input, plan), version: { increment: 1 } } as Prisma.ConsultationUpdateManyMutationInput,
    });
    if (count !== 1) throw new AppError("CONFLICT", "staleVersion");
    await tx.consultationArea.deleteMany({ where: { consultationId: input.id } });
    await tx.consultationArea.createMany({
      data: neighbourhoods.map((n) => ({ consultationId: input.id, neighbourhoodId: n.id, neighbourhoodName: n.name })),
    });
    // A draft has no answers yet, so its questions can be replaced wholesale.
    await tx.question.deleteMany({ where: { consultationId: input.id } });
    for (const q of questionRows(input.questions))
      await tx.question.create({ data: { ...q, consultationId: input.id } });
    await appendStaffAudit(tx, actor, {
      action: "consultation.updated",
      entityType: "Consultation",
      entityId: input.id,
      data: { version: input.version + 1, title: input.title },
    });
    return { id: input.id, version: input.version + 1 };
  });
}
