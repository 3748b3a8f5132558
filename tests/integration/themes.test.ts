// Opinion themes and responses (docs/LAW.md#r16; Law 10/2022 Art 26 k2, Art 28 k3): officials group the
// opinions received and answer each theme, a leader approves, and only a leader publishes the results —
// only once every opinion sits in a theme with an approved response. Each case builds its own data.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { DAY_MS } from "@/domain/consultation-plan";
import { getTranslator } from "@/i18n/translate";
import { createTestDb, type TestDb } from "../helpers/test-db";
import {
  callerAt,
  createCommune,
  createHousehold,
  createNeighbourhood,
  createStaff,
  staffSession,
} from "../helpers/factories";

let t: TestDb;
const clock = { now: new Date("2026-12-10T09:00:00+07:00") };
const translate = getTranslator("vi");
const vi = (key: string, params?: Record<string, string | number>) => translate(key as never, params as never);

type Role = "OFFICIAL" | "LEADER" | "OVERSIGHT" | "NEIGHBOURHOOD_HEAD" | "ADMIN";

/** A commune with a consultation that ran 30 days, received opinions by every route, and was closed by hand. */
async function scenario(db: PrismaClient) {
  const communeId = (await createCommune(db)).id;
  const east = await createNeighbourhood(db, communeId, "Thôn Đông");
  const west = await createNeighbourhood(db, communeId, "Thôn Tây");
  const staff = {} as Record<Role, { id: string; communeId: string }>;
  for (const role of ["OFFICIAL", "LEADER", "OVERSIGHT", "ADMIN"] as const)
    staff[role] = await createStaff(db, communeId, role);
  staff.NEIGHBOURHOOD_HEAD = await createStaff(db, communeId, "NEIGHBOURHOOD_HEAD", { neighbourhoodId: east.id });
  const as = (role: Role) => callerAt(db, staffSession(staff[role]), clock);
  const c = await db.consultation.create({
    data: {
      communeId,
      title: "Chủ trương đầu tư chợ mới",
      summary: "",
      matter: "PROJECT_INVESTMENT_POLICY",
      mode: "OPINION",
      status: "OPEN",
      channels: ["ONLINE", "PAPER_BALLOT", "WRITTEN", "SUGGESTION_BOX"],
      publishedAt: new Date(clock.now.getTime() - 30 * DAY_MS),
      opensAt: new Date(clock.now.getTime() - 30 * DAY_MS),
      closesAt: new Date(clock.now.getTime() + DAY_MS),
      areas: { create: [east, west].map((h) => ({ neighbourhoodId: h.id, neighbourhoodName: h.name })) },
      questions: {
        create: [
          {
            position: 0,
            kind: "APPROVAL",
            text: "Đồng ý chủ trương?",
            options: {
              create: [
                ["AGREE", "Đồng ý"],
                ["DISAGREE", "Không đồng ý"],
                ["OTHER", "Ý kiến khác"],
              ].map(([key, label], position) => ({ key, label, position })),
            },
          },
          { position: 1, kind: "FREE_TEXT", text: "Góp ý khác", required: false },
        ],
      },
    },
    include: { questions: { orderBy: { position: "asc" }, include: { options: { orderBy: { position: "asc" } } } } },
  });
  const [approval, free] = c.questions;
  const households = [
    await createHousehold(db, east, { code: `E1-${c.id.slice(-4)}` }),
    await createHousehold(db, east, { code: `E2-${c.id.slice(-4)}` }),
    await createHousehold(db, west, { code: `W1-${c.id.slice(-4)}` }),
    await createHousehold(db, west, { code: `W2-${c.id.slice(-4)}` }),
  ];
  await db.rollEntry.createMany({
    data: households.map((h) => ({
      consultationId: c.id,
      householdId: h.id,
      neighbourhoodId: h.neighbourhoodId,
      householdCode: h.code,
      headName: h.headName,
    })),
  });
  const respond = async (
    i: number,
    channel: "ONLINE" | "PAPER_BALLOT" | "WRITTEN",
    answers: { comment?: string; text?: string; option?: number },
    voided = false,
  ) => {
    const r = await db.response.create({
      data: {
        consultationId: c.id,
        householdId: households[i].id,
        neighbourhoodId: households[i].neighbourhoodId,
        channel,
        receiptCode: `R-${households[i].code}`,
        submittedAt: new Date(clock.now.getTime() - (10 - i) * DAY_MS),
        effectiveHouseholdId: voided ? null : households[i].id,
        voidedAt: voided ? clock.now : null,
      },
    });
    const a = await db.answer.create({
      data: {
        responseId: r.id,
        questionId: approval.id,
        comment: answers.comment ?? null,
        choices: { create: [{ optionId: approval.options[answers.option ?? 0].id }] },
      },
    });
    const f = answers.text
      ? await db.answer.create({ data: { responseId: r.id, questionId: free.id, text: answers.text } })
      : null;
    return { a, f };
  };
  const r0 = await respond(0, "ONLINE", {
    comment: "Chợ cần có chỗ đậu xe",
    text: "Nên làm thêm nhà vệ sinh công cộng",
  });
  const r1 = await respond(1, "PAPER_BALLOT", {}, false); // a vote with no words: not an opinion
  const r2 = await respond(2, "WRITTEN", { comment: "Không đồng ý vì xa khu dân cư", option: 1 });
  await respond(3, "ONLINE", { comment: "Ý kiến đã bị hủy" }, true); // voided: never an opinion
  const suggestion = await db.suggestionOpinion.create({
    data: {
      consultationId: c.id,
      neighbourhoodId: west.id,
      text: "Đề nghị giữ chợ cũ họp buổi sáng",
      receivedAt: new Date(clock.now.getTime() - 2 * DAY_MS),
      recordedById: staff.OFFICIAL.id,
    },
  });
  await as("OFFICIAL").consultation.close({ id: c.id, reason: "Đã đủ thời gian lấy ý kiến" });
  return {
    communeId,
    c,
    approval,
    free,
    east,
    west,
    as,
    staff,
    opinions: { parking: r0.a.id, toilets: r0.f!.id, far: r2.a.id, silent: r1.a.id, suggestion: suggestion.id },
  };
}

