// Uploaded file names: the type is what the bytes are, and the name says so (OWASP File Upload Cheat
// Sheet: the extension comes from the validated type). A PDF uploaded as "bao-cao.html" is stored and
// served as "bao-cao.pdf" — a consultation document and a meeting's signed minutes alike — and
// documents stored before the rule are served with the right extension too. Content-Disposition is
// RFC 6266: an ASCII filename="…" and filename*=UTF-8''… (RFC 8187), never a quote, CR, LF or path
// separator of the uploader's name; inline or attachment as asked, with X-Content-Type-Options: nosniff.
import contentDisposition from "content-disposition";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { DAY_MS } from "@/domain/consultation-plan";
import type { SessionActor } from "@/server/auth/session-actor";
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

const ctx = vi.hoisted(() => ({ db: null as unknown, session: null as unknown }));
vi.mock("@/server/db", () => ({ getDb: async () => ctx.db }));
vi.mock("@/server/auth/session", () => ({ getSessionActor: async () => ctx.session }));

let t: TestDb;
let communeId: string;
let hoodId: string;
let official: Awaited<ReturnType<typeof createStaff>>;
const now = new Date("2026-12-10T08:00:00+07:00");
const clock = { now };
const asOfficial = () => callerAt(t.db, staffSession(official), clock);

beforeAll(async () => {
  t = await createTestDb();
  ctx.db = t.db;
  communeId = (await createCommune(t.db)).id;
  hoodId = (await createNeighbourhood(t.db, communeId, "Thôn Đông")).id;
  official = await createStaff(t.db, communeId, "OFFICIAL");
});
afterAll(() => t.close());

async function draft() {
  return createConsultation(t.db, communeId, { status: "DRAFT", neighbourhoodIds: [hoodId] });
}

/** GET /api/documents/{id} as the commune's official (or anyone, with session null). */
async function download(id: string, query = "", session: SessionActor | null = staffSession(official)) {
  ctx.session = session;
  const { GET } = await import("@/app/api/documents/[id]/route");
  return GET(new Request(`http://localhost/api/documents/${id}${query}`), { params: Promise.resolve({ id }) });
}

/** What a browser saves the file as: filename* when present (RFC 6266 §4.3), else filename. */
const savedAs = (header: string) => contentDisposition.parse(header).parameters.filename;

describe("stored with the detected type's extension", () => {
  test("a PDF uploaded as bao-cao.html is stored, audited and served as bao-cao.pdf", async () => {
    const c = await draft();
    const doc = await asOfficial().document.upload(
      formData(
        { consultationId: c.id, title: "Báo cáo" },
        { bytes: tinyPdf(), name: "bao-cao.html", type: "text/html" },
      ),
    );
    expect(doc).toMatchObject({ fileName: "bao-cao.pdf", mimeType: "application/pdf" });
    expect((await t.db.document.findUniqueOrThrow({ where: { id: doc.id } })).fileName).toBe("bao-cao.pdf");
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { action: "document.added", entityId: doc.id } });
    expect(audit.data).toMatchObject({ fileName: "bao-cao.pdf" });

    const shown = await download(doc.id);
    expect(shown.status).toBe(200);
    expect(shown.headers.get("content-type")).toBe("application/pdf");
    expect(shown.headers.get("x-content-type-options")).toBe("nosniff");
    expect(shown.headers.get("content-disposition")).toBe('inline; filename="bao-cao.pdf"');
    const saved = await download(doc.id, "?download=1");
    expect(saved.headers.get("content-disposition")).toBe('attachment; filename="bao-cao.pdf"');
  });

  test("an image keeps an extension of its own type; a PNG named .jpg becomes .png", async () => {
    const c = await draft();
    const up = (name: string) =>
      asOfficial().document.upload(
        formData({ consultationId: c.id, title: "Ảnh" }, { bytes: TINY_PNG, name, type: "image/jpeg" }),
      );
    expect((await up("so-do.PNG")).fileName).toBe("so-do.PNG");
    expect((await up("so-do.jpg")).fileName).toBe("so-do.png");
    expect((await up("so-do")).fileName).toBe("so-do.png");
  });

  test("a meeting's signed minutes: a PDF uploaded as bien-ban.html is stored as bien-ban.pdf", async () => {
    const c = await createConsultation(t.db, communeId, { status: "OPEN", neighbourhoodIds: [hoodId] });
    await t.db.consultation.update({
      where: { id: c.id },
      data: {
        publishedAt: new Date(now.getTime() - 5 * DAY_MS),
        opensAt: new Date(now.getTime() - 5 * DAY_MS),
        closesAt: new Date(now.getTime() + 30 * DAY_MS),
      },
    });
    const meeting = await t.db.meetingRecord.create({
      data: {
        consultationId: c.id,
        neighbourhoodId: hoodId,
        heldAt: now,
        place: "Nhà văn hóa",
        chairName: "x",
        secretaryName: "x",
        voteMode: "SHOW_OF_HANDS",
      },
    });
    const form = formData({ meetingId: meeting.id }, { bytes: tinyPdf(), name: "bien-ban.html", type: "text/html" });
    const doc = await asOfficial().meeting.attachMinutes(form);
    expect(doc.fileName).toBe("bien-ban.pdf");
    expect((await download(doc.id)).headers.get("content-disposition")).toBe('inline; filename="bien-ban.pdf"');
  });
});

