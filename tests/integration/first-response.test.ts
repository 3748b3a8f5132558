// A household's first online response goes through one SQL statement (src/server/responses/
// first-response.ts). It must store exactly what the general path would, chain its audit event, and
// never let a response in after the closing freezes the tally (Law 2022 on grassroots democracy,
// Art 28: opinions are gathered within the announced period; the count is what was in when it closed).
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DAY_MS } from "@/domain/consultation-plan";
import type { PrismaClient } from "@/generated/prisma/client";
import { verifyAuditChain } from "@/server/audit/verify";
import type { Tally } from "@/server/tallies/compute";
import { createTestDb, type TestDb } from "../helpers/test-db";
import {
  callerAs,
  createCommune,
  createConsultation,
  createNeighbourhood,
  createStaff,
  householdSession,
  staffSession,
} from "../helpers/factories";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

async function openConsultation(db: PrismaClient, households: number) {
  const communeId = (await createCommune(db)).id;
  const hood = await createNeighbourhood(db, communeId, "Tổ dân phố 1");
  await db.household.createMany({
    data: Array.from({ length: households }, (_, i) => ({
      communeId,
      neighbourhoodId: hood.id,
      code: `F${String(i).padStart(4, "0")}`,
      headName: `Hộ ${i}`,
      address: "",
    })),
  });
  const list = await db.household.findMany({ where: { communeId }, orderBy: { code: "asc" } });
  const c = await createConsultation(db, communeId, { status: "OPEN", neighbourhoodIds: [hood.id] });
  const ago = (days: number) => new Date(Date.now() - days * DAY_MS);
  await db.consultation.update({
    where: { id: c.id },
    data: { publishedAt: ago(25), opensAt: ago(25), closesAt: new Date(Date.now() + 5 * DAY_MS), channels: ["ONLINE"] },
  });
  const q = await db.question.create({
    data: {
      consultationId: c.id,
      position: 0,
      kind: "APPROVAL",
      text: "Đồng ý không?",
      allowComment: true,
      options: {
        create: [
          { position: 0, key: "AGREE", label: "Đồng ý" },
          { position: 1, key: "DISAGREE", label: "Không đồng ý" },
          { position: 2, key: "OTHER", label: "Ý kiến khác" },
        ],
      },
    },
    include: { options: { orderBy: { position: "asc" } } },
  });
  await db.rollEntry.createMany({
    data: list.map((h) => ({
      consultationId: c.id,
      householdId: h.id,
      neighbourhoodId: h.neighbourhoodId,
      householdCode: h.code,
      headName: h.headName,
    })),
  });
  return { communeId, consultationId: c.id, questionId: q.id, options: q.options.map((o) => o.id), households: list };
}

