// The demo commune's consultations: a draft, an open one with some responses, a closed one (the
// fourth, with published results, is in ./published.ts).
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import type { Channel, Matter } from "@/generated/prisma/enums";
import { MATTER_PRESETS, type MatterName } from "@/domain/matters";
import { appendAudit } from "../audit/append";
import { computeTally } from "../tallies/compute";
import { insertMany, type BulkRows } from "./bulk";
import type { Rng } from "./names";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
export type SeedHousehold = { id: string; neighbourhoodId: string; code: string; headName: string };

const DAY = 86_400_000;
const RECEIPT_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

function receiptCode(rng: Rng): string {
  return Array.from({ length: 8 }, () => RECEIPT_ALPHABET[Math.floor(rng() * RECEIPT_ALPHABET.length)]).join("");
}

export type SeedContext = {
  tx: Tx;
  rng: Rng;
  communeId: string;
  now: Date;
  official: { id: string; fullName: string };
  leader: { id: string; fullName: string };
  head: { id: string; fullName: string };
  households: SeedHousehold[];
  neighbourhoods: { id: string; name: string }[];
};

type SeedQuestion = { kind: "APPROVAL" | "SINGLE_CHOICE" | "FREE_TEXT"; text: string; options?: string[] };

const APPROVAL_OPTIONS = [
  { key: "AGREE", label: "Đồng ý" },
  { key: "DISAGREE", label: "Không đồng ý" },
  { key: "OTHER", label: "Ý kiến khác" },
];

export async function createConsultation(
  ctx: SeedContext,
  input: {
    title: string;
    summary: string;
    matter: MatterName;
    status: "DRAFT" | "OPEN" | "CLOSED" | "RESULTS_PUBLISHED";
    areaIndexes: number[];
    questions: SeedQuestion[];
    channels?: Channel[];
    dates: { publishAt: Date; opensAt: Date; closesAt: Date };
    meetingAt?: Date;
  },
) {
  const preset = MATTER_PRESETS[input.matter];
  const rule = preset.rule;
  const started = input.status !== "DRAFT";
  const consultation = await ctx.tx.consultation.create({
    data: {
      communeId: ctx.communeId,
      title: input.title,
      summary: input.summary,
      matter: input.matter as Matter,
      mode: preset.mode,
      status: input.status,
      legalBasis: preset.legalRef,
      channels: input.channels ?? [...preset.channels],
      ruleNumerator: rule?.numerator,
      ruleDenominator: rule?.denominator,
      ruleInclusive: rule?.inclusive,
      ruleAggregation: rule?.aggregation,
      needsRecognition: rule?.needsRecognition ?? false,
      ...input.dates,
      meetingAt: input.meetingAt ?? null,
      submittedAt: started ? input.dates.publishAt : null,
      approvedAt: started ? input.dates.publishAt : null,
      approvedById: started ? ctx.leader.id : null,
      publishedAt: started ? input.dates.publishAt : null,
      openedAt: started ? input.dates.opensAt : null,
      closedAt: input.status === "CLOSED" || input.status === "RESULTS_PUBLISHED" ? input.dates.closesAt : null,
      createdById: ctx.official.id,
      areas: {
        create: input.areaIndexes.map((i) => ({
          neighbourhoodId: ctx.neighbourhoods[i].id,
          neighbourhoodName: ctx.neighbourhoods[i].name,
        })),
      },
      questions: {
        create: input.questions.map((q, position) => ({
          position,
          kind: q.kind,
          text: q.text,
          required: q.kind !== "FREE_TEXT",
          options: {
            create:
              q.kind === "APPROVAL"
                ? APPROVAL_OPTIONS.map((o, i) => ({ ...o, position: i }))
                : (q.options ?? []).map((label, i) => ({ label, position: i })),
          },
        })),
      },
    },
    include: { questions: { include: { options: true }, orderBy: { position: "asc" } } },
  });
  const actor = { type: "STAFF" as const, id: ctx.official.id, label: ctx.official.fullName };
  await appendAudit(ctx.tx, {
    communeId: ctx.communeId,
    actor,
    action: "consultation.created",
    entityType: "Consultation",
    entityId: consultation.id,
    data: { title: consultation.title, matter: consultation.matter },
    now: ctx.now,
  });
  if (started) {
    await appendAudit(ctx.tx, {
      communeId: ctx.communeId,
      actor,
      action: "consultation.statusChanged",
      entityType: "Consultation",
      entityId: consultation.id,
      data: { from: "DRAFT", to: input.status },
      now: ctx.now,
    });
  }
  return consultation;
}

