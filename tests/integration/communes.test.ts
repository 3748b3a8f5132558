// Many communes in one install: two communes side by side with the same household codes and the
// same neighbourhood names never meet — in sign-in, on public pages, in tallies, exports, records.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DAY_MS } from "@/domain/consultation-plan";
import { signInHousehold } from "@/server/auth/sign-in";
import { buildResponsesCsv, buildTallyWorkbook } from "@/server/tallies/export";
import { createTestDb, type TestDb } from "../helpers/test-db";
import {
  callerAt,
  createCommune,
  createConsultation,
  createHousehold,
  createNeighbourhood,
  createStaff,
  householdSession,
  staffSession,
} from "../helpers/factories";

let t: TestDb;
const now = new Date("2026-12-10T09:00:00+07:00");
const clock = { now };
const day = (n: number) => new Date(now.getTime() + n * DAY_MS);

type Side = Awaited<ReturnType<typeof side>>;
let a: Side;
let b: Side;

/** A commune with "Thôn Đông", households H0001 and H0002 (PIN per side), staff, and an open consultation. */
async function side(name: string, pin: string, provinceId?: string) {
  const commune = await createCommune(t.db, name, { provinceId });
  const hood = await createNeighbourhood(t.db, commune.id, "Thôn Đông");
  const h1 = await createHousehold(t.db, hood, { code: "H0001", pin, headName: `Chủ hộ ${name}` });
  const h2 = await createHousehold(t.db, hood, { code: "H0002", pin });
  const official = await createStaff(t.db, commune.id, "OFFICIAL");
  const c = await createConsultation(t.db, commune.id, {
    status: "OPEN",
    neighbourhoodIds: [hood.id],
    title: `Lấy ý kiến ở ${name}`,
  });
  await t.db.consultation.update({
    where: { id: c.id },
    data: { publishedAt: day(-5), opensAt: day(-5), closesAt: day(20), channels: ["ONLINE", "PAPER_BALLOT"] },
  });
  const q = await t.db.question.create({
    data: {
      consultationId: c.id,
      position: 0,
      kind: "APPROVAL",
      text: "Đồng ý không?",
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
  await t.db.rollEntry.createMany({
    data: [h1, h2].map((h) => ({
      consultationId: c.id,
      householdId: h.id,
      neighbourhoodId: hood.id,
      householdCode: h.code,
      headName: h.headName,
    })),
  });
  const [agree, disagree] = q.options.map((o) => o.id);
  return { commune, hood, h1, h2, official, c, questionId: q.id, agree, disagree, pin };
}

const vote = (s: Side, optionId: string) => ({
  consultationId: s.c.id,
  answers: [{ questionId: s.questionId, optionIds: [optionId], text: "", comment: "" }],
});

beforeAll(async () => {
  t = await createTestDb();
  a = await side("Chợ Chùa", "111111");
  b = await side("Nghĩa Hành", "222222", a.commune.provinceId);
  // A agrees twice; B disagrees once.
  await callerAt(t.db, householdSession(a.h1), clock).response.submitOnline(vote(a, a.agree));
  await callerAt(t.db, householdSession(a.h2), clock).response.submitOnline(vote(a, a.agree));
  await callerAt(t.db, householdSession(b.h1), clock).response.submitOnline(vote(b, b.disagree));
});
afterAll(() => t.close());

describe("household codes are unique per commune only", () => {
  test("the same code signs in to each commune's own household, with that commune's PIN", async () => {
    const inA = await signInHousehold(t.db, {
      communeId: a.commune.id,
      code: "h0001",
      pin: "111111",
      clientAddress: "10.0.0.1",
    });
    const inB = await signInHousehold(t.db, {
      communeId: b.commune.id,
      code: "H0001",
      pin: "222222",
      clientAddress: "10.0.0.1",
    });
    expect(inA).toMatchObject({ ok: true, actor: { id: a.h1.id, communeId: a.commune.id } });
    expect(inB).toMatchObject({ ok: true, actor: { id: b.h1.id, communeId: b.commune.id } });
    const crossed = await signInHousehold(t.db, {
      communeId: a.commune.id,
      code: "H0001",
      pin: "222222",
      clientAddress: "10.0.0.2",
    });
    expect(crossed).toMatchObject({ ok: false, reason: "INVALID" });
  });

  test("sign-in limits count per commune and household: locking A's H0002 leaves B's H0002 open", async () => {
    for (let i = 0; i < 5; i++) {
      await signInHousehold(t.db, {
        communeId: a.commune.id,
        code: "H0002",
        pin: "000000",
        clientAddress: `10.1.0.${i}`,
      });
    }
    const lockedA = await signInHousehold(t.db, {
      communeId: a.commune.id,
      code: "H0002",
      pin: "111111",
      clientAddress: "10.1.1.1",
    });
    expect(lockedA).toMatchObject({ ok: false, reason: "LOCKED" });
    const openB = await signInHousehold(t.db, {
      communeId: b.commune.id,
      code: "H0002",
      pin: "222222",
      clientAddress: "10.1.1.1",
    });
    expect(openB).toMatchObject({ ok: true, actor: { id: b.h2.id } });
  });
});

describe("a household of A can neither see nor answer B's consultation", () => {
  test("B's consultation is not found for A's household, and nothing is written", async () => {
    const asA = callerAt(t.db, householdSession(a.h2), clock);
    const home = await asA.resident.home();
    expect(home.consultations.map((c) => c.id)).toEqual([a.c.id]);
    const before = await t.db.response.count({ where: { consultationId: b.c.id } });
    await expect(asA.response.submitOnline(vote(b, b.agree))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await t.db.response.count({ where: { consultationId: b.c.id } })).toBe(before);
  });

  test("a session naming B with A's household id is not signed in", async () => {
    const forged = { ...householdSession(a.h1), communeId: b.commune.id };
    await expect(callerAt(t.db, forged, clock).resident.home()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});

describe("A's staff cannot read B's data", () => {
  test.each([
    ["consultation.get", (s: Side) => callerAt(t.db, staffSession(a.official), clock).consultation.get({ id: s.c.id })],
    ["tally.get", (s: Side) => callerAt(t.db, staffSession(a.official), clock).tally.get({ consultationId: s.c.id })],
    [
      "record.list",
      (s: Side) => callerAt(t.db, staffSession(a.official), clock).record.list({ consultationId: s.c.id }),
    ],
    ["household.get", (s: Side) => callerAt(t.db, staffSession(a.official), clock).household.get({ id: s.h1.id })],
  ])("%s of B's is NOT_FOUND", async (_name, call) => {
    await expect(call(b)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  test("A's consultation list holds A's consultation only", async () => {
    const list = await callerAt(t.db, staffSession(a.official), clock).consultation.list();
    expect(list.map((c) => c.id)).toEqual([a.c.id]);
  });
});

describe("tallies and exports never mix the two communes", () => {
  test("each tally counts its own commune's responses, though both neighbourhoods are called Thôn Đông", async () => {
    const ta = await callerAt(t.db, staffSession(a.official), clock).tally.get({ consultationId: a.c.id });
    const tb = await callerAt(t.db, staffSession(b.official), clock).tally.get({ consultationId: b.c.id });
    expect(ta).toMatchObject({ roll: 2, responded: 2, options: { [a.agree]: 2 } });
    expect(tb).toMatchObject({ roll: 2, responded: 1, options: { [b.disagree]: 1 } });
    expect(ta.units.map((u) => u.neighbourhoodId)).toEqual([a.hood.id]);
    expect(tb.units.map((u) => u.neighbourhoodId)).toEqual([b.hood.id]);
  });

  test("A's exports name A's households only, and B's consultation cannot be exported from A", async () => {
    const csv = (await buildResponsesCsv(t.db, a.commune.id, a.c.id, now)).toString("utf8");
    expect(csv).toContain(`Chủ hộ Chợ Chùa`);
    expect(csv).not.toContain(`Chủ hộ Nghĩa Hành`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(await buildTallyWorkbook(t.db, a.commune.id, a.c.id, now)) as never);
    const rows: string[] = [];
    book.worksheets[0].eachRow((r) => rows.push(JSON.stringify(r.values)));
    expect(rows.join("\n")).toContain("Thôn Đông");
    await expect(buildResponsesCsv(t.db, a.commune.id, b.c.id, now)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(buildTallyWorkbook(t.db, a.commune.id, b.c.id, now)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("public pages per commune", () => {
  test("a consultation is found under its own commune's address only", async () => {
    const anon = callerAt(t.db, null, clock);
    await expect(anon.commune.publicConsultation({ commune: a.commune.slug, id: a.c.id })).resolves.toMatchObject({
      id: a.c.id,
    });
    await expect(anon.commune.publicConsultation({ commune: a.commune.slug, id: b.c.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(anon.commune.publicConsultation({ commune: "no-such-commune", id: a.c.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await anon.commune.publicConsultations({ commune: b.commune.slug })).map((c) => c.id)).toEqual([b.c.id]);
  });

  test("the communes' list finds Chợ Chùa without tone marks, counts what is open, and groups by province", async () => {
    const anon = callerAt(t.db, null, clock);
    const all = await anon.commune.list({ q: "" });
    const province = all.provinces.find((p) => p.communes.some((c) => c.id === a.commune.id))!;
    expect(province.communes.map((c) => c.name)).toEqual(["Chợ Chùa", "Nghĩa Hành"]);
    expect(province.communes.map((c) => c.openConsultations)).toEqual([1, 1]);
    const found = await anon.commune.list({ q: "cho chua" });
    expect(found.provinces.flatMap((p) => p.communes.map((c) => c.id))).toEqual([a.commune.id]);
    const byCode = await anon.commune.list({ q: b.commune.code.slice(0, 4) });
    expect(byCode.provinces.flatMap((p) => p.communes.map((c) => c.id))).toContain(b.commune.id);
  });
});

describe("records are verified on their own commune's page", () => {
  test("a finalised record of A is found on A's page and on the install's, never on B's", async () => {
    const sha256 = "a".repeat(64);
    await t.db.decisionRecord.create({
      data: {
        communeId: a.commune.id,
        consultationId: a.c.id,
        kind: "SUMMARY_REPORT",
        docType: "BC",
        year: 2026,
        number: 1,
        title: "Báo cáo tổng hợp",
        content: {},
        sha256,
        finalisedAt: now,
      },
    });
    const anon = callerAt(t.db, null, clock);
    await expect(anon.record.verify({ sha256, commune: a.commune.slug })).resolves.toMatchObject({
      found: true,
      numberLabel: expect.stringContaining("01/BC"),
    });
    await expect(anon.record.verify({ sha256 })).resolves.toMatchObject({ found: true });
    await expect(anon.record.verify({ sha256, commune: b.commune.slug })).resolves.toEqual({
      found: false,
      sha256,
      number: null,
    });
  });
});