describe("a first online response in one statement", () => {
  test("stores the answers as checked (NFC, trimmed), removes the draft and chains its audit event", async () => {
    const c = await openConsultation(t.db, 2);
    const [h, other] = c.households;
    await t.db.responseDraft.create({ data: { consultationId: c.consultationId, householdId: h.id, answers: [] } });
    const receipt = await callerAs(t.db, householdSession(h)).response.submitOnline({
      consultationId: c.consultationId,
      // "Đường" decomposed (NFD), with spaces around: stored composed and trimmed.
      answers: [
        {
          questionId: c.questionId,
          optionIds: [c.options[2]],
          text: "",
          comment: "  Mở rộng \u0110u\u031bo\u031b\u0300ng 3  ",
        },
      ],
    });
    expect(receipt).toMatchObject({ revision: 1, receiptCode: expect.stringMatching(/^[2-9A-HJ-NP-Z]{8}$/) });
    const stored = await t.db.response.findFirstOrThrow({
      where: { consultationId: c.consultationId, householdId: h.id },
      include: { answers: { include: { choices: true } } },
    });
    expect(stored).toMatchObject({
      channel: "ONLINE",
      effectiveHouseholdId: h.id,
      neighbourhoodId: h.neighbourhoodId,
      receiptCode: receipt.receiptCode,
      revision: 1,
    });
    expect(stored.answers).toEqual([
      expect.objectContaining({
        questionId: c.questionId,
        text: null,
        comment: "Mở rộng Đường 3".normalize("NFC"),
        choices: [expect.objectContaining({ optionId: c.options[2] })],
      }),
    ]);
    expect(await t.db.responseDraft.count({ where: { consultationId: c.consultationId, householdId: h.id } })).toBe(0);
    // A second household's response follows in the chain, and the whole chain verifies.
    await callerAs(t.db, householdSession(other)).response.submitOnline({
      consultationId: c.consultationId,
      answers: [{ questionId: c.questionId, optionIds: [c.options[0]], text: "", comment: "" }],
    });
    const events = await t.db.auditEvent.findMany({
      where: { communeId: c.communeId, action: "response.submitted" },
      orderBy: { seq: "asc" },
    });
    expect(events.map((e) => e.entityId)).toEqual([stored.id, expect.any(String)]);
    expect(events[0]).toMatchObject({ actorType: "HOUSEHOLD", actorId: h.id, actorLabel: `Hộ ${h.code}` });
    expect((await verifyAuditChain(t.db, c.communeId)).broken).toBeNull();
  });

  test("an answer that does not validate writes nothing and says what to fix", async () => {
    const c = await openConsultation(t.db, 1);
    const caller = callerAs(t.db, householdSession(c.households[0]));
    const wrong = await caller.response
      .submitOnline({
        consultationId: c.consultationId,
        answers: [{ questionId: c.questionId, optionIds: [c.options[0], c.options[1]], text: "", comment: "" }],
      })
      .catch((e) => e);
    expect(wrong.code).toBe("BAD_REQUEST");
    expect(wrong.cause.issues[0]).toMatchObject({ field: `answers.${c.questionId}`, key: "answer.oneChoiceOnly" });
    expect(await t.db.response.count({ where: { consultationId: c.consultationId } })).toBe(0);
  });

  test("first responses racing the closing: each is either in the frozen tally or refused as closed", async () => {
    const c = await openConsultation(t.db, 60);
    const official = await createStaff(t.db, c.communeId, "OFFICIAL");
    // Warm the statement path, then let 60 households and the closing go at once.
    const submit = (i: number) =>
      callerAs(t.db, householdSession(c.households[i])).response.submitOnline({
        consultationId: c.consultationId,
        answers: [{ questionId: c.questionId, optionIds: [c.options[i % 2]], text: "", comment: "" }],
      });
    await submit(0);
    const racing = c.households.slice(1).map((_, i) => submit(i + 1));
    const closing = callerAs(t.db, staffSession(official)).consultation.close({
      id: c.consultationId,
      reason: "Đã đủ thời gian lấy ý kiến",
    });
    const results = await Promise.allSettled([...racing, closing]);
    expect(results.at(-1)!.status).toBe("fulfilled");
    const answered = results.slice(0, -1);
    const accepted = answered.filter((r) => r.status === "fulfilled").length + 1;
    const refused = answered
      .filter((r) => r.status === "rejected")
      .map((r) => (r as PromiseRejectedResult).reason as { code: string; cause?: { key?: string } });
    expect(refused.every((e) => e.code === "PRECONDITION_FAILED" && e.cause?.key === "consultationClosed")).toBe(true);
    const after = await t.db.consultation.findUniqueOrThrow({
      where: { id: c.consultationId },
      select: { status: true, finalTally: true },
    });
    expect(after.status).toBe("CLOSED");
    const stored = await t.db.response.count({
      where: { consultationId: c.consultationId, effectiveHouseholdId: { not: null } },
    });
    expect({ stored, frozen: (after.finalTally as unknown as Tally).responded }).toEqual({
      stored: accepted,
      frozen: accepted,
    });
    // And after the closing, nothing more gets in through the statement (its cached questions notwithstanding).
    const late = await submit(c.households.length - 1).catch((e) => e);
    expect(late).toMatchObject({ code: "PRECONDITION_FAILED", cause: { key: "consultationClosed" } });
    expect(
      await t.db.response.count({ where: { consultationId: c.consultationId, effectiveHouseholdId: { not: null } } }),
    ).toBe(accepted);
  });
});