type CreatedConsultation = Awaited<ReturnType<typeof createConsultation>>;

export async function freezeRoll(ctx: SeedContext, consultation: CreatedConsultation, areaIndexes: number[], at: Date) {
  const area = new Set(areaIndexes.map((i) => ctx.neighbourhoods[i].id));
  const roll = ctx.households.filter((h) => area.has(h.neighbourhoodId));
  await insertMany(
    ctx.tx,
    "RollEntry",
    roll.map((h) => ({
      id: randomUUID(),
      consultationId: consultation.id,
      householdId: h.id,
      neighbourhoodId: h.neighbourhoodId,
      householdCode: h.code,
      headName: h.headName,
      addedAt: at,
    })),
  );
  return roll;
}

/** Answers for a share of the roll; `agreeShare` of them agree on the approval question. */
export async function seedResponses(
  ctx: SeedContext,
  consultation: CreatedConsultation,
  roll: SeedHousehold[],
  opts: { share: number; agreeShare: number; channels: Channel[]; from: Date; to: Date; comments: string[] },
) {
  const responses: BulkRows["Response"][] = [];
  const answers: BulkRows["Answer"][] = [];
  const choices: BulkRows["AnswerChoice"][] = [];
  for (const h of roll) {
    if (ctx.rng() >= opts.share) continue;
    const channel = opts.channels[Math.floor(ctx.rng() * opts.channels.length)];
    const id = randomUUID();
    const submittedAt = new Date(opts.from.getTime() + ctx.rng() * (opts.to.getTime() - opts.from.getTime()));
    responses.push({
      id,
      consultationId: consultation.id,
      householdId: h.id,
      neighbourhoodId: h.neighbourhoodId,
      effectiveHouseholdId: h.id,
      channel,
      receiptCode: receiptCode(ctx.rng),
      recordedById: channel === "ONLINE" ? null : ctx.official.id,
      submittedAt,
      updatedAt: submittedAt,
    });
    for (const q of consultation.questions) {
      const answerId = randomUUID();
      if (q.kind === "FREE_TEXT") {
        if (ctx.rng() < 0.15) answers.push({ id: answerId, responseId: id, questionId: q.id, text: pickComment(ctx, opts.comments) });
        continue;
      }
      let option = q.options[Math.floor(ctx.rng() * q.options.length)];
      if (q.kind === "APPROVAL") {
        const r = ctx.rng();
        const key = r < opts.agreeShare ? "AGREE" : r < opts.agreeShare + (1 - opts.agreeShare) * 0.7 ? "DISAGREE" : "OTHER";
        option = q.options.find((o) => o.key === key)!;
      }
      const comment = option.key === "OTHER" || ctx.rng() < 0.05 ? pickComment(ctx, opts.comments) : null;
      answers.push({ id: answerId, responseId: id, questionId: q.id, comment });
      choices.push({ answerId, optionId: option.id });
    }
  }
  await insertMany(ctx.tx, "Response", responses);
  await insertMany(ctx.tx, "Answer", answers);
  await insertMany(ctx.tx, "AnswerChoice", choices);
}

function pickComment(ctx: SeedContext, comments: string[]): string {
  return comments[Math.floor(ctx.rng() * comments.length)];
}

export async function seedDraft(ctx: SeedContext) {
  const publishAt = new Date(ctx.now.getTime() + 5 * DAY);
  await createConsultation(ctx, {
    title: "Lấy ý kiến về phương án bồi thường, hỗ trợ, tái định cư dự án mở rộng đường Phạm Văn Đồng",
    summary:
      "Dự án mở rộng đường Phạm Văn Đồng đoạn qua Tổ dân phố Phú Lâm Đông và Phú Lâm Tây ảnh hưởng đến đất ở của các hộ dọc tuyến. UBND thị trấn lấy ý kiến của các hộ về dự thảo phương án bồi thường, hỗ trợ, tái định cư trước khi trình phê duyệt.",
    matter: "COMPENSATION_PLAN",
    status: "DRAFT",
    areaIndexes: [3, 4],
    questions: [
      { kind: "APPROVAL", text: "Hộ gia đình có đồng ý với dự thảo phương án bồi thường, hỗ trợ, tái định cư không?" },
      { kind: "FREE_TEXT", text: "Ý kiến góp ý khác về phương án (nếu có)" },
    ],
    dates: { publishAt, opensAt: new Date(publishAt.getTime() + 30 * DAY), closesAt: new Date(publishAt.getTime() + 50 * DAY) },
    meetingAt: new Date(publishAt.getTime() + 35 * DAY),
  });
}

