// Publicity materials of a consultation (Law on Grassroots Democracy Art 12–13, Decree 61/2023 Art 9;
// docs/LAW.md#r17): the notice PDF in both sizes read back as a reader would (its text, its QR code),
// the route's refusals (no permission, another commune's consultation, a draft or a cancelled one),
// and the console's scripts and message through tRPC, scoped to the commune.
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { callerAt, createCommune, createNeighbourhood, createStaff, staffSession } from "../helpers/factories";
import { pdfQrCodes, pdfText } from "../helpers/pdf";

const auth = vi.hoisted(() => ({ current: null as null | { actor: { communeId: string }; db: unknown } }));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }) }));
vi.mock("@/server/api/route-auth", () => ({ staffWithPermission: async () => auth.current }));

const PUBLIC_URL = "https://ydan.example.vn";
let t: TestDb;
let commune: Awaited<ReturnType<typeof createCommune>>;
let otherCommuneId: string;
let hoodIds: string[];
let publishedId: string;
let draftId: string;
let submittedId: string;
let cancelledId: string;
let official: Awaited<ReturnType<typeof createStaff>>;
let outsider: Awaited<ReturnType<typeof createStaff>>;
const now = new Date("2026-11-30T09:00:00+07:00");

beforeAll(async () => {
  process.env.PUBLIC_URL = PUBLIC_URL;
  t = await createTestDb();
  commune = await t.db.commune.update({
    where: { id: (await createCommune(t.db, "Hòa Bình")).id },
    data: { address: "Thôn Đông, xã Hòa Bình" },
  });
  otherCommuneId = (await createCommune(t.db)).id;
  official = await createStaff(t.db, commune.id, "OFFICIAL");
  outsider = await createStaff(t.db, otherCommuneId, "OFFICIAL");
  const hoods = [
    await createNeighbourhood(t.db, commune.id, "Thôn Đông"),
    await createNeighbourhood(t.db, commune.id, "Thôn Tây"),
  ];
  hoodIds = hoods.map((h) => h.id);
  const make = (status: "PUBLISHED" | "DRAFT" | "SUBMITTED" | "CANCELLED", title: string) =>
    t.db.consultation.create({
      data: {
        communeId: commune.id,
        title,
        summary: "Mức đóng góp 500.000 đồng/hộ.",
        matter: "PUBLIC_WORKS_CONTRIBUTION",
        mode: "DECISION",
        status,
        channels: ["ONLINE", "PAPER_BALLOT", "MEETING"],
        publishedAt: status === "PUBLISHED" || status === "CANCELLED" ? new Date("2026-11-28T09:00:00+07:00") : null,
        opensAt: new Date("2026-12-01T07:00:00+07:00"),
        closesAt: new Date("2026-12-21T17:00:00+07:00"),
        meetingAt: new Date("2026-12-10T14:00:00+07:00"),
        meetingPlace: "Hội trường thôn Đông",
        areas: { create: hoods.map((h) => ({ neighbourhoodId: h.id, neighbourhoodName: h.name })) },
      },
    });
  publishedId = (await make("PUBLISHED", "Lấy ý kiến về làm đường bê tông thôn Đông")).id;
  draftId = (await make("DRAFT", "Lấy ý kiến về nhà văn hóa")).id;
  submittedId = (await make("SUBMITTED", "Lấy ý kiến về chợ")).id;
  cancelledId = (await make("CANCELLED", "Lấy ý kiến về cầu")).id;
});

afterAll(async () => {
  delete process.env.PUBLIC_URL;
  await t?.close();
});

async function get(id: string, query = "") {
  const { GET } = await import("@/app/api/consultations/[id]/notice/route");
  return GET(new Request(`http://localhost/api/consultations/${id}/notice${query}`), {
    params: Promise.resolve({ id }),
  });
}

