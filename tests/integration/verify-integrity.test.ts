// The public verification (/verify, record.verify) checks the whole stored record, not only its
// PDF: the stored content against its digest, the PDF against its own, both against the digests the
// audit chain's "record.finalised" entry witnessed, and that entry itself. Each alteration is made
// directly in the database (triggers disabled, as an intruder with SQL access would) and is named;
// a record whose stored copy was altered is never reported as intact.
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { computeAuditHash } from "@/domain/audit-chain";
import { DAY_MS } from "@/domain/consultation-plan";
import { verifyRecords } from "@/server/audit/verify";
import { contentDigest, sha256 } from "@/server/records/mutations";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { pdfQrCodes, pdfText } from "../helpers/pdf";
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

/** A closed consultation and its results notice, finalised by the chairman. */
async function finalisedRecord(db: PrismaClient) {
  const commune = await createCommune(db);
  const hood = await createNeighbourhood(db, commune.id, "Thôn Đông");
  const official = await createStaff(db, commune.id, "OFFICIAL");
  const chairman = await db.staffUser.update({
    where: { id: (await createStaff(db, commune.id, "LEADER")).id },
    data: { fullName: "Nguyễn Văn Chủ", title: "Chủ tịch UBND" },
  });
  const as = (s: { id: string; communeId: string | null }) => callerAt(db, staffSession(s), clock);
  const c = await db.consultation.create({
    data: {
      communeId: commune.id,
      title: "Lấy ý kiến về đóng góp làm đường bê tông",
      summary: "",
      matter: "PUBLIC_WORKS_CONTRIBUTION",
      mode: "DECISION",
      status: "OPEN",
      channels: ["PAPER_BALLOT"],
      ruleNumerator: 1,
      ruleDenominator: 2,
      ruleInclusive: false,
      ruleAggregation: "WHOLE_AREA",
      publishedAt: new Date(clock.now.getTime() - 30 * DAY_MS),
      opensAt: new Date(clock.now.getTime() - 30 * DAY_MS),
      closesAt: new Date(clock.now.getTime() + DAY_MS),
      areas: { create: [{ neighbourhoodId: hood.id, neighbourhoodName: hood.name }] },
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
              ].map(([key, label], position) => ({ key, label, position })),
            },
          },
        ],
      },
    },
    include: { questions: { include: { options: { orderBy: { position: "asc" } } } } },
  });
  const h = await createHousehold(db, hood);
  await db.rollEntry.create({
    data: {
      consultationId: c.id,
      householdId: h.id,
      neighbourhoodId: hood.id,
      householdCode: h.code,
      headName: h.headName,
    },
  });
  await db.response.create({
    data: {
      consultationId: c.id,
      householdId: h.id,
      neighbourhoodId: hood.id,
      effectiveHouseholdId: h.id,
      channel: "PAPER_BALLOT",
      receiptCode: `R-${h.code}`,
      answers: {
        create: [{ questionId: c.questions[0].id, choices: { create: [{ optionId: c.questions[0].options[0].id }] } }],
      },
    },
  });
  await as(official).consultation.close({ id: c.id, reason: "Đủ thời gian" });
  const draft = await as(official).record.createDraft({ consultationId: c.id, kind: "RESULTS_NOTICE" });
  await as(chairman).record.finalise({ id: draft.id, version: 1 });
  const record = await db.decisionRecord.findUniqueOrThrow({ where: { id: draft.id } });
  const entry = await db.auditEvent.findFirstOrThrow({
    where: { communeId: commune.id, action: "record.finalised", entityId: record.id },
  });
  return { commune, record, entry };
}

let s: Awaited<ReturnType<typeof finalisedRecord>>;
const verify = (digest: string) => callerAt(t.db, null, clock).record.verify({ sha256: digest });
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");