export async function seedOpen(ctx: SeedContext) {
  const publishAt = new Date(ctx.now.getTime() - 10 * DAY);
  const all = ctx.neighbourhoods.map((_, i) => i);
  const consultation = await createConsultation(ctx, {
    title: "Lấy ý kiến về chủ trương đầu tư dự án nâng cấp, cải tạo chợ Chợ Chùa",
    summary:
      "UBND thị trấn dự kiến đầu tư nâng cấp, cải tạo chợ Chợ Chùa: xây mới nhà lồng chợ, hệ thống thoát nước và phòng cháy chữa cháy, bố trí lại khu kinh doanh. Tổng mức đầu tư dự kiến 18,5 tỷ đồng. Kính mời các hộ gia đình cho ý kiến về chủ trương đầu tư.",
    matter: "PROJECT_INVESTMENT_POLICY",
    status: "OPEN",
    areaIndexes: all,
    questions: [
      { kind: "APPROVAL", text: "Hộ gia đình có đồng ý với chủ trương đầu tư nâng cấp, cải tạo chợ Chợ Chùa không?" },
      {
        kind: "SINGLE_CHOICE",
        text: "Trong thời gian thi công, hộ gia đình chọn phương án bố trí chợ tạm nào?",
        options: ["Tại bãi đất trống phía đông chợ", "Dọc đường Hùng Vương (theo giờ)", "Thi công cuốn chiếu, không làm chợ tạm"],
      },
      { kind: "FREE_TEXT", text: "Ý kiến góp ý khác" },
    ],
    dates: { publishAt, opensAt: publishAt, closesAt: new Date(ctx.now.getTime() + 15 * DAY) },
  });
  const roll = await freezeRoll(ctx, consultation, all, publishAt);
  await seedResponses(ctx, consultation, roll, {
    share: 0.18,
    agreeShare: 0.72,
    channels: ["ONLINE", "ONLINE", "PAPER_BALLOT"],
    from: publishAt,
    to: ctx.now,
    comments: [
      "Đề nghị bố trí chỗ gửi xe cho người đi chợ.",
      "Cần công khai phương án sắp xếp ki-ốt trước khi thi công.",
      "Thi công nhanh, tránh mùa mưa bão.",
      "Giữ mức phí chợ như hiện nay cho các hộ buôn bán nhỏ.",
    ],
  });
}

export async function seedClosed(ctx: SeedContext) {
  const publishAt = new Date(ctx.now.getTime() - 45 * DAY);
  const closesAt = new Date(ctx.now.getTime() - 7 * DAY);
  const consultation = await createConsultation(ctx, {
    title: "Lấy ý kiến về đóng góp kinh phí bê tông hóa đường nội bộ Tổ dân phố Phú Vinh Đông",
    summary:
      "Bê tông hóa 850 m đường nội bộ Tổ dân phố Phú Vinh Đông theo phương thức Nhà nước và Nhân dân cùng làm. Mức đóng góp đề xuất 500.000 đồng/hộ; hộ nghèo, hộ cận nghèo được miễn.",
    matter: "PUBLIC_WORKS_CONTRIBUTION",
    status: "CLOSED",
    areaIndexes: [0],
    questions: [{ kind: "APPROVAL", text: "Hộ gia đình có tán thành mức đóng góp 500.000 đồng/hộ để bê tông hóa đường nội bộ không?" }],
    dates: { publishAt, opensAt: new Date(publishAt.getTime() + 15 * DAY), closesAt },
  });
  const roll = await freezeRoll(ctx, consultation, [0], new Date(publishAt.getTime() + 15 * DAY));
  await seedResponses(ctx, consultation, roll, {
    share: 0.86,
    agreeShare: 0.8,
    channels: ["MEETING", "MEETING", "PAPER_BALLOT"],
    from: new Date(publishAt.getTime() + 15 * DAY),
    to: closesAt,
    comments: ["Đề nghị công khai thu chi hằng tháng.", "Cho hộ khó khăn đóng góp làm hai đợt."],
  });
  // As the closing transaction would have done: freeze the final tally.
  const tally = await computeTally(ctx.tx, consultation.id, closesAt);
  await ctx.tx.consultation.update({ where: { id: consultation.id }, data: { finalTally: tally as unknown as object } });
}