let s: Awaited<ReturnType<typeof scenario>>;
const auditCount = (action: string) => t.db.auditEvent.count({ where: { action } });

beforeAll(async () => {
  t = await createTestDb();
  s = await scenario(t.db);
});
afterAll(() => t.close());

describe("reading the opinions", () => {
  test("worded answers of counted responses and suggestion-box notes, oldest first; voided and wordless ones never appear", async () => {
    const page = await s.as("OFFICIAL").theme.opinions({ consultationId: s.c.id });
    expect(page.total).toBe(4);
    expect(page.items.map((o) => [o.kind, o.text, o.channel, o.neighbourhoodName, o.themeId])).toEqual([
      ["answer", "Chợ cần có chỗ đậu xe", "ONLINE", "Thôn Đông", null],
      ["answer", "Nên làm thêm nhà vệ sinh công cộng", "ONLINE", "Thôn Đông", null],
      ["answer", "Không đồng ý vì xa khu dân cư", "WRITTEN", "Thôn Tây", null],
      ["suggestion", "Đề nghị giữ chợ cũ họp buổi sáng", "SUGGESTION_BOX", "Thôn Tây", null],
    ]);
  });

  test.each([
    ["by question", { questionId: "free" }, ["Nên làm thêm nhà vệ sinh công cộng"]],
    [
      "by neighbourhood",
      { neighbourhoodId: "west" },
      ["Không đồng ý vì xa khu dân cư", "Đề nghị giữ chợ cũ họp buổi sáng"],
    ],
    ["by channel: suggestion box", { channel: "SUGGESTION_BOX" }, ["Đề nghị giữ chợ cũ họp buổi sáng"]],
    ["by channel: written", { channel: "WRITTEN" }, ["Không đồng ý vì xa khu dân cư"]],
  ] as const)("filters: %s", async (_label, filter, texts) => {
    const resolved = {
      ...filter,
      ...("questionId" in filter ? { questionId: s.free.id } : {}),
      ...("neighbourhoodId" in filter ? { neighbourhoodId: s.west.id } : {}),
    };
    const page = await s.as("LEADER").theme.opinions({ consultationId: s.c.id, ...resolved });
    expect(page.items.map((o) => o.text)).toEqual(texts);
    expect(page.total).toBe(texts.length);
  });

  test("paging: limit and offset with the total", async () => {
    const page = await s.as("OVERSIGHT").theme.opinions({ consultationId: s.c.id, limit: 2, offset: 2 });
    expect(page).toMatchObject({ total: 4, offset: 2, limit: 2 });
    expect(page.items.map((o) => o.text)).toEqual([
      "Không đồng ý vì xa khu dân cư",
      "Đề nghị giữ chợ cũ họp buổi sáng",
    ]);
  });

  test("a neighbourhood head and an administrator may not read them; another commune's official gets 'not found'", async () => {
    await expect(s.as("NEIGHBOURHOOD_HEAD").theme.opinions({ consultationId: s.c.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(s.as("ADMIN").theme.list({ consultationId: s.c.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const outsider = await createStaff(t.db, (await createCommune(t.db)).id, "OFFICIAL");
    const as = callerAt(t.db, staffSession(outsider), clock);
    await expect(as.theme.opinions({ consultationId: s.c.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(as.theme.list({ consultationId: s.c.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("themes and responses, from grouping to publication", () => {
  test("while a consultation is still open nothing can be grouped: answers may still change", async () => {
    const open = await t.db.consultation.create({
      data: {
        communeId: s.communeId,
        title: "Đang mở",
        summary: "",
        matter: "PROJECT_INVESTMENT_POLICY",
        mode: "OPINION",
        status: "OPEN",
        channels: ["ONLINE"],
      },
    });
    const err = await s
      .as("OFFICIAL")
      .theme.create({ consultationId: open.id, title: "Sớm quá" })
      .catch((e) => e);
    expect(err.code).toBe("PRECONDITION_FAILED");
    expect(err.cause.key).toBe("themesNotWorkable");
    expect(await t.db.opinionTheme.count({ where: { consultationId: open.id } })).toBe(0);
  });

  test("bad input names the field in Vietnamese and writes nothing", async () => {
    const before = await t.db.opinionTheme.count();
    const err = await s
      .as("OFFICIAL")
      .theme.create({ consultationId: s.c.id, title: "   " })
      .catch((e) => e);
    expect(err.code).toBe("BAD_REQUEST");
    expect(err.cause.issues).toEqual([{ field: "title", key: "themes.errors.titleRequired" }]);
    expect(vi(err.cause.issues[0].key)).toBe("Vui lòng nhập tên nhóm ý kiến.");
    const foreign = await createNeighbourhood(t.db, s.communeId); // any id that is not an opinion of this consultation
    await expect(
      s.as("OFFICIAL").theme.create({ consultationId: s.c.id, title: "Lạ", answerIds: [foreign.id] }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      s.as("OFFICIAL").theme.create({ consultationId: s.c.id, title: "Không lời", answerIds: [s.opinions.silent] }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await t.db.opinionTheme.count()).toBe(before);
  });

  test("the whole path: create from a selection, bulk move, merge, answer, approve, publish; approvals lapse on every change", async () => {
    const official = s.as("OFFICIAL");
    const leader = s.as("LEADER");
    const o = s.opinions;

    // Two themes straight from selections.
    const market = await official.theme.create({
      consultationId: s.c.id,
      title: "  Hạ tầng  chợ ",
      answerIds: [o.parking],
    });
    expect(market.assigned).toBe(1);
    const location = await official.theme.create({
      consultationId: s.c.id,
      title: "Vị trí chợ",
      answerIds: [o.far],
      suggestionIds: [o.suggestion],
    });
    const extra = await official.theme.create({
      consultationId: s.c.id,
      title: "Công trình phụ",
      answerIds: [o.toilets],
    });
    let list = await official.theme.list({ consultationId: s.c.id });
    expect(list.themes.map((th) => [th.title, th.opinions])).toEqual([
      ["Hạ tầng chợ", 1],
      ["Vị trí chợ", 2],
      ["Công trình phụ", 1],
    ]);
    expect(list.readiness).toEqual({ ready: false, ungrouped: 0, unanswered: 3, unapproved: 0 });

    // Only officials manage, only leaders approve or publish.
    await expect(leader.theme.respond({ themeId: market.id, kind: "TAKEN_UP", text: "x" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(official.theme.approve({ consultationId: s.c.id, themeIds: [market.id] })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(s.as("OVERSIGHT").theme.create({ consultationId: s.c.id, title: "x" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(official.consultation.publishResults({ id: s.c.id })).rejects.toMatchObject({ code: "FORBIDDEN" });

    // Publishing now is refused, naming what is missing; the status does not move.
    const early = await leader.consultation.publishResults({ id: s.c.id }).catch((e) => e);
    expect(early.code).toBe("PRECONDITION_FAILED");
    expect(vi(`errors.${early.cause.key}`, early.cause.params)).toBe(
      "Chưa công bố được kết quả: còn 0 ý kiến chưa xếp vào nhóm, 3 nhóm chưa có trả lời và 0 nhóm chưa được lãnh đạo phê duyệt trả lời.",
    );
    expect((await t.db.consultation.findUniqueOrThrow({ where: { id: s.c.id } })).status).toBe("CLOSED");

    // Responses; approving an unanswered theme along with an answered one approves neither.
    await official.theme.respond({
      themeId: market.id,
      kind: "TAKEN_UP",
      text: "Bố trí bãi đậu xe 500 m² phía đông chợ.",
    });
    const mixed = await leader.theme
      .approve({ consultationId: s.c.id, themeIds: [market.id, location.id] })
      .catch((e) => e);
    expect(mixed.code).toBe("PRECONDITION_FAILED");
    expect(vi(`errors.${mixed.cause.key}`, mixed.cause.params)).toBe(
      "Nhóm “Vị trí chợ” chưa có nội dung trả lời nên chưa phê duyệt được.",
    );
    expect((await t.db.opinionTheme.findUniqueOrThrow({ where: { id: market.id } })).approvedAt).toBeNull();

    await official.theme.respond({
      themeId: location.id,
      kind: "EXPLAINED",
      text: "Vị trí mới đã được quy hoạch; UBND sẽ mở tuyến xe buýt.",
    });
    expect(await leader.theme.approve({ consultationId: s.c.id, themeIds: [market.id, location.id] })).toEqual({
      approved: 2,
    });

    // Moving an opinion out of an approved theme withdraws both themes' approvals.
    await official.theme.assign({ themeId: extra.id, answerIds: [o.parking] });
    list = await official.theme.list({ consultationId: s.c.id });
    const byTitle = (title: string) => list.themes.find((th) => th.title === title)!;
    expect(byTitle("Hạ tầng chợ")).toMatchObject({ opinions: 0, approvedAt: null });
    expect(byTitle("Công trình phụ").opinions).toBe(2);
    expect(byTitle("Vị trí chợ").approvedAt).not.toBeNull();

    // An empty theme may go; one holding opinions may not.
    const notEmpty = await official.theme.delete({ themeId: extra.id }).catch((e) => e);
    expect(notEmpty.cause.key).toBe("themeNotEmpty");
    await official.theme.delete({ themeId: market.id });

    // Ungroup and regroup, then merge "Công trình phụ" into "Vị trí chợ".
    await official.theme.ungroup({ consultationId: s.c.id, answerIds: [o.toilets] });
    expect((await official.theme.list({ consultationId: s.c.id })).readiness.ungrouped).toBe(1);
    await official.theme.assign({ themeId: extra.id, answerIds: [o.toilets] });
    const intoItself = await official.theme.merge({ targetId: location.id, sourceIds: [location.id] }).catch((e) => e);
    expect(intoItself.cause.issues).toEqual([{ field: "sourceIds", key: "themes.errors.merge.intoItself" }]);
    expect(await official.theme.merge({ targetId: location.id, sourceIds: [extra.id] })).toEqual({
      id: location.id,
      moved: 2,
    });
    await expect(official.theme.assign({ themeId: extra.id, answerIds: [o.far] })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await official.theme.rename({ themeId: location.id, title: "Vị trí và công trình của chợ" });
    list = await official.theme.list({ consultationId: s.c.id });
    expect(list.themes.map((th) => [th.title, th.opinions, th.approvedAt])).toEqual([
      ["Vị trí và công trình của chợ", 4, null],
    ]);
    expect(list.readiness).toEqual({ ready: false, ungrouped: 0, unanswered: 0, unapproved: 1 });
    const grouped = await official.theme.opinions({ consultationId: s.c.id, theme: location.id });
    expect(grouped.total).toBe(4);

    // Approved and published; afterwards nothing about the themes can change.
    await leader.theme.approve({ consultationId: s.c.id, themeIds: [location.id] });
    expect((await official.theme.list({ consultationId: s.c.id })).readiness.ready).toBe(true);
    await expect(leader.consultation.publishResults({ id: s.c.id })).resolves.toEqual({
      id: s.c.id,
      status: "RESULTS_PUBLISHED",
    });
    const published = await t.db.consultation.findUniqueOrThrow({ where: { id: s.c.id } });
    expect(published).toMatchObject({ resultsPublishedAt: clock.now, resultsPublishedById: s.staff.LEADER.id });
    const late = await official.theme
      .respond({ themeId: location.id, kind: "FORWARDED", text: "Chuyển Sở Công Thương" })
      .catch((e) => e);
    expect(late.cause.key).toBe("themesNotWorkable");
    expect((await official.theme.list({ consultationId: s.c.id })).workable).toBe(false);

    // Every step is in the audit chain.
    for (const action of [
      "theme.created",
      "theme.opinionsAssigned",
      "theme.opinionsUngrouped",
      "theme.merged",
      "theme.renamed",
      "theme.deleted",
      "theme.responded",
      "theme.approved",
    ]) {
      expect(await auditCount(action), action).toBeGreaterThan(0);
    }
    const statusEvent = await t.db.auditEvent.findFirstOrThrow({
      where: { entityId: s.c.id, action: "consultation.statusChanged" },
      orderBy: { seq: "desc" },
    });
    expect(statusEvent.data).toMatchObject({ from: "CLOSED", to: "RESULTS_PUBLISHED", action: "publishResults" });
  });
});

describe("the public results page", () => {
  test("shows nothing before publication, then the frozen tally and only approved responses", async () => {
    const db = t.db;
    const other = await scenario(db);
    const anonymous = callerAt(db, null, clock);
    const { slug } = await db.commune.findUniqueOrThrow({ where: { id: other.communeId } });
    await expect(anonymous.commune.publicResults({ commune: slug, id: other.c.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const all = await other.as("OFFICIAL").theme.opinions({ consultationId: other.c.id });
    const theme = await other.as("OFFICIAL").theme.create({
      consultationId: other.c.id,
      title: "Ý kiến về chợ",
      answerIds: all.items.filter((i) => i.kind === "answer").map((i) => i.id),
      suggestionIds: all.items.filter((i) => i.kind === "suggestion").map((i) => i.id),
    });
    await other.as("OFFICIAL").theme.respond({ themeId: theme.id, kind: "TAKEN_UP", text: "Tiếp thu toàn bộ." });
    await other.as("LEADER").theme.approve({ consultationId: other.c.id, themeIds: [theme.id] });
    await other.as("LEADER").consultation.publishResults({ id: other.c.id });
    const results = await anonymous.commune.publicResults({ commune: slug, id: other.c.id });
    expect(results.tally).toMatchObject({ final: true, roll: 4, responded: 3 });
    expect(results.themes).toEqual([
      {
        id: theme.id,
        title: "Ý kiến về chợ",
        responseKind: "TAKEN_UP",
        responseText: "Tiếp thu toàn bộ.",
        opinions: 4,
      },
    ]);
    expect(results.questions.map((q) => q.text)).toEqual(["Đồng ý chủ trương?", "Góp ý khác"]);
    // Residents' own words are not published, and no household is named.
    expect(JSON.stringify(results)).not.toContain("đậu xe");
    expect(JSON.stringify(results)).not.toContain("E1-");
  });
});

describe("publication races a theme change", () => {
  test("the results are never published with a response that lost its approval", async () => {
    const r = await scenario(t.db);
    const all = await r.as("OFFICIAL").theme.opinions({ consultationId: r.c.id });
    const theme = await r.as("OFFICIAL").theme.create({
      consultationId: r.c.id,
      title: "Tất cả",
      answerIds: all.items.filter((i) => i.kind === "answer").map((i) => i.id),
      suggestionIds: all.items.filter((i) => i.kind === "suggestion").map((i) => i.id),
    });
    await r.as("OFFICIAL").theme.respond({ themeId: theme.id, kind: "EXPLAINED", text: "Giải trình." });
    await r.as("LEADER").theme.approve({ consultationId: r.c.id, themeIds: [theme.id] });
    const [publish, edit] = await Promise.allSettled([
      r.as("LEADER").consultation.publishResults({ id: r.c.id }),
      r.as("OFFICIAL").theme.respond({ themeId: theme.id, kind: "EXPLAINED", text: "Giải trình, sửa lại." }),
    ]);
    const c = await t.db.consultation.findUniqueOrThrow({ where: { id: r.c.id } });
    const stored = await t.db.opinionTheme.findUniqueOrThrow({ where: { id: theme.id } });
    if (publish.status === "fulfilled") {
      // Published first: the edit came after and was refused; what is public is what was approved.
      expect(edit.status).toBe("rejected");
      expect(stored).toMatchObject({ responseText: "Giải trình.", approvedAt: expect.any(Date) });
      expect(c.status).toBe("RESULTS_PUBLISHED");
    } else {
      expect(edit.status).toBe("fulfilled");
      expect(stored).toMatchObject({ responseText: "Giải trình, sửa lại.", approvedAt: null });
      expect(c.status).toBe("CLOSED");
    }
  });
});
