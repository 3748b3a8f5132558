// The demo's earlier consultation whose results are published: its opinions grouped into themes,
// each answered and approved, as officials and the leader would have left them.
import { computeTally } from "../tallies/compute";
import { createConsultation, freezeRoll, seedResponses, type SeedContext } from "./consultations";

const DAY = 86_400_000;

/** Themes and their approved responses, as officials and the leader would have left them. */
const PUBLISHED_THEMES: { title: string; comments: string[]; kind: "TAKEN_UP" | "EXPLAINED" | "FORWARDED"; response: string }[] = [
  {
    title: "Cây xanh và chỗ vui chơi cho trẻ em",
    comments: ["Đề nghị giữ lại hàng cây dầu trước nhà văn hóa.", "Cần có sân chơi cho trẻ em trong khu dân cư."],
    kind: "TAKEN_UP",
    response: "UBND thị trấn tiếp thu: điều chỉnh quy hoạch giữ lại 12 cây dầu hiện có và bố trí 600 m² sân chơi trẻ em ở lô CX-02.",
  },
  {
    title: "Mở rộng đường vào khu dân cư",
    comments: ["Đường vào khu dân cư nên rộng 13 m để xe cứu hỏa vào được."],
    kind: "EXPLAINED",
    response:
      "Đường vào khu dân cư theo quy hoạch rộng 13,5 m (lòng đường 7,5 m, vỉa hè mỗi bên 3 m), đáp ứng yêu cầu xe chữa cháy theo QCVN 01:2021/BXD; giữ nguyên như dự thảo.",
  },
  {
    title: "Giá bồi thường đất nông nghiệp",
    comments: ["Giá bồi thường đất lúa cần sát với giá thị trường."],
    kind: "FORWARDED",
    response: "Nội dung thuộc thẩm quyền của UBND tỉnh (bảng giá đất); UBND thị trấn đã chuyển ý kiến đến Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi để xem xét.",
  },
];

export async function seedPublished(ctx: SeedContext) {
  const publishAt = new Date(ctx.now.getTime() - 90 * DAY);
  const closesAt = new Date(ctx.now.getTime() - 60 * DAY);
  const consultation = await createConsultation(ctx, {
    title: "Lấy ý kiến về quy hoạch chi tiết khu dân cư Gò Mạ, tỷ lệ 1/500",
    summary:
      "Quy hoạch chi tiết khu dân cư Gò Mạ rộng 4,2 ha: 96 lô đất ở, nhà văn hóa, cây xanh và đường giao thông nội bộ; lấy ý kiến Nhân dân hai tổ dân phố trong khu vực theo Luật Quy hoạch đô thị và nông thôn.",
    matter: "ZONING_PLAN",
    status: "RESULTS_PUBLISHED",
    areaIndexes: [1, 2],
    questions: [
      { kind: "APPROVAL", text: "Hộ gia đình có đồng ý với dự thảo quy hoạch chi tiết khu dân cư Gò Mạ không?" },
      { kind: "FREE_TEXT", text: "Ý kiến góp ý khác" },
    ],
    dates: { publishAt, opensAt: publishAt, closesAt },
  });
  const roll = await freezeRoll(ctx, consultation, [1, 2], publishAt);
  const comments = PUBLISHED_THEMES.flatMap((t) => t.comments);
  await seedResponses(ctx, consultation, roll, { share: 0.64, agreeShare: 0.83, channels: ["ONLINE", "PAPER_BALLOT", "MEETING"], from: publishAt, to: closesAt, comments });
  const tally = await computeTally(ctx.tx, consultation.id, closesAt);
  const answers = await ctx.tx.answer.findMany({
    where: { response: { consultationId: consultation.id }, OR: [{ text: { not: null } }, { comment: { not: null } }] },
    select: { id: true, text: true, comment: true },
  });
  const respondedAt = new Date(closesAt.getTime() + 3 * DAY);
  for (const theme of PUBLISHED_THEMES) {
    const ids = answers.filter((a) => theme.comments.includes(a.comment ?? a.text ?? "")).map((a) => a.id);
    await ctx.tx.opinionTheme.create({
      data: {
        consultationId: consultation.id,
        title: theme.title,
        responseKind: theme.kind,
        responseText: theme.response,
        respondedAt,
        respondedById: ctx.official.id,
        approvedAt: respondedAt,
        approvedById: ctx.leader.id,
        createdById: ctx.official.id,
        comments: { create: ids.map((answerId) => ({ answerId })) },
      },
    });
  }
  const resultsPublishedAt = new Date(closesAt.getTime() + 5 * DAY);
  await ctx.tx.consultation.update({
    where: { id: consultation.id },
    data: { finalTally: tally as unknown as object, resultsPublishedAt, resultsPublishedById: ctx.leader.id },
  });
}
