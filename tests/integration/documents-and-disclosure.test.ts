// Documents (PDF and images up to 20 MB, by content), downloads, disclosure postings, public pages.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DAY_MS } from "@/domain/consultation-plan";
import { getDocumentForDownload } from "@/server/documents/data";
import { createTestDb, type TestDb } from "../helpers/test-db";
import {
  callerAt,
  createCommune,
  createConsultation,
  createNeighbourhood,
  createStaff,
  staffSession,
} from "../helpers/factories";
import { formData, TINY_PNG, tinyPdf } from "../helpers/files";

let t: TestDb;
let communeId: string;
let official: Awaited<ReturnType<typeof createStaff>>;
let hoodId: string;
const now = new Date("2026-12-10T08:00:00+07:00");
const clock = { now };
const day = (n: number) => new Date(now.getTime() + n * DAY_MS);
const asOfficial = () => callerAt(t.db, staffSession(official), clock);

beforeAll(async () => {
  t = await createTestDb();
  communeId = (await createCommune(t.db)).id;
  hoodId = (await createNeighbourhood(t.db, communeId, "Tổ dân phố 3")).id;
  official = await createStaff(t.db, communeId, "OFFICIAL");
});
afterAll(() => t.close());

async function consultation(status: "DRAFT" | "OPEN" | "CLOSED" = "DRAFT", publishedAt: Date | null = null) {
  const c = await createConsultation(t.db, communeId, { status, neighbourhoodIds: [hoodId] });
  await t.db.consultation.update({ where: { id: c.id }, data: { publishedAt, opensAt: day(-5), closesAt: day(30) } });
  return c;
}