/** SQL on a finalised record, past the trigger that keeps it unchanged. */
const forcedRecord = (sql: string) =>
  t.db.$transaction([
    t.db.$executeRawUnsafe(`ALTER TABLE "DecisionRecord" DISABLE TRIGGER "DecisionRecord_finalised_immutable"`),
    t.db.$executeRawUnsafe(sql),
    t.db.$executeRawUnsafe(`ALTER TABLE "DecisionRecord" ENABLE TRIGGER "DecisionRecord_finalised_immutable"`),
  ]);
/** SQL on the append-only audit log, past its trigger. */
const forcedAudit = (sql: string) =>
  t.db.$transaction([
    t.db.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"`),
    t.db.$executeRawUnsafe(sql),
    t.db.$executeRawUnsafe(`ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only"`),
  ]);

/** Puts the record and its entry back as they were finalised. */
async function restore() {
  const r = s.record;
  await forcedRecord(
    `UPDATE "DecisionRecord" SET pdf = decode('${hex(r.pdf!)}', 'hex'), sha256 = '${r.sha256}', content = '${JSON.stringify(r.content).replaceAll("'", "''")}'::jsonb, "contentSha256" = '${r.contentSha256}' WHERE id = '${r.id}'`,
  );
  const e = s.entry;
  const exists = await t.db.auditEvent.count({ where: { id: e.id } });
  if (!exists) {
    await t.db.auditEvent.create({ data: { ...e, data: e.data as object } });
  } else {
    await forcedAudit(
      `UPDATE "AuditEvent" SET "actorLabel" = '${e.actorLabel.replaceAll("'", "''")}', data = '${JSON.stringify(e.data).replaceAll("'", "''")}'::jsonb, hash = '${e.hash}' WHERE id = '${e.id}'`,
    );
  }
}

const PUBLIC_URL = "https://ydan.example.vn";
beforeAll(async () => {
  // The address printed on paper is the install's public one (PUBLIC_URL), with the commune's path.
  process.env.PUBLIC_URL = PUBLIC_URL;
  t = await createTestDb();
  s = await finalisedRecord(t.db);
});
// Each test alters one thing; whatever it asserts, the next starts from the record as finalised.
afterEach(restore);
afterAll(() => {
  delete process.env.PUBLIC_URL;
  return t.close();
});

