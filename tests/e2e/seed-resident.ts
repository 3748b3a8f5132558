// Commune B's finished vote for the resident browser tests: results published, no online channel,
// household D03 voted by show of hands at a meeting that staff keyed in days later (its row's times
// are the keying's, not the meeting's).
import type { openDatabase } from "../../src/server/db/client";
import { approvalQuestion } from "./seed-kit";

type Prisma = Awaited<ReturnType<typeof openDatabase>>["prisma"];

const DAY = 86_400_000;
const VN = 7 * 3_600_000;
/** Ten days ago at 19:30 Vietnam time. */
const heldAt = new Date(Math.floor((Date.now() + VN) / DAY) * DAY - VN - 10 * DAY + 19.5 * 3_600_000);
const local = new Date(heldAt.getTime() + VN);
const two = (n: number) => String(n).padStart(2, "0");

export const E2E_B_MEETING = {
  title: "Biểu quyết đóng góp lát gạch sân nhà văn hóa Thôn Đông",
  code: "D03",
  place: "Nhà văn hóa Thôn Đông",
  heldAt,
  /** How the pages must write the meeting's time: 19:30 and dd/mm/yyyy. */
  time: "19:30",
  day: `${two(local.getUTCDate())}/${two(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`,
};

export async function seedMeetingPublished(
  prisma: Prisma,
  communeId: string,
  hood: { id: string; name: string },
  households: { id: string; code: string; headName: string }[],
) {
  const c = await prisma.consultation.create({
    data: {
      communeId,
      title: E2E_B_MEETING.title,
      summary: "Mỗi hộ đóng góp 200.000 đồng lát gạch sân nhà văn hóa.",
      matter: "PUBLIC_WORKS_CONTRIBUTION",
      mode: "DECISION",
      status: "RESULTS_PUBLISHED",
      channels: ["PAPER_BALLOT", "MEETING"],
      ruleNumerator: 1,
      ruleDenominator: 2,
      ruleInclusive: false,
      ruleAggregation: "PER_NEIGHBOURHOOD",
      publishAt: new Date(Date.now() - 40 * DAY),
      publishedAt: new Date(Date.now() - 40 * DAY),
      opensAt: new Date(Date.now() - 35 * DAY),
      openedAt: new Date(Date.now() - 35 * DAY),
      closesAt: new Date(Date.now() - 5 * DAY),
      closedAt: new Date(Date.now() - 5 * DAY),
      resultsPublishedAt: new Date(Date.now() - DAY),
      areas: { create: [{ neighbourhoodId: hood.id, neighbourhoodName: hood.name }] },
      questions: {
        create: [approvalQuestion(0, "Hộ gia đình có đồng ý đóng góp 200.000 đồng lát gạch sân nhà văn hóa không?")],
      },
    },
    include: { questions: { include: { options: { orderBy: { position: "asc" } } } } },
  });
  await prisma.rollEntry.createMany({
    data: households.map((h) => ({
      consultationId: c.id,
      householdId: h.id,
      neighbourhoodId: hood.id,
      householdCode: h.code,
      headName: h.headName,
    })),
  });
  const meeting = await prisma.meetingRecord.create({
    data: {
      consultationId: c.id,
      neighbourhoodId: hood.id,
      heldAt,
      place: E2E_B_MEETING.place,
      chairName: "Phạm Văn Chủ",
      secretaryName: "Lê Thị Thư",
      voteMode: "SHOW_OF_HANDS",
      witnesses: ["Phạm Thị D01", "Phạm Thị D02"],
    },
  });
  const voter = households.find((h) => h.code === E2E_B_MEETING.code)!;
  const [agree] = c.questions[0].options;
  await prisma.response.create({
    data: {
      consultationId: c.id,
      householdId: voter.id,
      neighbourhoodId: hood.id,
      effectiveHouseholdId: voter.id,
      channel: "MEETING",
      meetingId: meeting.id,
      receiptCode: `E2E-${c.id.slice(-6)}-${voter.code}`,
      // Keyed in three days after the meeting, and touched again by an import since.
      submittedAt: new Date(heldAt.getTime() + 3 * DAY),
      updatedAt: new Date(Date.now() - DAY),
      answers: { create: [{ questionId: c.questions[0].id, choices: { create: [{ optionId: agree.id }] } }] },
    },
  });
}