describe("document upload", () => {
  test("a PDF is stored with its SHA-256 and its type read from the content", async () => {
    const c = await consultation();
    const bytes = tinyPdf();
    const doc = await asOfficial().document.upload(
      formData(
        { consultationId: c.id, title: "Tờ trình dự án" },
        { bytes, name: "to-trinh.pdf", type: "application/octet-stream" },
      ),
    );
    expect(doc).toMatchObject({
      mimeType: "application/pdf",
      size: bytes.length,
      sha256: createHash("sha256").update(bytes).digest("hex"),
    });
    expect(await t.db.auditEvent.count({ where: { action: "document.added", entityId: doc.id } })).toBe(1);
  });

  test("an image is accepted", async () => {
    const c = await consultation();
    const doc = await asOfficial().document.upload(
      formData(
        { consultationId: c.id, title: "Sơ đồ vị trí" },
        { bytes: TINY_PNG, name: "so-do.png", type: "image/png" },
      ),
    );
    expect(doc.mimeType).toBe("image/png");
  });

  test.each([
    [
      "21 MB file",
      { bytes: Buffer.concat([tinyPdf(), Buffer.alloc(21 * 1024 * 1024)]), name: "lon.pdf", type: "application/pdf" },
      "Tệp “lon.pdf” có dung lượng 21 MB, vượt quá giới hạn 20 MB.",
    ],
    [
      "text file named .pdf",
      { bytes: Buffer.from("không phải PDF"), name: "gia.pdf", type: "application/pdf" },
      "Tệp “gia.pdf” không phải PDF hoặc ảnh (JPG, PNG, WebP).",
    ],
    ["empty file", { bytes: Buffer.alloc(0), name: "rong.pdf", type: "application/pdf" }, "Tệp “rong.pdf” rỗng."],
  ])("refused, with a clear message and nothing stored: %s", async (_label, file, message) => {
    const c = await consultation();
    const before = await t.db.document.count();
    const err = await asOfficial()
      .document.upload(formData({ consultationId: c.id, title: "Tài liệu" }, file))
      .catch((e) => e);
    expect(err.code).toBe("BAD_REQUEST");
    const { getTranslator } = await import("@/i18n/translate");
    const issue = err.cause.issues[0];
    expect(issue.field).toBe("file");
    expect(getTranslator("vi")(issue.key, issue.params)).toBe(message);
    expect(await t.db.document.count()).toBe(before);
  });

  test("a document of a published consultation cannot be removed; a draft's can", async () => {
    const c = await consultation("OPEN", day(-5));
    const doc = await asOfficial().document.upload(
      formData(
        { consultationId: c.id, title: "Tờ trình" },
        { bytes: tinyPdf(), name: "a.pdf", type: "application/pdf" },
      ),
    );
    await expect(asOfficial().document.remove({ id: doc.id })).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
    const d = await consultation("DRAFT");
    const doc2 = await asOfficial().document.upload(
      formData({ consultationId: d.id, title: "Nháp" }, { bytes: tinyPdf(), name: "b.pdf", type: "application/pdf" }),
    );
    await asOfficial().document.remove({ id: doc2.id });
    expect(await t.db.document.count({ where: { id: doc2.id } })).toBe(0);
  });

  test("only officials upload; another commune's official gets NOT_FOUND", async () => {
    const c = await consultation();
    const leader = await createStaff(t.db, communeId, "LEADER");
    const file = { bytes: tinyPdf(), name: "a.pdf", type: "application/pdf" };
    await expect(
      callerAt(t.db, staffSession(leader), clock).document.upload(formData({ consultationId: c.id, title: "x" }, file)),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const outsider = await createStaff(t.db, (await createCommune(t.db)).id, "OFFICIAL");
    await expect(
      callerAt(t.db, staffSession(outsider), clock).document.upload(
        formData({ consultationId: c.id, title: "x" }, file),
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("downloads", () => {
  test("the public gets documents of published consultations only; staff of the commune get all", async () => {
    const published = await consultation("OPEN", day(-5));
    const draft = await consultation("DRAFT");
    const up = (id: string) =>
      asOfficial().document.upload(
        formData({ consultationId: id, title: "T" }, { bytes: tinyPdf(), name: "t.pdf", type: "application/pdf" }),
      );
    const [pub, priv] = [await up(published.id), await up(draft.id)];
    expect(await getDocumentForDownload(t.db, null, pub.id, now)).toMatchObject({
      mimeType: "application/pdf",
      fileName: "t.pdf",
    });
    expect(await getDocumentForDownload(t.db, null, priv.id, now)).toBeNull();
    expect(await getDocumentForDownload(t.db, staffSession(official), priv.id, now)).not.toBeNull();
    const outsider = await createStaff(t.db, (await createCommune(t.db)).id, "OFFICIAL");
    expect(await getDocumentForDownload(t.db, staffSession(outsider), priv.id, now)).toBeNull();
  });
});

describe("disclosure log (Law Art 12–13; docs/LAW.md#r17)", () => {
  test.each([
    ["loudspeaker for 3 days is accepted", { place: "LOUDSPEAKER", postedAt: day(-4), validUntil: day(-1) }, null],
    [
      "loudspeaker for 2 days is refused (Art 13)",
      { place: "LOUDSPEAKER", postedAt: day(-3), validUntil: day(-1) },
      "plan.loudspeakerDays",
    ],
    [
      "a cultural house needs its neighbourhood",
      { place: "CULTURAL_HOUSE", postedAt: day(-2), validUntil: day(28) },
      "plan.neighbourhoodRequired",
    ],
    [
      "a posting in the future is refused",
      { place: "COMMUNE_OFFICE", postedAt: day(1), validUntil: day(31) },
      "plan.postedInFuture",
    ],
    [
      "an end before the start is refused",
      { place: "PORTAL", postedAt: day(-2), validUntil: day(-3) },
      "plan.validBeforePosted",
    ],
  ] as const)("%s", async (_label, posting, key) => {
    const c = await consultation("OPEN", day(-5));
    const result = asOfficial().disclosure.add({ consultationId: c.id, ...posting });
    if (!key) await expect(result).resolves.toMatchObject({ id: expect.any(String) });
    else
      await expect(result).rejects.toMatchObject({
        code: "BAD_REQUEST",
        cause: { issues: [expect.objectContaining({ key })] },
      });
  });

  test("a draft has no postings yet", async () => {
    const c = await consultation("DRAFT");
    await expect(
      asOfficial().disclosure.add({ consultationId: c.id, place: "PORTAL", postedAt: day(-1) }),
    ).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
  });

  test("the public page shows postings, an expired one marked expired", async () => {
    const c = await consultation("OPEN", day(-5));
    await asOfficial().disclosure.add({
      consultationId: c.id,
      place: "LOUDSPEAKER",
      postedAt: day(-5),
      validUntil: day(-2),
    });
    await asOfficial().disclosure.add({
      consultationId: c.id,
      place: "CULTURAL_HOUSE",
      neighbourhoodId: hoodId,
      postedAt: day(-5),
      validUntil: day(25),
    });
    const { slug } = await t.db.commune.findUniqueOrThrow({ where: { id: communeId } });
    const page = await callerAt(t.db, null, clock).commune.publicConsultation({ commune: slug, id: c.id });
    expect(page.postings.map((p) => [p.place, p.expired, p.neighbourhood?.name ?? null])).toEqual([
      ["LOUDSPEAKER", true, null],
      ["CULTURAL_HOUSE", false, "Tổ dân phố 3"],
    ]);
  });
});

describe("public pages show published consultations only", () => {
  test("a draft, or one approved for a later publication date, is not found by the public", async () => {
    const { slug } = await t.db.commune.findUniqueOrThrow({ where: { id: communeId } });
    const pub = callerAt(t.db, null, clock);
    const draft = await consultation("DRAFT");
    const later = await createConsultation(t.db, communeId, { status: "PUBLISHED" });
    await t.db.consultation.update({
      where: { id: later.id },
      data: { publishedAt: day(2), opensAt: day(3), closesAt: day(30) },
    });
    const open = await consultation("OPEN", day(-5));
    await expect(pub.commune.publicConsultation({ commune: slug, id: draft.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(pub.commune.publicConsultation({ commune: slug, id: later.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(pub.commune.publicConsultation({ commune: slug, id: open.id })).resolves.toMatchObject({
      status: "OPEN",
    });
    const ids = (await pub.commune.publicConsultations({ commune: slug })).map((c) => c.id);
    expect(ids).toContain(open.id);
    expect(ids).not.toContain(draft.id);
    expect(ids).not.toContain(later.id);
  });
});
