// The life of a consultation through createCaller on a real database: drafts, every transition by
// every role, the law's periods, the roll freeze and its amendments, the clock, and the audit trail.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import type { StaffRole } from "@/generated/prisma/enums";
import { DAY_MS } from "@/domain/consultation-plan";
import { STAFF_ROLES } from "@/domain/roles";
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
let communeId: string;
let hoods: Awaited<ReturnType<typeof createNeighbourhood>>[];
const staff = {} as Record<StaffRole, Awaited<ReturnType<typeof createStaff>>>;
let outsider: Awaited<ReturnType<typeof createStaff>>;
const start = new Date("2026-12-01T08:00:00+07:00");
const clock = { now: start };
const day = (n: number) => new Date(start.getTime() + n * DAY_MS);
const as = (role: StaffRole) => callerAt(t.db, staffSession(staff[role]), clock);

beforeAll(async () => {
  t = await createTestDb();
  communeId = (await createCommune(t.db, "Nghĩa Hành")).id;
  hoods = [
    await createNeighbourhood(t.db, communeId, "Thôn Xuân Đình"),
    await createNeighbourhood(t.db, communeId, "Thôn An Phú"),
  ];
  for (let i = 0; i < 6; i++) await createHousehold(t.db, hoods[0], { code: `XD${i}` });
  for (let i = 0; i < 4; i++) await createHousehold(t.db, hoods[1], { code: `AP${i}` });
  await createHousehold(t.db, hoods[0], { code: "XD-OLD", active: false });
  for (const role of STAFF_ROLES) staff[role] = await createStaff(t.db, communeId, role);
  const other = await createCommune(t.db, "Hành Thịnh");
  outsider = await createStaff(t.db, other.id, "OFFICIAL");
});
afterAll(() => t.close());
beforeEach(() => {
  clock.now = start;
});

function draft(overrides: Record<string, unknown> = {}) {
  return {
    title: "Lấy ý kiến về chủ trương đầu tư nhà văn hóa thôn",
    summary: "Xây mới nhà văn hóa thôn Xuân Đình.",
    matter: "PROJECT_INVESTMENT_POLICY" as const,
    neighbourhoodIds: [hoods[0].id],
    channels: ["ONLINE", "MEETING"] as ("ONLINE" | "MEETING")[],
    questions: [
      { kind: "APPROVAL" as const, text: "Hộ gia đình có đồng ý không?", allowComment: true, options: [] },
      {
        kind: "SINGLE_CHOICE" as const,
        text: "Vị trí xây dựng?",
        allowComment: false,
        options: ["Sân bóng cũ", "Cạnh trường học"],
      },
    ],
    publishAt: day(1),
    opensAt: day(1),
    closesAt: day(21),
    ...overrides,
  };
}

async function auditActions(entityId: string) {
  const events = await t.db.auditEvent.findMany({ where: { entityId }, orderBy: { seq: "asc" } });
  return events.map((e) => `${e.action}${(e.data as { to?: string }).to ? `→${(e.data as { to: string }).to}` : ""}`);
}

