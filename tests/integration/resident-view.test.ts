// What a household's own pages are given: the time it gave its opinion (never the row's update
// time, which imports and corrections move), whether it may answer online, and only true notes.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DAY_MS } from "@/domain/consultation-plan";
import type { ChannelName } from "@/domain/matters";
import type { ConsultationStatus } from "@/generated/prisma/client";
import { loadActor, type HouseholdActor } from "@/server/auth/actor";
import { submitOnlineResponse } from "@/server/responses/online";
import { getResidentConsultation, saveDraft } from "@/server/responses/resident-data";
import { getResidentHome } from "@/server/residents/data";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { createCommune, createHousehold, createNeighbourhood, householdSession } from "../helpers/factories";

let t: TestDb;
let communeId: string;
let hood: Awaited<ReturnType<typeof createNeighbourhood>>;
const now = new Date("2026-12-10T09:12:00+07:00");
const day = (n: number) => new Date(now.getTime() + n * DAY_MS);
/** When a bulk import touched every row: the time the pages used to print. */
const importedAt = new Date("2026-12-10T02:58:00+07:00");

beforeAll(async () => {
  t = await createTestDb();
  communeId = (await createCommune(t.db)).id;
  hood = await createNeighbourhood(t.db, communeId, "Thôn Nam");
});
afterAll(() => t.close());

let seq = 0;
async function setup(status: ConsultationStatus, channels: ChannelName[]) {
  seq++;
  const closed = status !== "OPEN";
  const c = await t.db.consultation.create({
    data: {
      communeId,
      title: `Lấy ý kiến ${seq}`,
      summary: "",
      matter: "PUBLIC_WORKS_CONTRIBUTION",
      mode: "DECISION",
      status,
      channels,
      ruleNumerator: 1,
      ruleDenominator: 2,
      ruleInclusive: false,
      publishedAt: day(-30),
      opensAt: day(-25),
      closesAt: closed ? day(-2) : day(10),
      resultsPublishedAt: status === "RESULTS_PUBLISHED" ? day(-1) : null,
      areas: { create: [{ neighbourhoodId: hood.id, neighbourhoodName: hood.name }] },
      questions: {
        create: [
          {
            position: 0,
            kind: "APPROVAL",
            text: "Đồng ý?",
            options: {
              create: [
                { position: 0, key: "AGREE", label: "Đồng ý" },
                { position: 1, key: "DISAGREE", label: "Không đồng ý" },
              ],
            },
          },
        ],
      },
    },
    include: { questions: { include: { options: { orderBy: { position: "asc" } } } } },
  });
  const h = await createHousehold(t.db, hood, { code: `RV${seq}` });
  await t.db.rollEntry.create({
    data: {
      consultationId: c.id,
      householdId: h.id,
      neighbourhoodId: hood.id,
      householdCode: h.code,
      headName: h.headName,
    },
  });
  const actor = (await loadActor(t.db, householdSession(h))) as HouseholdActor;
  const q = c.questions[0];
  const vote = (i: number) => [{ questionId: q.id, optionIds: [q.options[i].id], text: "", comment: "" }];
  return { c, h, actor, q, vote };
}

/** A response staff keyed in, its update time moved by an import afterwards. */
async function keyedIn(
  s: Awaited<ReturnType<typeof setup>>,
  channel: ChannelName,
  opts: { meetingId?: string; secretBallot?: boolean } = {},
) {
  return t.db.response.create({
    data: {
      consultationId: s.c.id,
      householdId: s.h.id,
      neighbourhoodId: hood.id,
      effectiveHouseholdId: s.h.id,
      channel,
      receiptCode: `RV-${seq}`,
      meetingId: opts.meetingId,
      secretBallot: opts.secretBallot ?? false,
      submittedAt: day(-4),
      updatedAt: importedAt,
      answers: opts.secretBallot
        ? undefined
        : { create: [{ questionId: s.q.id, choices: { create: [{ optionId: s.q.options[0].id }] } }] },
    },
  });
}

