// What the accessibility sweep (axe-sweep.test.ts) needs beyond the other tests' data, kept apart so
// it disturbs none of them: the province's administrator and oversight accounts, a draft
// consultation (the edit page shows its form only while a draft), a closed vote with opinions and
// a drafted summary report (a record page; a draft takes no number, so the records test still
// finalises 01/BC-UBND), a closed vote with its results published (the public results page: commune
// B's has no frozen tally), and an open consultation household D10 answered online (its receipt).
// Returns the ids the sweep visits, looked up once here, since the test has no database of its own.
import type { openDatabase } from "../../src/server/db/client";
import { createRecordDraft } from "../../src/server/records/mutations";
import { approvalQuestion } from "./seed-kit";

type Prisma = Awaited<ReturnType<typeof openDatabase>>["prisma"];

export const E2E_SWEEP = {
  draftTitle: "Lấy ý kiến về lắp đèn chiếu sáng đường thôn (dự thảo)",
  closedTitle: "Biểu quyết đóng góp làm cầu tràn qua suối Thôn Tây",
  publishedTitle: "Biểu quyết đóng góp mua loa truyền thanh Thôn Đông – Thôn Tây",
  openTitle: "Lấy ý kiến về giờ mở cửa nhà văn hóa Thôn Đông – Thôn Tây",
  /** The household the sweep signs in as: its PIN is the default one, and no other test uses it. */
  household: { code: "D10", pin: "999999" },
};

export type SweepIds = {
  communeId: string;
  deskCommuneId: string;
  draftId: string;
  /** Open, three questions, answers on file (the live tally; ballot entry). */
  openId: string;
  /** Closed with opinions (themes) and a drafted summary report. */
  closedId: string;
  recordId: string;
  /** D10's online answer, for its receipt. */
  answeredId: string;
  /** The resident form and review: household D10 has not answered it. */
  residentOpenId: string;
  householdId: string;
  deskConsultationId: string;
  deskMeetingId: string;
  /** Closed, its tally frozen and its results published (the public results page). */
  publishedId: string;
};

export async function seedSweep(
  prisma: Prisma,
  ids: {
    communeId: string;
    provinceId: string;
    closedId: string;
    publishedId: string;
    openId: string;
    tallyId: string;
  },
  passwordHash: string,
): Promise<SweepIds> {
  const day = 86_400_000;
  await prisma.staffUser.createMany({
    data: [
      { provinceId: ids.provinceId, username: "e2e-province-admin", fullName: "Quản trị tỉnh", role: "PROVINCE_ADMIN" },
      {
        provinceId: ids.provinceId,
        username: "e2e-province-oversight",
        fullName: "Giám sát tỉnh",
        role: "PROVINCE_OVERSIGHT",
      },
    ].map((u) => ({ ...u, role: u.role as "PROVINCE_ADMIN" | "PROVINCE_OVERSIGHT", passwordHash })),
  });
  const hoods = await prisma.neighbourhood.findMany({ where: { communeId: ids.communeId }, orderBy: { code: "asc" } });
  const households = await prisma.household.findMany({ where: { communeId: ids.communeId } });
  const draft = await prisma.consultation.create({
    data: {
      communeId: ids.communeId,
      title: E2E_SWEEP.draftTitle,
      summary: "Lắp 40 đèn chiếu sáng dọc đường thôn.",
      matter: "OTHER_OPINION",
      mode: "OPINION",
      status: "DRAFT",
      channels: ["ONLINE", "PAPER_BALLOT"],
      publishAt: new Date(Date.now() + 5 * day),
      opensAt: new Date(Date.now() + 6 * day),
      closesAt: new Date(Date.now() + 30 * day),
      areas: { create: hoods.map((h) => ({ neighbourhoodId: h.id, neighbourhoodName: h.name })) },
      questions: {
        create: [approvalQuestion(0, "Hộ có đồng ý lắp đèn chiếu sáng đường thôn không?")],
      },
    },
  });
  const answered = await prisma.consultation.create({
    data: {
      communeId: ids.communeId,
      title: E2E_SWEEP.openTitle,
      summary: "Mở cửa nhà văn hóa buổi tối cho các hộ sinh hoạt.",
      matter: "OTHER_OPINION",
      mode: "OPINION",
      status: "OPEN",
      channels: ["ONLINE", "PAPER_BALLOT"],
      publishAt: new Date(Date.now() - 2 * day),
      publishedAt: new Date(Date.now() - 2 * day),
      opensAt: new Date(Date.now() - 2 * day),
      openedAt: new Date(Date.now() - 2 * day),
      closesAt: new Date(Date.now() + 25 * day),
      areas: { create: hoods.map((h) => ({ neighbourhoodId: h.id, neighbourhoodName: h.name })) },
      questions: {
        create: [approvalQuestion(0, "Hộ có đồng ý mở cửa nhà văn hóa đến 21 giờ không?")],
      },
    },
    include: { questions: { include: { options: { orderBy: { position: "asc" } } } } },
  });
  await prisma.rollEntry.createMany({
    data: households.map((h) => ({
      consultationId: answered.id,
      householdId: h.id,
      neighbourhoodId: h.neighbourhoodId,
      householdCode: h.code,
      headName: h.headName,
    })),
  });
  const d10 = households.find((h) => h.code === E2E_SWEEP.household.code)!;
  await prisma.response.create({
    data: {
      consultationId: answered.id,
      householdId: d10.id,
      neighbourhoodId: d10.neighbourhoodId,
      effectiveHouseholdId: d10.id,
      channel: "ONLINE",
      receiptCode: "E2EAXE10",
      submittedAt: new Date(Date.now() - day),
      answers: {
        create: [
          {
            questionId: answered.questions[0].id,
            comment: "Đề nghị mở cửa cả ngày chủ nhật",
            choices: { create: [{ optionId: answered.questions[0].options[0].id }] },
          },
        ],
      },
    },
  });
  const official = await prisma.staffUser.findUniqueOrThrow({ where: { username: "e2e-official" } });
  const record = await createRecordDraft(
    prisma as never,
    {
      type: "staff",
      id: official.id,
      communeId: ids.communeId,
      provinceId: null,
      role: "OFFICIAL",
      neighbourhoodId: null,
      fullName: official.fullName,
    },
    { consultationId: ids.closedId, kind: "SUMMARY_REPORT" },
    new Date(),
  );
  const desk = await prisma.meetingRecord.findFirstOrThrow({
    where: { consultation: { commune: { slug: "an-phu" } } },
    select: { id: true, consultationId: true, consultation: { select: { communeId: true } } },
  });
  await prisma.consultation.update({
    where: { id: ids.publishedId },
    data: { status: "RESULTS_PUBLISHED", resultsPublishedAt: new Date(Date.now() - 3_600_000) },
  });
  return {
    communeId: ids.communeId,
    deskCommuneId: desk.consultation.communeId,
    draftId: draft.id,
    openId: ids.tallyId,
    closedId: ids.closedId,
    recordId: record.id,
    answeredId: answered.id,
    residentOpenId: ids.openId,
    householdId: d10.id,
    deskConsultationId: desk.consultationId,
    deskMeetingId: desk.id,
    publishedId: ids.publishedId,
  };
}