describe("verification of a finalised record", () => {
  test("untouched: intact, nothing altered; the same digests audit:verify checks", async () => {
    expect(await verify(s.record.sha256!)).toMatchObject({
      found: true,
      intact: true,
      altered: [],
      numberLabel: "01/TB-UBND",
    });
    expect((await verifyRecords(t.db, s.commune.id)).problems).toEqual([]);
  });

  test("its stored content edited: altered, naming the content (the PDF still matches)", async () => {
    await forcedRecord(
      `UPDATE "DecisionRecord" SET content = jsonb_set(content::jsonb, '{placeDate}', '"Hà Nội, ngày 01 tháng 01 năm 2020"') WHERE id = '${s.record.id}'`,
    );
    expect(await verify(s.record.sha256!)).toMatchObject({ found: true, intact: false, altered: ["content"] });
    await restore();
    expect(await verify(s.record.sha256!)).toMatchObject({ intact: true, altered: [] });
  });

  test("its stored content edited and its content digest rewritten to match: the chain's entry still names the content", async () => {
    const content = { ...(s.record.content as object), placeDate: "Hà Nội, ngày 01 tháng 01 năm 2020" };
    await forcedRecord(
      `UPDATE "DecisionRecord" SET content = '${JSON.stringify(content)}'::jsonb, "contentSha256" = '${contentDigest(content)}' WHERE id = '${s.record.id}'`,
    );
    expect(await verify(s.record.sha256!)).toMatchObject({ found: true, intact: false, altered: ["content"] });
  });

  test("one byte of its PDF changed: altered, naming the PDF", async () => {
    const bytes = new Uint8Array(s.record.pdf!);
    bytes[bytes.length - 100] ^= 0x01;
    await forcedRecord(`UPDATE "DecisionRecord" SET pdf = decode('${hex(bytes)}', 'hex') WHERE id = '${s.record.id}'`);
    expect(await verify(s.record.sha256!)).toMatchObject({ found: true, intact: false, altered: ["pdf"] });
  });

  test("its PDF replaced together with its digest: the forged copy is found but named altered, against the chain", async () => {
    const forged = new Uint8Array(s.record.pdf!);
    forged[forged.length - 100] ^= 0x01;
    await forcedRecord(
      `UPDATE "DecisionRecord" SET pdf = decode('${hex(forged)}', 'hex'), sha256 = '${sha256(forged)}' WHERE id = '${s.record.id}'`,
    );
    expect(await verify(sha256(forged))).toMatchObject({ found: true, intact: false, altered: ["pdf"] });
  });

  test("its audit entry edited: altered, naming the audit entry", async () => {
    await forcedAudit(`UPDATE "AuditEvent" SET "actorLabel" = 'Người khác' WHERE id = '${s.entry.id}'`);
    expect(await verify(s.record.sha256!)).toMatchObject({ found: true, intact: false, altered: ["auditEntry"] });
  });

  test("its audit entry's digests edited and its hash recomputed: the next link names the audit entry", async () => {
    const data = { ...(s.entry.data as object), sha256: "f".repeat(64) };
    const hash = computeAuditHash(s.entry.prevHash, { ...s.entry, data });
    await forcedAudit(
      `UPDATE "AuditEvent" SET data = '${JSON.stringify(data)}'::jsonb, hash = '${hash}' WHERE id = '${s.entry.id}'`,
    );
    // Not "pdf": an altered entry witnesses nothing, the PDF still matches its own digest.
    expect(await verify(s.record.sha256!)).toMatchObject({ found: true, intact: false, altered: ["auditEntry"] });
  });

  test("its audit entry deleted: altered, naming the missing entry", async () => {
    await forcedAudit(`DELETE FROM "AuditEvent" WHERE id = '${s.entry.id}'`);
    expect(await verify(s.record.sha256!)).toMatchObject({
      found: true,
      intact: false,
      altered: ["auditEntryMissing"],
    });
    await restore();
    expect(await verify(s.record.sha256!)).toMatchObject({ intact: true, altered: [] });
  });

  test("content and PDF both altered: both named, content first", async () => {
    const bytes = new Uint8Array(s.record.pdf!);
    bytes[bytes.length - 100] ^= 0x01;
    await forcedRecord(
      `UPDATE "DecisionRecord" SET pdf = decode('${hex(bytes)}', 'hex'), content = jsonb_set(content::jsonb, '{placeDate}', '"x"') WHERE id = '${s.record.id}'`,
    );
    expect(await verify(s.record.sha256!)).toMatchObject({ intact: false, altered: ["content", "pdf"] });
  });
});