async function meeting(s: Awaited<ReturnType<typeof setup>>, heldAt: Date) {
  return t.db.meetingRecord.create({
    data: {
      consultationId: s.c.id,
      neighbourhoodId: hood.id,
      heldAt,
      place: "Nhà văn hóa thôn Nam",
      chairName: "Nguyễn Văn An",
      secretaryName: "Lê Thị Hà",
      voteMode: "SHOW_OF_HANDS",
      witnesses: ["Trần Văn Bình", "Phạm Thị Cúc"],
    },
  });
}

describe("the household's own view of a consultation", () => {
  test("online, revised: the latest revision's time, on the consultation page and the home list; it may revise", async () => {
    const s = await setup("OPEN", ["ONLINE", "PAPER_BALLOT"]);
    await submitOnlineResponse(t.db, s.actor, { consultationId: s.c.id, answers: s.vote(0) }, day(-3));
    await submitOnlineResponse(t.db, s.actor, { consultationId: s.c.id, answers: s.vote(1) }, day(-1));
    await t.db.response.updateMany({ where: { consultationId: s.c.id }, data: { updatedAt: importedAt } });

    const view = await getResidentConsultation(t.db, s.actor, s.c.id, now);
    expect(view.response?.givenAt).toEqual(day(-1));
    expect(view.response?.revision).toBe(2);
    expect(view).toMatchObject({ phase: "open", state: "open", notes: ["canRevise"] });
    const home = await getResidentHome(t.db, s.actor, now);
    expect(home.consultations.find((c) => c.id === s.c.id)?.response).toEqual({ channel: "ONLINE", givenAt: day(-1) });
  });

  test("online, never revised: when it was sent", async () => {
    const s = await setup("OPEN", ["ONLINE"]);
    await submitOnlineResponse(t.db, s.actor, { consultationId: s.c.id, answers: s.vote(0) }, day(-3));
    const view = await getResidentConsultation(t.db, s.actor, s.c.id, now);
    expect(view.response?.givenAt).toEqual(day(-3));
  });

  test("at a meeting, results published: the meeting's time; closed first, and never that it can be changed", async () => {
    const s = await setup("RESULTS_PUBLISHED", ["PAPER_BALLOT", "MEETING"]);
    const m = await meeting(s, day(-6));
    await keyedIn(s, "MEETING", { meetingId: m.id });

    const view = await getResidentConsultation(t.db, s.actor, s.c.id, now);
    expect(view.response?.givenAt).toEqual(day(-6));
    // Online was never offered, but the consultation is over: that is what the household is told.
    expect(view).toMatchObject({ phase: "resultsPublished", state: "closed", notes: ["final", "resultsPublished"] });
    expect(view.current).toHaveLength(1);
    const home = await getResidentHome(t.db, s.actor, now);
    expect(home.consultations.find((c) => c.id === s.c.id)?.response?.givenAt).toEqual(day(-6));
  });

  test("a paper ballot while open: when it was handed in; staff recorded it, and online is refused", async () => {
    const s = await setup("OPEN", ["ONLINE", "PAPER_BALLOT"]);
    await keyedIn(s, "PAPER_BALLOT");
    const view = await getResidentConsultation(t.db, s.actor, s.c.id, now);
    expect(view.response?.givenAt).toEqual(day(-4));
    expect(view).toMatchObject({ phase: "open", state: "answeredElsewhere", notes: ["recordedByStaff"] });
  });

  test("a secret ballot at a meeting, closed: nothing to show or change", async () => {
    const s = await setup("CLOSED", ["MEETING"]);
    const m = await meeting(s, day(-5));
    await keyedIn(s, "MEETING", { meetingId: m.id, secretBallot: true });
    const view = await getResidentConsultation(t.db, s.actor, s.c.id, now);
    expect(view).toMatchObject({ phase: "closed", state: "closed", notes: ["secretBallot", "final"] });
    expect(view.response?.givenAt).toEqual(day(-5));
  });

  test("the draft, the documents in order and the current answers come with the view", async () => {
    const s = await setup("OPEN", ["ONLINE"]);
    for (const [title, at] of [
      ["Bản vẽ", day(-9)],
      ["Tờ trình", day(-20)],
    ] as const)
      await t.db.document.create({
        data: {
          consultationId: s.c.id,
          title,
          fileName: `${title}.pdf`,
          mimeType: "application/pdf",
          size: 1234,
          sha256: `${seq}-${title}`,
          communeId,
          createdAt: at,
        },
      });
    await submitOnlineResponse(t.db, s.actor, { consultationId: s.c.id, answers: s.vote(0) }, day(-3));
    await saveDraft(t.db, s.actor, s.c.id, s.vote(1));
    const view = await getResidentConsultation(t.db, s.actor, s.c.id, now);
    expect(view.consultation.documents.map((d) => [d.title, d.size])).toEqual([
      ["Tờ trình", 1234],
      ["Bản vẽ", 1234],
    ]);
    expect(view.current).toEqual(s.vote(0));
    expect(view.draft).toEqual(s.vote(1));
    expect(view.consultation.questions.map((q) => q.options.length)).toEqual([2]);
  });

  test("a closing due by the clock is applied on read: the household sees it closed, and so does the database", async () => {
    const s = await setup("OPEN", ["ONLINE"]);
    await t.db.consultation.update({ where: { id: s.c.id }, data: { closesAt: day(-1) } });
    const view = await getResidentConsultation(t.db, s.actor, s.c.id, now);
    expect(view).toMatchObject({ phase: "closed", state: "closed" });
    expect((await t.db.consultation.findUniqueOrThrow({ where: { id: s.c.id } })).status).toBe("CLOSED");
  });

  test("a draft is refused for a household its roll does not hold, and nothing is written", async () => {
    const s = await setup("OPEN", ["ONLINE"]);
    await t.db.rollEntry.updateMany({ where: { consultationId: s.c.id }, data: { removedAt: day(-1) } });
    await expect(saveDraft(t.db, s.actor, s.c.id, s.vote(0))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await t.db.responseDraft.count({ where: { consultationId: s.c.id } })).toBe(0);
  });

  // Who may see a consultation is the public pages' rule (consultations/data.ts publicToHousehold):
  // of the household's commune, public and published, and consulting its own neighbourhood.
  test.each([
    ["a draft", { status: "DRAFT" as const }],
    ["one awaiting approval", { status: "SUBMITTED" as const }],
    ["one approved but published later", { status: "PUBLISHED" as const, publishedAt: day(1) }],
    ["another neighbourhood's", { neighbourhood: true }],
    ["another commune's", { commune: true }],
  ])("%s is not found, as for anyone", async (_label, change) => {
    const s = await setup("OPEN", ["ONLINE"]);
    if ("status" in change) await t.db.consultation.update({ where: { id: s.c.id }, data: change });
    if ("neighbourhood" in change) {
      const other = await createNeighbourhood(t.db, communeId);
      await t.db.consultationArea.updateMany({
        where: { consultationId: s.c.id },
        data: { neighbourhoodId: other.id },
      });
    }
    if ("commune" in change) {
      const elsewhere = await createCommune(t.db);
      await t.db.consultation.update({ where: { id: s.c.id }, data: { communeId: elsewhere.id } });
    }
    await expect(getResidentConsultation(t.db, s.actor, s.c.id, now)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  test("published at this very moment: shown", async () => {
    const s = await setup("OPEN", ["ONLINE"]);
    await t.db.consultation.update({ where: { id: s.c.id }, data: { publishedAt: now } });
    expect((await getResidentConsultation(t.db, s.actor, s.c.id, now)).consultation.id).toBe(s.c.id);
  });
});