describe("the notice PDF (Law Art 13 k1–k2; Decree 30/2020 Appendix I)", () => {
  test("standard: Decree 30 heading, title, period, each channel, the QR code and its address", async () => {
    auth.current = { actor: { communeId: commune.id }, db: t.db };
    const res = await get(publishedId);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("cache-control")).toBe("no-store");
    const disposition = res.headers.get("content-disposition")!;
    expect(disposition).toMatch(/^inline; filename="Thong bao - Lay y kien ve lam duong be tong thon Dong\.pdf"/);
    expect(disposition).toContain(
      `filename*=UTF-8''${encodeURIComponent("Thông báo - Lấy ý kiến về làm đường bê tông thôn Đông.pdf")}`,
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");
    const pages = await pdfText(bytes);
    expect(pages).toHaveLength(1);
    const text = pages.join("\n");
    const address = `${PUBLIC_URL}/${commune.slug}/consultations/${publishedId}`;
    for (const part of [
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "ỦY BAN NHÂN DÂN",
      "XÃ HÒA BÌNH",
      "Hòa Bình, ngày 28 tháng 11 năm 2026",
      "THÔNG BÁO",
      "Về việc lấy ý kiến Nhân dân về làm đường bê tông thôn Đông",
      "Đóng góp xây dựng công trình công cộng",
      "thôn Đông và thôn Tây",
      "từ 07:00 ngày 01/12/2026 đến 17:00 ngày 21/12/2026",
      "mã PIN",
      "lúc 14:00 ngày 10/12/2026, tại Hội trường thôn Đông",
      "TM. ỦY BAN NHÂN DÂN",
      "CHỦ TỊCH",
      "Nơi nhận:",
      address,
    ])
      expect(text.replace(/\s+/g, " ")).toContain(part);
    expect((await pdfQrCodes(bytes)).map((q) => q.text)).toEqual([address]);
  });

  test("large print: the same facts in few words, the QR code to the same address", async () => {
    auth.current = { actor: { communeId: commune.id }, db: t.db };
    const res = await get(publishedId, "?size=large&download=1");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="Thong bao chu lon - /);
    const bytes = new Uint8Array(await res.arrayBuffer());
    const pages = await pdfText(bytes);
    expect(pages).toHaveLength(1); // one sheet for the board
    const text = pages[0].replace(/\s+/g, " ");
    const address = `${PUBLIC_URL}/${commune.slug}/consultations/${publishedId}`;
    expect(text).toContain("THÔNG BÁO");
    expect(text).toContain("Lấy ý kiến Nhân dân về làm đường bê tông thôn Đông");
    expect(text).toContain("từ 07:00 ngày 01/12/2026 đến 17:00 ngày 21/12/2026");
    expect(text).toContain(address);
    expect((await pdfQrCodes(bytes)).map((q) => q.text)).toEqual([address]);
  });

  test("refused: no permission (403), bad query (400), another commune (404), unknown id (404)", async () => {
    auth.current = null;
    expect((await get(publishedId)).status).toBe(403);
    auth.current = { actor: { communeId: commune.id }, db: t.db };
    expect((await get(publishedId, "?size=huge")).status).toBe(400);
    expect((await get("nope")).status).toBe(404);
    auth.current = { actor: { communeId: otherCommuneId }, db: t.db };
    expect((await get(publishedId)).status).toBe(404);
  });

  test.each([
    ["a draft", () => draftId, "Bản nháp"],
    ["a submission waiting for approval", () => submittedId, "Chờ phê duyệt"],
    ["a cancelled consultation", () => cancelledId, "Đã hủy"],
  ])("no notice exists for %s (Law Art 12–13: only what is approved and public)", async (_label, id, status) => {
    auth.current = { actor: { communeId: commune.id }, db: t.db };
    const res = await get(id());
    expect(res.status).toBe(409);
    expect(res.headers.get("content-type")).toContain("text/plain");
    expect(await res.text()).toContain(status);
  });
});

describe("scripts and message in the console (Law Art 13 k3; Art 12 k1)", () => {
  test("the loudspeaker texts, the SMS with its counts, the public address", async () => {
    const m = await callerAt(t.db, staffSession(official), { now }).materials.get({ consultationId: publishedId });
    const address = `${PUBLIC_URL}/${commune.slug}/consultations/${publishedId}`;
    expect(m.publicUrl).toBe(address);
    expect(m.shortScript.text).toContain(
      "Ủy ban nhân dân xã Hòa Bình thông báo: lấy ý kiến Nhân dân về làm đường bê tông thôn Đông.",
    );
    expect(m.shortScript.text).not.toMatch(/\d/);
    expect(m.fullScript.text).toContain("năm trăm nghìn đồng một hộ");
    expect(m.fullScript.text).toContain("tại Hội trường thôn Đông");
    expect(m.fullScript.seconds).toBeGreaterThan(m.shortScript.seconds);
    expect(m.sms.accented.text).toBe(
      `UBND xã Hòa Bình lấy ý kiến về làm đường bê tông thôn Đông đến 17:00 ngày 21/12/2026. Xem và góp ý: ${address}`,
    );
    expect(m.sms.accented.encoding).toBe("UCS-2");
    expect(m.sms.unaccented.encoding).toBe("GSM-7");
    expect(m.sms.unaccented.segments).toBeLessThan(m.sms.accented.segments);
  });

  test("another commune's staff get NOT_FOUND; a draft is refused", async () => {
    await expect(
      callerAt(t.db, staffSession(outsider), { now }).materials.get({ consultationId: publishedId }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      callerAt(t.db, staffSession(official), { now }).materials.get({ consultationId: draftId }),
    ).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
  });
});

describe("the meeting place the notice prints (Law Art 13 k1: the notice says where)", () => {
  test("an official types it on the draft; it is stored trimmed and kept on update", async () => {
    const as = callerAt(t.db, staffSession(official), { now });
    const draft = {
      title: "Lấy ý kiến về sân thể thao",
      summary: "",
      matter: "PUBLIC_WORKS_CONTRIBUTION" as const,
      neighbourhoodIds: hoodIds,
      channels: ["MEETING", "PAPER_BALLOT"] as ("MEETING" | "PAPER_BALLOT")[],
      questions: [{ kind: "APPROVAL" as const, text: "Hộ có đồng ý không?", allowComment: true, options: [] }],
      meetingPlace: "  Nhà văn hóa thôn Tây ",
    };
    const { id, version } = await as.consultation.create(draft);
    expect((await as.consultation.get({ id })).meetingPlace).toBe("Nhà văn hóa thôn Tây");
    await as.consultation.update({ ...draft, id, version, meetingPlace: "Sân bóng thôn Đông" });
    expect((await as.consultation.get({ id })).meetingPlace).toBe("Sân bóng thôn Đông");
    await expect(
      as.consultation.update({ ...draft, id, version: version + 1, meetingPlace: "x".repeat(301) }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});