describe("a paper copy, by what is printed at its foot", () => {
  const byNumber = (input: { commune: string; year: string; number: string; code?: string }) =>
    callerAt(t.db, null, clock).record.verifyNumber(input);

  test("the PDF ends with the address, the number and the first 16 hex digits of the content digest, and a QR code of it", async () => {
    const pages = await pdfText(s.record.pdf!);
    const last = pages[pages.length - 1];
    const code = s.record.contentSha256!.slice(0, 16).match(/.{4}/g)!.join(" ");
    expect(last).toContain(`Kiểm tra bản này tại: ${PUBLIC_URL}/${s.commune.slug}/verify`);
    expect(last).toContain(`Văn bản số 01/TB-UBND, năm 2026. Mã kiểm tra: ${code}`);
    // Last on the page: nothing follows the verification line.
    expect(last.trimEnd().endsWith(code)).toBe(true);
    const qrs = await pdfQrCodes(s.record.pdf!);
    expect(qrs).toHaveLength(1);
    expect(qrs[0].page).toBe(pages.length);
    const url = new URL(qrs[0].text);
    expect(`${url.origin}${url.pathname}`).toBe(`${PUBLIC_URL}/${s.commune.slug}/verify`);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      number: "01/TB-UBND",
      year: "2026",
      code: s.record.contentSha256,
    });
  });

  test("the QR code's address leads to the record, genuine, with its code matching", async () => {
    const url = new URL((await pdfQrCodes(s.record.pdf!))[0].text);
    const q = Object.fromEntries(url.searchParams);
    const found = await byNumber({ commune: s.commune.slug, year: q.year, number: q.number, code: q.code });
    expect(found).toMatchObject({
      found: true,
      intact: true,
      byNumber: true,
      numberLabel: "01/TB-UBND",
      sha256: s.record.sha256,
      printedCode: { code: s.record.contentSha256, matches: true },
    });
  });

  test.each([
    [
      "as printed, with the printed code in groups",
      "01/TB-UBND",
      (s0: string) => s0.slice(0, 16).match(/.{4}/g)!.join(" "),
    ],
    [
      "without the leading zero, lower case, with 'Số:'",
      "Số: 1/tb-ubnd",
      (s0: string) => s0.slice(0, 16).toUpperCase(),
    ],
    ["without a code", " 01/TB-UBND ", () => undefined],
  ] as [string, string, (digest: string) => string | undefined][])(
    "typed from paper %s: found",
    async (_, number, code) => {
      const found = await byNumber({
        commune: s.commune.slug,
        year: "2026",
        number,
        code: code(s.record.contentSha256!),
      });
      expect(found).toMatchObject({ found: true, intact: true, numberLabel: "01/TB-UBND" });
      if (found.found) expect(found.printedCode?.matches ?? null).toBe(code(s.record.contentSha256!) ? true : null);
    },
  );

  test("a code that is not this record's: found, but the code does not match (never shown as genuine)", async () => {
    const found = await byNumber({ commune: s.commune.slug, year: "2026", number: "01/TB-UBND", code: "0".repeat(16) });
    expect(found).toMatchObject({ found: true, printedCode: { code: "0".repeat(16), matches: false } });
  });

  test("its stored content altered: a lookup by number names the alteration like a lookup by digest", async () => {
    await forcedRecord(
      `UPDATE "DecisionRecord" SET content = jsonb_set(content::jsonb, '{placeDate}', '"x"') WHERE id = '${s.record.id}'`,
    );
    const q = { commune: s.commune.slug, year: "2026", number: "01/TB-UBND", code: s.record.contentSha256! };
    expect(await byNumber(q)).toMatchObject({ found: true, intact: false, altered: ["content"] });
  });

  test("another year, another number, another type or another commune: no record with this number", async () => {
    const other = await createCommune(t.db);
    for (const [commune, year, number] of [
      [s.commune.slug, "2025", "01/TB-UBND"],
      [s.commune.slug, "2026", "02/TB-UBND"],
      [s.commune.slug, "2026", "01/BC-UBND"],
      [other.slug, "2026", "01/TB-UBND"],
    ]) {
      expect(await byNumber({ commune, year, number }), `${commune} ${year} ${number}`).toEqual({
        found: false,
        sha256: null,
        number: { label: number, year: Number(year) },
      });
    }
  });

  test.each([
    ["a number that is not one", { number: "Báo cáo số một" }, [{ field: "number", key: "records.errors.badNumber" }]],
    ["another body's symbol", { number: "01/BC-HĐND" }, [{ field: "number", key: "records.errors.badNumber" }]],
    ["a year of two digits", { year: "26" }, [{ field: "year", key: "records.errors.badYear" }]],
    ["a code that is not hex", { code: "xin chào" }, [{ field: "code", key: "records.errors.badCode" }]],
    [
      "everything wrong at once",
      { number: "x", year: "", code: "12" },
      [
        { field: "number", key: "records.errors.badNumber" },
        { field: "year", key: "records.errors.badYear" },
        { field: "code", key: "records.errors.badCode" },
      ],
    ],
  ] as const)("%s: refused, naming the field", async (_, bad, issues) => {
    const e = await byNumber({ commune: s.commune.slug, year: "2026", number: "01/TB-UBND", ...bad }).catch((x) => x);
    expect(e.code).toBe("BAD_REQUEST");
    expect(e.cause.issues).toEqual(issues);
  });
});