describe("drafts", () => {
  test("an official creates a draft; the questions get their options and an audit event is written", async () => {
    const { id, version } = await as("OFFICIAL").consultation.create(draft());
    expect(version).toBe(1);
    const c = await as("OFFICIAL").consultation.get({ id });
    expect(c.status).toBe("DRAFT");
    expect(c.questions.map((q) => q.options.map((o) => o.label))).toEqual([
      ["Đồng ý", "Không đồng ý", "Ý kiến khác"],
      ["Sân bóng cũ", "Cạnh trường học"],
    ]);
    expect(c.ruleNumerator).toBeNull(); // advisory: Art 25
    expect(c.actions).toEqual(["submit", "cancel"]);
    expect(await auditActions(id)).toEqual(["consultation.created"]);
  });

  test.each([
    ["empty title", { title: "   " }, "title", "Vui lòng nhập tên đợt lấy ý kiến."],
    [
      "close before open",
      { opensAt: day(10), closesAt: day(9) },
      "closesAt",
      "Thời điểm kết thúc phải sau thời điểm bắt đầu lấy ý kiến.",
    ],
    [
      "19 days for an opinion matter (Art 28)",
      { closesAt: day(20) },
      "closesAt",
      "Thời gian lấy ý kiến phải ít nhất 20 ngày kể từ ngày công bố (Điều 28 Luật Thực hiện dân chủ ở cơ sở).",
    ],
    [
      "online vote on a contribution (Art 17; Decree 59 Art 5)",
      { matter: "PUBLIC_WORKS_CONTRIBUTION", channels: ["ONLINE", "MEETING"] },
      "channels",
      undefined,
    ],
  ])(
    "bad input is refused with the field named, and nothing is written: %s",
    async (_label, overrides, field, message) => {
      const before = await t.db.consultation.count();
      const err = await as("OFFICIAL")
        .consultation.create(draft(overrides))
        .catch((e) => e);
      expect(err.code).toBe("BAD_REQUEST");
      const issue = err.cause.issues.find((i: { field: string }) => i.field === field);
      expect(issue).toBeDefined();
      if (message) {
        const { getTranslator } = await import("@/i18n/translate");
        expect(getTranslator("vi")(issue.key, issue.params)).toBe(message);
      }
      expect(await t.db.consultation.count()).toBe(before);
      expect(
        await t.db.auditEvent.count({
          where: { action: "consultation.created", data: { path: ["title"], equals: "   " } },
        }),
      ).toBe(0);
    },
  );

  test("a neighbourhood of another commune is 'unknown', and nothing is written", async () => {
    const foreignHood = await createNeighbourhood(t.db, (await createCommune(t.db)).id);
    const before = await t.db.consultation.count();
    const err = await as("OFFICIAL")
      .consultation.create(draft({ neighbourhoodIds: [foreignHood.id] }))
      .catch((e) => e);
    expect(err.code).toBe("BAD_REQUEST");
    expect(err.cause.issues).toEqual([{ field: "neighbourhoodIds", key: "plan.unknownNeighbourhood" }]);
    expect(await t.db.consultation.count()).toBe(before);
  });

  test("exactly 20 days from publication is accepted (Art 28)", async () => {
    await expect(as("OFFICIAL").consultation.create(draft({ closesAt: day(21) }))).resolves.toMatchObject({
      version: 1,
    });
  });

  test("an official tightens the outcome rule but cannot loosen it (Art 21 k1)", async () => {
    const base = { matter: "OTHER_SELF_MANAGEMENT", channels: ["MEETING"] };
    const { id } = await as("OFFICIAL").consultation.create(
      draft({ ...base, rule: { numerator: 3, denominator: 5, inclusive: true } }),
    );
    const c = await t.db.consultation.findUniqueOrThrow({ where: { id } });
    expect([c.ruleNumerator, c.ruleDenominator, c.ruleInclusive, c.ruleAggregation]).toEqual([
      3,
      5,
      true,
      "PER_NEIGHBOURHOOD",
    ]);
    const err = await as("OFFICIAL")
      .consultation.create(draft({ ...base, rule: { numerator: 1, denominator: 2, inclusive: true } }))
      .catch((e) => e);
    expect(err.cause.issues[0]).toMatchObject({ field: "rule", key: "plan.ruleLooser" });
  });

  test("a commune-wide contribution carries the two-thirds-of-neighbourhoods rule (Art 21 k1)", async () => {
    const { id } = await as("OFFICIAL").consultation.create(
      draft({ matter: "PUBLIC_WORKS_CONTRIBUTION", channels: ["MEETING"], neighbourhoodIds: hoods.map((h) => h.id) }),
    );
    const c = await t.db.consultation.findUniqueOrThrow({ where: { id } });
    expect([c.ruleAggregation, c.ruleUnitNumerator, c.ruleUnitDenominator, c.ruleUnitInclusive]).toEqual([
      "SHARE_OF_NEIGHBOURHOODS",
      2,
      3,
      true,
    ]);
  });

  test("edits need the current version; a stale one is refused and changes nothing", async () => {
    const { id } = await as("OFFICIAL").consultation.create(draft());
    await as("OFFICIAL").consultation.update({ ...draft({ title: "Tên mới" }), id, version: 1 });
    const err = await as("OFFICIAL")
      .consultation.update({ ...draft({ title: "Ghi đè" }), id, version: 1 })
      .catch((e) => e);
    expect(err.code).toBe("CONFLICT");
    expect((await t.db.consultation.findUniqueOrThrow({ where: { id } })).title).toBe("Tên mới");
  });

  test("another commune's official gets NOT_FOUND on read, edit and every transition; the row is unchanged", async () => {
    const { id } = await as("OFFICIAL").consultation.create(draft());
    const before = await t.db.consultation.findUniqueOrThrow({ where: { id } });
    const foreign = callerAt(t.db, staffSession(outsider), clock);
    await expect(foreign.consultation.get({ id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(foreign.consultation.update({ ...draft(), id, version: 1 })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(foreign.consultation.submit({ id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(foreign.consultation.cancel({ id, reason: "x" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await t.db.consultation.findUniqueOrThrow({ where: { id } })).toEqual(before);
  });
});

describe("each transition by each role", () => {
  // [procedure, starting status, roles allowed]
  const rows: [string, "DRAFT" | "SUBMITTED" | "PUBLISHED" | "OPEN", StaffRole[]][] = [
    ["submit", "DRAFT", ["OFFICIAL"]],
    ["withdraw", "SUBMITTED", ["OFFICIAL"]],
    ["approve", "SUBMITTED", ["LEADER"]],
    ["return", "SUBMITTED", ["LEADER"]],
    ["unpublish", "PUBLISHED", ["LEADER"]],
    ["open", "PUBLISHED", ["OFFICIAL"]],
    ["close", "OPEN", ["OFFICIAL"]],
    ["cancel", "DRAFT", ["OFFICIAL", "LEADER"]],
    ["cancel", "OPEN", ["LEADER"]],
  ];
  test.each(
    rows.flatMap(([action, from, allowed]) =>
      STAFF_ROLES.map((role) => [action, from, role, allowed.includes(role)] as const),
    ),
  )("%s from %s by %s → allowed: %s", async (action, from, role, allowed) => {
    const { id } = await as("OFFICIAL").consultation.create(draft());
    // Put it in the starting state directly; the day is far enough on for manual closing (Art 28).
    await t.db.consultation.update({
      where: { id },
      data: { status: from, publishedAt: from === "OPEN" || from === "PUBLISHED" ? day(1) : null },
    });
    clock.now = day(25);
    await t.db.consultation.update({ where: { id }, data: { opensAt: day(26), closesAt: day(60) } });
    const call = (as(role).consultation as unknown as Record<string, (i: unknown) => Promise<unknown>>)[action];
    const result = call({ id, reason: "Theo chỉ đạo của UBND" });
    if (allowed) await expect(result).resolves.toMatchObject({ id });
    else await expect(result).rejects.toMatchObject({ code: "FORBIDDEN" });
    const after = await t.db.consultation.findUniqueOrThrow({ where: { id } });
    if (!allowed) expect(after.status).toBe(from);
  });

  test("a transition from the wrong state says which state it is in", async () => {
    const { id } = await as("OFFICIAL").consultation.create(draft());
    const err = await as("LEADER")
      .consultation.approve({ id })
      .catch((e) => e);
    expect(err.code).toBe("PRECONDITION_FAILED");
    expect(err.cause.params).toEqual({ action: "@lifecycleAction.approve", status: "@status.DRAFT" });
  });

  test("a return, a manual opening or closing and a cancellation need a reason", async () => {
    const { id } = await as("OFFICIAL").consultation.create(draft());
    await as("OFFICIAL").consultation.submit({ id });
    const err = await as("LEADER")
      .consultation.return({ id, reason: "  " })
      .catch((e) => e);
    expect(err.code).toBe("BAD_REQUEST");
    expect(err.cause.issues).toEqual([{ field: "reason", key: "plan.reasonRequired" }]);
  });
});

describe("the whole life, with the roll and the audit trail", () => {
  test("submit → approve → open by hand (roll frozen) → amend → close, each audited", async () => {
    const { id } = await as("OFFICIAL").consultation.create(draft({ opensAt: day(3), closesAt: day(30) }));
    await as("OFFICIAL").consultation.submit({ id });
    await as("LEADER").consultation.approve({ id });
    let c = await t.db.consultation.findUniqueOrThrow({ where: { id } });
    expect(c.status).toBe("PUBLISHED");
    expect(c.publishedAt).toEqual(day(1)); // the planned publication date, being later than now
    expect(c.approvedById).toBe(staff.LEADER.id);

    // Not before publication, even by hand.
    const tooEarly = await as("OFFICIAL")
      .consultation.open({ id, reason: "Mở sớm" })
      .catch((e) => e);
    expect(tooEarly).toMatchObject({ code: "PRECONDITION_FAILED", cause: { key: "notYetPublished" } });
    clock.now = day(2);
    await as("OFFICIAL").consultation.open({ id, reason: "Mở sớm một ngày theo đề nghị của thôn" });
    const roll = await t.db.rollEntry.findMany({ where: { consultationId: id }, orderBy: { householdCode: "asc" } });
    // Active households of the area only: not the inactive one, not the other neighbourhood's.
    expect(roll.map((r) => r.householdCode)).toEqual(["XD0", "XD1", "XD2", "XD3", "XD4", "XD5"]);

    // Amendments after opening: with a reason, audited; removed entries stay with the reason.
    await createHousehold(t.db, hoods[0], { code: "XD-NEW" });
    await as("OFFICIAL").roll.add({ consultationId: id, householdCode: "xd-new", reason: "Hộ mới tách hộ ngày 02/12" });
    await as("OFFICIAL").roll.remove({ consultationId: id, householdCode: "XD5", reason: "Hộ chuyển đi nơi khác" });
    await expect(
      as("OFFICIAL").roll.add({ consultationId: id, householdCode: "AP0", reason: "Ngoài khu vực" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      as("OFFICIAL").roll.add({ consultationId: id, householdCode: "XD0", reason: "Đã có" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      as("OFFICIAL").roll.add({ consultationId: id, householdCode: "XD1", reason: "" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const page = await as("OVERSIGHT").roll.list({ consultationId: id });
    expect(page.total).toBe(7);
    expect(page.entries.find((e) => e.householdCode === "XD5")).toMatchObject({
      removedReason: "Hộ chuyển đi nơi khác",
    });
    expect((await as("OFFICIAL").consultation.get({ id })).rollSize).toBe(6);

    // Closing by hand before 20 days from publication would cut the legal period (Art 28).
    clock.now = day(15);
    const early = await as("OFFICIAL")
      .consultation.close({ id, reason: "Đủ ý kiến" })
      .catch((e) => e);
    expect(early.code).toBe("BAD_REQUEST");
    expect(early.cause.issues[0].key).toBe("plan.minOpinionPeriod");
    clock.now = day(21);
    await as("OFFICIAL").consultation.close({ id, reason: "Đã đủ thời gian" });
    c = await t.db.consultation.findUniqueOrThrow({ where: { id } });
    expect(c.status).toBe("CLOSED");
    expect(c.closedAt).toEqual(day(21));
    // Closed is final: nothing more.
    await expect(as("LEADER").consultation.cancel({ id, reason: "x" })).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
    });
    await expect(
      as("OFFICIAL").roll.add({ consultationId: id, householdCode: "XD5", reason: "x" }),
    ).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });

    expect(await auditActions(id)).toEqual([
      "consultation.created",
      "consultation.statusChanged→SUBMITTED",
      "consultation.statusChanged→PUBLISHED",
      "consultation.statusChanged→OPEN",
      "roll.frozen",
      "roll.amended",
      "roll.amended",
      "consultation.statusChanged→CLOSED",
    ]);
  });

  test("an incomplete draft cannot be submitted; the issues name the fields", async () => {
    const { id } = await as("OFFICIAL").consultation.create(draft({ questions: [], summary: "", closesAt: null }));
    const err = await as("OFFICIAL")
      .consultation.submit({ id })
      .catch((e) => e);
    expect(err.code).toBe("BAD_REQUEST");
    expect(err.cause.issues.map((i: { field: string }) => i.field).sort()).toEqual([
      "closesAt",
      "questions",
      "summary",
    ]);
    expect((await t.db.consultation.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
  });

  test("approval too late to leave 20 days before closing is refused (Art 28)", async () => {
    const { id } = await as("OFFICIAL").consultation.create(draft());
    await as("OFFICIAL").consultation.submit({ id });
    clock.now = day(3); // publication would be day 3, closing is day 21: 18 days
    const err = await as("LEADER")
      .consultation.approve({ id })
      .catch((e) => e);
    expect(err.cause.issues).toEqual([expect.objectContaining({ field: "closesAt", key: "plan.minOpinionPeriod" })]);
    expect((await t.db.consultation.findUniqueOrThrow({ where: { id } })).status).toBe("SUBMITTED");
  });
});

describe("approval after the planned dates", () => {
  test("publication is the approval time and a planned opening before it moves to it", async () => {
    const { id } = await as("OFFICIAL").consultation.create(draft({ closesAt: day(40) }));
    await as("OFFICIAL").consultation.submit({ id });
    clock.now = day(3);
    await as("LEADER").consultation.approve({ id });
    const c = await t.db.consultation.findUniqueOrThrow({ where: { id } });
    expect([c.publishedAt, c.opensAt]).toEqual([day(3), day(3)]);
  });
});

describe("the clock opens and closes consultations, with no scheduler", () => {
  test("reading after the opening time opens it and freezes the roll; after the closing time it is closed", async () => {
    const { id } = await as("OFFICIAL").consultation.create(draft());
    await as("OFFICIAL").consultation.submit({ id });
    await as("LEADER").consultation.approve({ id });

    clock.now = new Date(day(1).getTime() + 60_000);
    const list = await as("OVERSIGHT").consultation.list({});
    expect(list.find((c) => c.id === id)?.status).toBe("OPEN");
    let c = await t.db.consultation.findUniqueOrThrow({ where: { id } });
    expect(c.openedAt).toEqual(day(1)); // the scheduled time, not when someone looked
    const active = await t.db.household.count({ where: { neighbourhoodId: hoods[0].id, active: true } });
    expect(await t.db.rollEntry.count({ where: { consultationId: id } })).toBe(active);

    clock.now = day(30);
    expect((await as("OVERSIGHT").consultation.get({ id })).status).toBe("CLOSED");
    c = await t.db.consultation.findUniqueOrThrow({ where: { id } });
    expect(c.closedAt).toEqual(day(21));
    const events = await t.db.auditEvent.findMany({
      where: { entityId: id, action: "consultation.statusChanged" },
      orderBy: { seq: "asc" },
    });
    expect(events.slice(-2).map((e) => [e.actorType, (e.data as { to: string }).to])).toEqual([
      ["SYSTEM", "OPEN"],
      ["SYSTEM", "CLOSED"],
    ]);
  });

  test("a consultation whose whole period passed unseen is opened (roll frozen) and closed in one read", async () => {
    const { id } = await as("OFFICIAL").consultation.create(draft());
    await as("OFFICIAL").consultation.submit({ id });
    await as("LEADER").consultation.approve({ id });
    clock.now = day(40);
    await as("LEADER").consultation.countByStatus();
    const c = await t.db.consultation.findUniqueOrThrow({ where: { id } });
    expect(c.status).toBe("CLOSED");
    expect(await t.db.rollEntry.count({ where: { consultationId: id } })).toBeGreaterThan(0);
  });
});

describe("a wrong publication date does not trap anyone", () => {
  test("before opening, the leader takes the approval back with a reason; the official corrects and it is approved again", async () => {
    const { id } = await as("OFFICIAL").consultation.create(
      draft({ publishAt: day(10), opensAt: day(10), closesAt: day(40) }),
    );
    await as("OFFICIAL").consultation.submit({ id });
    await as("LEADER").consultation.approve({ id });
    const published = await as("OFFICIAL").consultation.get({ id });
    // Opening is offered to the official but not possible until the publication: the page says when.
    expect(published.actions).toContain("open");
    expect(published.actionsNotBefore).toEqual({ open: day(10).toISOString() });

    const noReason = await as("LEADER")
      .consultation.unpublish({ id, reason: " " })
      .catch((e) => e);
    expect(noReason.cause.issues).toEqual([{ field: "reason", key: "plan.reasonRequired" }]);
    expect((await t.db.consultation.findUniqueOrThrow({ where: { id } })).status).toBe("PUBLISHED");

    await as("LEADER").consultation.unpublish({ id, reason: "Ngày công bố ghi nhầm" });
    const back = await t.db.consultation.findUniqueOrThrow({ where: { id } });
    expect([back.status, back.approvedAt, back.approvedById, back.publishedAt]).toEqual(["DRAFT", null, null, null]);
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: id }, orderBy: { seq: "desc" } });
    expect(event.data).toMatchObject({
      action: "unpublish",
      from: "PUBLISHED",
      to: "DRAFT",
      reason: "Ngày công bố ghi nhầm",
    });

    await as("OFFICIAL").consultation.update({
      id,
      version: back.version,
      ...draft({ publishAt: day(1), opensAt: day(1), closesAt: day(40) }),
    });
    await as("OFFICIAL").consultation.submit({ id });
    await as("LEADER").consultation.approve({ id });
    const again = await t.db.consultation.findUniqueOrThrow({ where: { id } });
    expect([again.status, again.publishedAt]).toEqual(["PUBLISHED", day(1)]);
  });

  test("once open, the approval cannot be taken back", async () => {
    const { id } = await as("OFFICIAL").consultation.create(draft());
    await t.db.consultation.update({ where: { id }, data: { status: "OPEN", publishedAt: day(1) } });
    const err = await as("LEADER")
      .consultation.unpublish({ id, reason: "Muộn rồi" })
      .catch((e) => e);
    expect(err.code).toBe("PRECONDITION_FAILED");
    expect((await t.db.consultation.findUniqueOrThrow({ where: { id } })).status).toBe("OPEN");
  });
});

describe("publishing now instead of on the approved date (Art 28 k2)", () => {
  async function approvedAhead(overrides: Record<string, unknown> = {}) {
    const { id } = await as("OFFICIAL").consultation.create(
      draft({ publishAt: day(5), opensAt: day(5), closesAt: day(30), ...overrides }),
    );
    await as("OFFICIAL").consultation.submit({ id });
    await as("LEADER").consultation.approve({ id });
    return id;
  }

  test("a leader publishes now: published from now, the opening and closing stay, audited once", async () => {
    const id = await approvedAhead();
    const shown = await as("LEADER").consultation.get({ id });
    expect(shown.actions).toEqual(["unpublish", "publishNow", "cancel"]);
    expect(shown.actionsRefused).toEqual({});

    clock.now = new Date(start.getTime() + 3_600_000);
    await expect(as("LEADER").consultation.publishNow({ id })).resolves.toEqual({ id, status: "PUBLISHED" });
    const c = await t.db.consultation.findUniqueOrThrow({ where: { id } });
    expect([c.status, c.publishAt, c.publishedAt, c.opensAt, c.closesAt]).toEqual([
      "PUBLISHED",
      day(5),
      clock.now,
      day(5),
      day(30),
    ]);
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: id }, orderBy: { seq: "desc" } });
    expect(event.action).toBe("consultation.statusChanged");
    expect(event.data).toEqual({
      from: "PUBLISHED",
      to: "PUBLISHED",
      action: "publishNow",
      approvedPublishedAt: day(5).toISOString(),
    });

    // Published now: the button is gone, and a second request changes nothing.
    expect((await as("LEADER").consultation.get({ id })).actions).not.toContain("publishNow");
    const again = await as("LEADER")
      .consultation.publishNow({ id })
      .catch((e) => e);
    expect([again.code, again.cause.key]).toEqual(["PRECONDITION_FAILED", "alreadyPublished"]);
    expect(
      await t.db.auditEvent.count({ where: { entityId: id, data: { path: ["action"], equals: "publishNow" } } }),
    ).toBe(1);
  });

  test("an official, oversight and another commune cannot; the row is unchanged", async () => {
    const id = await approvedAhead();
    const before = await t.db.consultation.findUniqueOrThrow({ where: { id } });
    expect((await as("OFFICIAL").consultation.get({ id })).actions).not.toContain("publishNow");
    await expect(as("OFFICIAL").consultation.publishNow({ id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(as("OVERSIGHT").consultation.publishNow({ id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const foreign = callerAt(t.db, staffSession(outsider), clock);
    await expect(foreign.consultation.publishNow({ id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await t.db.consultation.findUniqueOrThrow({ where: { id } })).toEqual(before);
  });

  test("a leader of another commune gets NOT_FOUND", async () => {
    const id = await approvedAhead();
    const other = await createCommune(t.db, "Hành Phước");
    const leader = await createStaff(t.db, other.id, "LEADER");
    const foreign = callerAt(t.db, staffSession(leader), clock);
    await expect(foreign.consultation.publishNow({ id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  test("when fewer than 20 days would remain it shows disabled with why, and is refused", async () => {
    const id = await approvedAhead();
    // A schedule the rule no longer accepts (closing moved in by hand): 19 days from now.
    await t.db.consultation.update({ where: { id }, data: { closesAt: day(19) } });
    const before = await t.db.consultation.findUniqueOrThrow({ where: { id } });
    const shown = await as("LEADER").consultation.get({ id });
    expect(shown.actions).toContain("publishNow");
    expect(shown.actionsRefused).toEqual({
      publishNow: [{ field: "closesAt", key: "plan.minOpinionPeriod", params: { days: 20 } }],
    });
    const err = await as("LEADER")
      .consultation.publishNow({ id })
      .catch((e) => e);
    expect(err.code).toBe("BAD_REQUEST");
    expect(err.cause.issues).toEqual([expect.objectContaining({ field: "closesAt", key: "plan.minOpinionPeriod" })]);
    expect(await t.db.consultation.findUniqueOrThrow({ where: { id } })).toEqual(before);
  });
});

describe("the warning at submission (Art 28 k2)", () => {
  test.each([
    ["planned at exactly 20 days: approval after the publication breaks it", day(1), day(21), day(1)],
    ["planned with a week to spare: no warning", day(1), day(28), null],
  ])("%s", async (_label, publishAt, closesAt, latestApproval) => {
    const { id } = await as("OFFICIAL").consultation.create(draft({ publishAt, opensAt: publishAt, closesAt }));
    const c = await as("OFFICIAL").consultation.get({ id });
    expect(c.submitWarning).toEqual(
      latestApproval
        ? { latestApproval: latestApproval.toISOString(), rule: "opinionPeriod", days: 20, passed: false }
        : null,
    );
    // Only the one who submits is warned.
    expect((await as("LEADER").consultation.get({ id })).submitWarning).toBeNull();
  });
});