describe("Content-Disposition (RFC 6266, RFC 8187)", () => {
  const HOSTILE = 'Biên bản "họp"\r\nthôn Đông/../..\\Tờ trình.pdf';

  test("a Vietnamese name with quotes, CR/LF and path separators: stored clean, served with an ASCII fallback and the UTF-8 name", async () => {
    const c = await draft();
    const doc = await asOfficial().document.upload(
      formData(
        { consultationId: c.id, title: "Tờ trình" },
        { bytes: tinyPdf(), name: 'Biên bản "họp"\r\nthôn Đông.pdf', type: "application/pdf" },
      ),
    );
    expect(doc.fileName).toBe("Biên bản họp thôn Đông.pdf");
    const res = await download(doc.id, "?download=1");
    const header = res.headers.get("content-disposition")!;
    expect(header).toBe(
      `attachment; filename="Bien ban hop thon Dong.pdf"; filename*=UTF-8''${encodeURIComponent("Biên bản họp thôn Đông.pdf")}`,
    );
    expect(savedAs(header)).toBe("Biên bản họp thôn Đông.pdf");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });

  test("documents stored before the rule: a wrong extension and a raw name are served right and safe", async () => {
    const c = await draft();
    const old = (fileName: string, mimeType: string, bytes: Buffer) =>
      t.db.document.create({
        data: {
          communeId,
          consultationId: c.id,
          title: "Cũ",
          fileName,
          mimeType,
          size: bytes.length,
          sha256: "0".repeat(64),
          content: new Uint8Array(bytes),
        },
      });
    const pdf = await old("bao-cao.html", "application/pdf", tinyPdf());
    expect((await download(pdf.id)).headers.get("content-disposition")).toBe('inline; filename="bao-cao.pdf"');
    const png = await old("anh.html", "image/png", TINY_PNG);
    const res = await download(png.id, "?download=1");
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="anh.png"');

    const raw = await old(HOSTILE, "application/pdf", tinyPdf());
    const header = (await download(raw.id, "?download=1")).headers.get("content-disposition")!;
    expect(header).not.toMatch(/[\r\n\\/]|filename="[^"]*"[^;]/);
    expect(header).toBe(`attachment; filename="To trinh.pdf"; filename*=UTF-8''${encodeURIComponent("Tờ trình.pdf")}`);
  });

  test("the public gets the same safe name for a published consultation's document", async () => {
    const c = await createConsultation(t.db, communeId, { status: "OPEN", neighbourhoodIds: [hoodId] });
    // The route asks at the real time: published long ago.
    await t.db.consultation.update({
      where: { id: c.id },
      data: {
        publishedAt: new Date("2020-01-01T00:00:00Z"),
        opensAt: new Date("2020-01-01T00:00:00Z"),
        closesAt: new Date(now.getTime() + 30 * DAY_MS),
      },
    });
    const doc = await t.db.document.create({
      data: {
        communeId,
        consultationId: c.id,
        title: "Cũ",
        fileName: "Quyết định.html",
        mimeType: "application/pdf",
        size: tinyPdf().length,
        sha256: "1".repeat(64),
        content: new Uint8Array(tinyPdf()),
      },
    });
    const header = (await download(doc.id, "", null)).headers.get("content-disposition")!;
    expect(header).toBe(`inline; filename="Quyet dinh.pdf"; filename*=UTF-8''${encodeURIComponent("Quyết định.pdf")}`);
  });
});
