// Decision records (docs/LAW.md#r18, #r19, #l12, #l13, #r21; Decree 30/2020 Art 8, 13):
// officials draft, leaders finalise with a gapless yearly number, a finalised record never changes
// (refusals audited, a database trigger behind them), corrections reference what they amend, anyone
// verifies a copy, and tampering directly in SQL is caught and named.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { DAY_MS } from "@/domain/consultation-plan";
import type { RecordDoc } from "@/domain/record-content";
import { verifyAuditChain, verifyRecords } from "@/server/audit/verify";
import { sha256 } from "@/server/records/mutations";
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

/** A closed contribution vote in two neighbourhoods, with one opinion, and the staff who handle it. */
async function scenario(db: PrismaClient) {
  const commune = await createCommune(db);
  const east = await createNeighbourhood(db, commune.id, "Thôn Đông");
  const west = await createNeighbourhood(db, commune.id, "Thôn Tây");
  const official = await createStaff(db, commune.id, "OFFICIAL");
  const chairman = await db.staffUser.update({
    where: { id: (await createStaff(db, commune.id, "LEADER")).id },
    data: { fullName: "Nguyễn Văn Chủ", title: "Chủ tịch UBND" },
  });
  const vice = await db.staffUser.update({
    where: { id: (await createStaff(db, commune.id, "LEADER")).id },
    data: { fullName: "Trần Thị Phó", title: "Phó Chủ tịch UBND" },
  });
  const oversight = await createStaff(db, commune.id, "OVERSIGHT");
  const as = (s: { id: string; communeId: string | null }) => callerAt(db, staffSession(s), clock);
  const c = await db.consultation.create({
    data: {
      communeId: commune.id,
      title: "Lấy ý kiến về đóng góp làm đường bê tông",
      summary: "",
      matter: "PUBLIC_WORKS_CONTRIBUTION",
      mode: "DECISION",
      status: "OPEN",
      channels: ["PAPER_BALLOT", "MEETING"],
      ruleNumerator: 2,
      ruleDenominator: 3,
      ruleInclusive: true,
      ruleAggregation: "PER_NEIGHBOURHOOD",
      publishedAt: new Date(clock.now.getTime() - 30 * DAY_MS),
      opensAt: new Date(clock.now.getTime() - 30 * DAY_MS),
      closesAt: new Date(clock.now.getTime() + DAY_MS),
      areas: { create: [east, west].map((h) => ({ neighbourhoodId: h.id, neighbourhoodName: h.name })) },
      questions: {
        create: [
          {
            position: 0,
            kind: "APPROVAL",
            text: "Đồng ý đóng góp?",
            options: {
              create: [
                ["AGREE", "Đồng ý"],
                ["DISAGREE", "Không đồng ý"],
                ["OTHER", "Ý kiến khác"],
              ].map(([key, label], position) => ({ key, label, position })),
            },
          },
        ],
      },
    },
    include: { questions: { include: { options: { orderBy: { position: "asc" } } } } },
  });
  const [agree, disagree] = c.questions[0].options;
  const households = [
    await createHousehold(db, east),
    await createHousehold(db, east),
    await createHousehold(db, east),
    await createHousehold(db, west),
    await createHousehold(db, west),
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
  for (const [i, h] of households.entries()) {
    const option = i < 2 || i === 3 ? agree : disagree;
    await db.response.create({
      data: {
        consultationId: c.id,
        householdId: h.id,
        neighbourhoodId: h.neighbourhoodId,
        effectiveHouseholdId: h.id,
        channel: "PAPER_BALLOT",
        receiptCode: `R-${h.code}`,
        answers: {
          create: [
            {
              questionId: c.questions[0].id,
              comment: i === 0 ? "Làm sớm trước mùa mưa" : null,
              choices: { create: [{ optionId: option.id }] },
            },
          ],
        },
      },
    });
  }
  await db.ballotRound.create({
    data: {
      consultationId: c.id,
      neighbourhoodId: east.id,
      team: ["Tổ trưởng A", "Thành viên B", "Thành viên C"],
      witnesses: ["Hộ D", "Hộ E"],
      announcedAt: clock.now,
      deliveredFrom: clock.now,
      collectBy: clock.now,
      ballotsIssued: 3,
      ballotsReturned: 3,
      ballotsValid: 3,
      ballotsInvalid: 0,
    },
  });
  await as(official).consultation.close({ id: c.id, reason: "Đủ thời gian" });
  return { commune, east, west, official, chairman, vice, oversight, as, c };
}

let s: Awaited<ReturnType<typeof scenario>>;
const auditOf = (action: string, entityId: string) => t.db.auditEvent.count({ where: { action, entityId } });

/** The one opinion grouped, answered and approved, so the summary report may be finalised. */
async function answerAll(sc: typeof s) {
  const opinions = await sc.as(sc.official).theme.opinions({ consultationId: sc.c.id });
  const theme = await sc
    .as(sc.official)
    .theme.create({ consultationId: sc.c.id, title: "Tiến độ thi công", answerIds: opinions.items.map((o) => o.id) });
  await sc
    .as(sc.official)
    .theme.respond({ themeId: theme.id, kind: "TAKEN_UP", text: "Khởi công tháng 3, xong trước mùa mưa." });
  await sc.as(sc.chairman).theme.approve({ consultationId: sc.c.id, themeIds: [theme.id] });
}

beforeAll(async () => {
  t = await createTestDb();
  s = await scenario(t.db);
});
afterAll(() => t.close());

describe("drafting and finalising", () => {
  test("nothing is drafted before the consultation closes", async () => {
    const open = await t.db.consultation.create({
      data: {
        communeId: s.commune.id,
        title: "Đang mở",
        summary: "",
        matter: "PROJECT_INVESTMENT_POLICY",
        mode: "OPINION",
        status: "OPEN",
        channels: ["ONLINE"],
      },
    });
    const err = await s
      .as(s.official)
      .record.createDraft({ consultationId: open.id, kind: "SUMMARY_REPORT" })
      .catch((e) => e);
    expect(err.code).toBe("PRECONDITION_FAILED");
    expect(err.cause.key).toBe("recordsNotYet");
  });

  test("roles: officials draft, leaders finalise, oversight reads; nobody else", async () => {
    await expect(
      s.as(s.chairman).record.createDraft({ consultationId: s.c.id, kind: "SUMMARY_REPORT" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      s.as(s.oversight).record.createDraft({ consultationId: s.c.id, kind: "SUMMARY_REPORT" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const draft = await s.as(s.official).record.createDraft({ consultationId: s.c.id, kind: "RESULTS_NOTICE" });
    await expect(s.as(s.official).record.finalise({ id: draft.id, version: 1 })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(s.as(s.oversight).record.finalise({ id: draft.id, version: 1 })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await s.as(s.oversight).record.get({ id: draft.id })).finalisedAt).toBeNull();
    const outsider = await createStaff(t.db, (await createCommune(t.db)).id, "LEADER");
    await expect(callerAt(t.db, staffSession(outsider), clock).record.get({ id: draft.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      callerAt(t.db, staffSession(outsider), clock).record.finalise({ id: draft.id, version: 1 }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await s.as(s.official).record.deleteDraft({ id: draft.id });
  });

  test("the summary report: draft without a number, refused until every opinion is answered, then finalised by the vice chairman (KT. CHỦ TỊCH)", async () => {
    const draft = await s.as(s.official).record.createDraft({ consultationId: s.c.id, kind: "SUMMARY_REPORT" });
    let r = await s.as(s.official).record.get({ id: draft.id });
    expect(r.content.numberLine).toBe("Số:      /BC-UBND");
    expect(r.recipients).toEqual([
      `Thường trực HĐND xã ${s.commune.name}`,
      `Ban Thường trực UBMTTQ Việt Nam xã ${s.commune.name}`,
    ]);
    const saved = await s.as(s.official).record.updateDraft({
      id: draft.id,
      version: r.version,
      notes: "Đề nghị HĐND bố trí vốn đối ứng.",
      recipients: ["Thường trực HĐND xã", "UBMTTQ xã"],
    });
    r = await s.as(s.official).record.get({ id: draft.id });
    expect(r.version).toBe(saved.version);
    expect(JSON.stringify(r.content)).toContain("Đề nghị HĐND bố trí vốn đối ứng.");
    await expect(s.as(s.official).record.updateDraft({ id: draft.id, version: 1, notes: "cũ" })).rejects.toMatchObject({
      code: "CONFLICT",
    });

    const early = await s
      .as(s.vice)
      .record.finalise({ id: draft.id, version: r.version })
      .catch((e) => e);
    expect(early.cause.key).toBe("reportNotReady");
    expect((await t.db.decisionRecord.findUniqueOrThrow({ where: { id: draft.id } })).number).toBeNull();

    await answerAll(s);
    const done = await s.as(s.vice).record.finalise({ id: draft.id, version: r.version });
    expect(done).toMatchObject({ year: 2026, number: 1, numberLabel: "01/BC-UBND" });
    const stored = await t.db.decisionRecord.findUniqueOrThrow({ where: { id: draft.id } });
    expect(stored.sha256).toBe(sha256(stored.pdf!));
    expect(stored.sha256).toBe(done.sha256);
    const doc = stored.content as unknown as RecordDoc;
    expect(doc.numberLine).toBe("Số: 01/BC-UBND");
    expect(doc.placeDate).toContain("ngày 10 tháng 12 năm 2026");
    expect(doc.signers).toEqual([{ authority: "KT. CHỦ TỊCH", title: "PHÓ CHỦ TỊCH", name: "Trần Thị Phó" }]);
    expect(JSON.stringify(doc)).toContain(
      "Tiến độ thi công (1 ý kiến). Tiếp thu: Khởi công tháng 3, xong trước mùa mưa.",
    );
    // Closed → recorded once the summary report is final (awaitsSummaryReport).
    expect((await t.db.consultation.findUniqueOrThrow({ where: { id: s.c.id } })).status).toBe("RECORDED");
    expect(await auditOf("record.finalised", draft.id)).toBe(1);
  });

  test("a finalised record cannot be edited, deleted or finalised again; each attempt is refused and audited; the database refuses too", async () => {
    const r = await t.db.decisionRecord.findFirstOrThrow({
      where: { consultationId: s.c.id, kind: "SUMMARY_REPORT", number: 1 },
    });
    const before = JSON.stringify(r);
    for (const attempt of [
      () => s.as(s.official).record.updateDraft({ id: r.id, version: r.version, notes: "sửa lén" }),
      () => s.as(s.official).record.deleteDraft({ id: r.id }),
      () => s.as(s.chairman).record.finalise({ id: r.id, version: r.version }),
    ]) {
      const err = await attempt().catch((e) => e);
      expect(err.code).toBe("CONFLICT");
      expect(err.cause.key).toBe("recordFinalised");
    }
    expect(await auditOf("record.changeRefused", r.id)).toBe(3);
    await expect(t.db.decisionRecord.update({ where: { id: r.id }, data: { notes: "sửa trực tiếp" } })).rejects.toThrow(
      /finalised/,
    );
    await expect(t.db.decisionRecord.delete({ where: { id: r.id } })).rejects.toThrow(/finalised/);
    expect(JSON.stringify(await t.db.decisionRecord.findUniqueOrThrow({ where: { id: r.id } }))).toBe(before);
  });

  test("a correction is a new record referencing the one it amends, with the next number", async () => {
    const original = await t.db.decisionRecord.findFirstOrThrow({
      where: { consultationId: s.c.id, kind: "SUMMARY_REPORT", number: 1 },
    });
    const draft = await s
      .as(s.official)
      .record.createDraft({ consultationId: s.c.id, kind: "SUMMARY_REPORT", amendsId: original.id });
    const done = await s.as(s.chairman).record.finalise({ id: draft.id, version: 1 });
    expect(done.numberLabel).toBe("02/BC-UBND");
    const amended = await s.as(s.oversight).record.get({ id: draft.id });
    expect(amended.amends).toMatchObject({ id: original.id, numberLabel: "01/BC-UBND" });
    expect(JSON.stringify(amended.content)).toContain(
      "Văn bản này đính chính, thay thế Báo cáo số 01/BC-UBND ngày 10/12/2026.",
    );
    expect(amended.content.signers).toEqual([
      { authority: "TM. ỦY BAN NHÂN DÂN", title: "CHỦ TỊCH", name: "Nguyễn Văn Chủ" },
    ]);
    const list = await s.as(s.official).record.list({ consultationId: s.c.id });
    expect(list.find((x) => x.id === original.id)?.amendedById).toBe(draft.id);
    // Only a finalised record can be amended.
    const other = await s.as(s.official).record.createDraft({ consultationId: s.c.id, kind: "RESULTS_NOTICE" });
    const err = await s
      .as(s.official)
      .record.createDraft({ consultationId: s.c.id, kind: "RESULTS_NOTICE", amendsId: other.id })
      .catch((e) => e);
    expect(err.cause.key).toBe("amendDraft");
    await s.as(s.official).record.deleteDraft({ id: other.id });
  });

  test("neighbourhood records: the count record carries the ballot round; numbers are a series of their own", async () => {
    const draft = await s
      .as(s.official)
      .record.createDraft({ consultationId: s.c.id, kind: "COUNT_RECORD", neighbourhoodId: s.east.id });
    const done = await s.as(s.chairman).record.finalise({ id: draft.id, version: 1 });
    expect(done.numberLabel).toBe("01/BB");
    const doc = (await s.as(s.official).record.get({ id: draft.id })).content;
    expect(doc.issuer[1]).toBe("THÔN ĐÔNG");
    expect(doc.numberLine).toBeNull();
    expect(JSON.stringify(doc)).toContain("Tổ kiểm phiếu gồm: Tổ trưởng A, Thành viên B, Thành viên C.");
    expect(JSON.stringify(doc)).toContain("Kết quả: Được thông qua.");
    const missing = await s
      .as(s.official)
      .record.createDraft({ consultationId: s.c.id, kind: "COUNT_RECORD" })
      .catch((e) => e);
    expect(missing.cause.issues).toEqual([{ field: "neighbourhoodId", key: "records.errors.neighbourhoodRequired" }]);
  });

  test("Art 21 k1: decided per neighbourhood (Đông adopted, Tây not), the report and the notice say how many neighbourhoods adopted, never one verdict", async () => {
    for (const kind of ["SUMMARY_REPORT", "RESULTS_NOTICE"] as const) {
      const draft = await s.as(s.official).record.createDraft({ consultationId: s.c.id, kind });
      const text = JSON.stringify((await s.as(s.official).record.get({ id: draft.id })).content);
      expect(text).toContain("Kết quả: 1/2 thôn, tổ dân phố thông qua.");
      expect(text).not.toContain("Kết quả: Không được thông qua");
      // Each neighbourhood's own outcome stays in the table.
      expect(text).toContain('["Thôn Đông","3","3","100%","Được thông qua"]');
      expect(text).toContain('["Thôn Tây","2","2","100%","Không được thông qua"]');
      await s.as(s.official).record.deleteDraft({ id: draft.id });
    }
  });

  test("numbering restarts on 1 January (Vietnam time)", async () => {
    const draft = await s.as(s.official).record.createDraft({ consultationId: s.c.id, kind: "RESULTS_NOTICE" });
    const newYear = { now: new Date("2027-01-01T00:30:00+07:00") };
    const done = await callerAt(t.db, staffSession(s.chairman), newYear).record.finalise({ id: draft.id, version: 1 });
    expect(done).toMatchObject({ year: 2027, number: 1, numberLabel: "01/TB-UBND" });
  });

  test("concurrent finalisations never share or skip a number", async () => {
    const drafts = [];
    for (let i = 0; i < 8; i++)
      drafts.push(await s.as(s.official).record.createDraft({ consultationId: s.c.id, kind: "RESULTS_NOTICE" }));
    const results = await Promise.all(
      drafts.map((d, i) => s.as(i % 2 ? s.vice : s.chairman).record.finalise({ id: d.id, version: 1 })),
    );
    expect(results.map((r) => r.number).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const counter = await t.db.recordCounter.findUniqueOrThrow({
      where: { communeId_year_docType: { communeId: s.commune.id, year: 2026, docType: "TB" } },
    });
    expect(counter.lastNumber).toBe(8);
    // Two leaders finalising the same draft at once: one number, one refusal.
    const d = await s.as(s.official).record.createDraft({ consultationId: s.c.id, kind: "RESULTS_NOTICE" });
    const race = await Promise.allSettled([
      s.as(s.chairman).record.finalise({ id: d.id, version: 1 }),
      s.as(s.vice).record.finalise({ id: d.id, version: 1 }),
    ]);
    expect(race.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(
      (
        await t.db.recordCounter.findUniqueOrThrow({
          where: { communeId_year_docType: { communeId: s.commune.id, year: 2026, docType: "TB" } },
        })
      ).lastNumber,
    ).toBe(9);
  });
});

describe("verification and tampering", () => {
  test("anyone verifies a copy by digest or by file; an unknown digest is 'no such record'; a malformed one is refused", async () => {
    const r = await t.db.decisionRecord.findFirstOrThrow({
      where: { consultationId: s.c.id, kind: "SUMMARY_REPORT", number: 1 },
    });
    const anonymous = callerAt(t.db, null, clock);
    const found = await anonymous.record.verify({ sha256: r.sha256!.toUpperCase() });
    expect(found).toMatchObject({
      found: true,
      intact: true,
      kind: "SUMMARY_REPORT",
      numberLabel: "01/BC-UBND",
      year: 2026,
      finalisedBy: { name: "Trần Thị Phó", title: "Phó Chủ tịch UBND" },
    });
    expect(found.found && found.amendedBy.map((a) => a.numberLabel)).toEqual(["02/BC-UBND"]);
    const form = new FormData();
    form.set("file", new File([new Uint8Array(r.pdf!)], "bao-cao.pdf", { type: "application/pdf" }));
    expect(await anonymous.record.verifyFile(form)).toMatchObject({ found: true, numberLabel: "01/BC-UBND" });
    expect(await anonymous.record.verify({ sha256: "a".repeat(64) })).toEqual({
      found: false,
      sha256: "a".repeat(64),
      number: null,
    });
    const bad = await anonymous.record.verify({ sha256: "không-phải-mã" }).catch((e) => e);
    expect(bad.code).toBe("BAD_REQUEST");
    expect(bad.cause.issues).toEqual([{ field: "sha256", key: "records.errors.badDigest" }]);
  });

  test("one byte changed in a stored PDF, in stored content, or in an audit row: the checks fail and name it", async () => {
    const sc = await scenario(t.db);
    await answerAll(sc);
    const draft = await sc.as(sc.official).record.createDraft({ consultationId: sc.c.id, kind: "SUMMARY_REPORT" });
    await sc.as(sc.chairman).record.finalise({ id: draft.id, version: 1 });
    expect(await verifyRecords(t.db, sc.commune.id)).toEqual({ records: 1, problems: [] });
    expect((await verifyAuditChain(t.db, sc.commune.id)).broken).toBeNull();

    const forced = (sql: string) =>
      t.db.$transaction([
        t.db.$executeRawUnsafe(`ALTER TABLE "DecisionRecord" DISABLE TRIGGER "DecisionRecord_finalised_immutable"`),
        t.db.$executeRawUnsafe(sql),
        t.db.$executeRawUnsafe(`ALTER TABLE "DecisionRecord" ENABLE TRIGGER "DecisionRecord_finalised_immutable"`),
      ]);
    const stored = await t.db.decisionRecord.findUniqueOrThrow({ where: { id: draft.id } });
    const bytes = new Uint8Array(stored.pdf!);
    const at = bytes.length - 100;
    bytes[at] = bytes[at] ^ 0x01;
    await forced(
      `UPDATE "DecisionRecord" SET pdf = decode('${Buffer.from(bytes).toString("hex")}', 'hex') WHERE id = '${draft.id}'`,
    );
    expect((await verifyRecords(t.db, sc.commune.id)).problems).toEqual([
      { recordId: draft.id, title: stored.title, number: 1, year: 2026, docType: "BC", problem: "pdfDigest" },
    ]);
    expect(await callerAt(t.db, null, clock).record.verify({ sha256: stored.sha256! })).toMatchObject({
      found: true,
      intact: false,
    });

    await forced(
      `UPDATE "DecisionRecord" SET pdf = decode('${Buffer.from(stored.pdf!).toString("hex")}', 'hex'), content = jsonb_set(content::jsonb, '{placeDate}', '"Hà Nội, ngày 01 tháng 01 năm 2020"') WHERE id = '${draft.id}'`,
    );
    expect((await verifyRecords(t.db, sc.commune.id)).problems.map((p) => p.problem)).toEqual(["contentDigest"]);

    const event = await t.db.auditEvent.findFirstOrThrow({
      where: { communeId: sc.commune.id, action: "record.finalised" },
    });
    await t.db.$transaction([
      t.db.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"`),
      t.db.$executeRawUnsafe(`UPDATE "AuditEvent" SET "actorLabel" = 'Người khác' WHERE id = '${event.id}'`),
      t.db.$executeRawUnsafe(`ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only"`),
    ]);
    expect((await verifyAuditChain(t.db, sc.commune.id)).broken).toMatchObject({
      seq: event.seq,
      action: "record.finalised",
      problem: "hash",
    });
  });
});
