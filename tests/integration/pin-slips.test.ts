// Issuing sign-in PINs and printing invitation slips.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadActor, type StaffActor } from "@/server/auth/actor";
import { signInHousehold } from "@/server/auth/sign-in";
import { issuePins } from "@/server/credentials/issue";
import { renderSlipsHtml } from "@/server/credentials/slips-html";
import { renderSlipsPdf } from "@/server/credentials/slips-pdf";
import { createTestDb, type TestDb } from "../helpers/test-db";
import {
  createCommune,
  createConsultation,
  createHousehold,
  createNeighbourhood,
  createStaff,
  staffSession,
} from "../helpers/factories";

let t: TestDb;
let communeId: string;
let official: StaffActor;
let hood: Awaited<ReturnType<typeof createNeighbourhood>>;
const text = {
  committee: "Ủy ban nhân dân xã Nghĩa Hành",
  title: "PHIẾU THÔNG TIN ĐĂNG NHẬP",
  consultation: "Lấy ý kiến về chủ trương đầu tư chợ",
  neighbourhood: "Thôn, tổ dân phố",
  household: "Mã hộ",
  head: "Chủ hộ",
  pin: "Mã PIN",
  howTo: "Quét mã QR hoặc truy cập",
  keepSecret: "Giữ kín mã PIN.",
};

beforeAll(async () => {
  t = await createTestDb();
  communeId = (await createCommune(t.db)).id;
  hood = await createNeighbourhood(t.db, communeId, "Thôn Xuân Đình");
  official = (await loadActor(t.db, staffSession(await createStaff(t.db, communeId, "OFFICIAL")))) as StaffActor;
});
afterAll(() => t.close());

describe("PINs", () => {
  test("each active household of the neighbourhood gets a 6-digit PIN that signs it in; the hash is stored, not the PIN", async () => {
    const a = await createHousehold(t.db, hood, { code: "XD01", headName: "Trần Thị Ánh" });
    await createHousehold(t.db, hood, { code: "XD02" });
    await createHousehold(t.db, hood, { code: "XD03", active: false });
    const { slips } = await issuePins(t.db, official, { neighbourhoodId: hood.id });
    expect(slips.map((s) => s.code)).toEqual(["XD01", "XD02"]);
    expect(slips.every((s) => /^\d{6}$/.test(s.pin))).toBe(true);
    const stored = await t.db.householdCredential.findFirstOrThrow({ where: { householdId: a.id, revokedAt: null } });
    expect(stored.pinHash).toMatch(/^\$argon2id\$/);
    expect(stored.pinHash).not.toContain(slips[0].pin);
    const result = await signInHousehold(t.db, {
      communeId,
      code: "XD01",
      pin: slips[0].pin,
      clientAddress: "10.2.0.1",
    });
    expect(result).toMatchObject({ ok: true });
  });

  test("reissuing revokes the old PIN (audited)", async () => {
    await createHousehold(t.db, hood, { code: "XD10" });
    const first = (await issuePins(t.db, official, { neighbourhoodId: hood.id })).slips.find((s) => s.code === "XD10")!;
    const second = (await issuePins(t.db, official, { neighbourhoodId: hood.id })).slips.find(
      (s) => s.code === "XD10",
    )!;
    const old = await signInHousehold(t.db, { communeId, code: "XD10", pin: first.pin, clientAddress: "10.2.0.2" });
    if (first.pin !== second.pin) expect(old).toMatchObject({ ok: false });
    expect(
      await signInHousehold(t.db, { communeId, code: "XD10", pin: second.pin, clientAddress: "10.2.0.3" }),
    ).toMatchObject({ ok: true });
    const household = await t.db.household.findFirstOrThrow({ where: { code: "XD10" } });
    expect(await t.db.householdCredential.count({ where: { householdId: household.id } })).toBe(2);
    expect(await t.db.householdCredential.count({ where: { householdId: household.id, revokedAt: null } })).toBe(1);
    expect(await t.db.auditEvent.count({ where: { communeId, action: "household.pinIssued" } })).toBeGreaterThanOrEqual(
      2,
    );
  });

  test("for a consultation: its area before opening, its roll after", async () => {
    const other = await createNeighbourhood(t.db, communeId, "Thôn An Phú");
    await createHousehold(t.db, other, { code: "AP01" });
    const c = await createConsultation(t.db, communeId, { status: "PUBLISHED", neighbourhoodIds: [other.id] });
    expect((await issuePins(t.db, official, { consultationId: c.id })).slips.map((s) => s.code)).toEqual(["AP01"]);
    const h = await createHousehold(t.db, other, { code: "AP02" });
    await t.db.rollEntry.create({
      data: {
        consultationId: c.id,
        householdId: h.id,
        neighbourhoodId: other.id,
        householdCode: "AP02",
        headName: "x",
      },
    });
    expect((await issuePins(t.db, official, { consultationId: c.id })).slips.map((s) => s.code)).toEqual(["AP02"]);
  });

  test("another commune's neighbourhood is not found", async () => {
    const foreign = await createNeighbourhood(t.db, (await createCommune(t.db)).id);
    await expect(issuePins(t.db, official, { neighbourhoodId: foreign.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("slips", () => {
  const slips = Array.from({ length: 9 }, (_, i) => ({
    householdId: `h${i}`,
    code: `H0000${i}`,
    headName: "Nguyễn Thị Ánh Tuyết",
    address: "Số 1",
    neighbourhood: "Tổ dân phố Phú Vinh Đông",
    pin: "246810",
  }));
  const url = (code: string) => `https://ydan.example/resident?code=${code}`;

  test("the PDF has two A4 pages for nine slips (eight a page) and embeds its font", async () => {
    const pdf = await renderSlipsPdf(slips, text, url);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const body = pdf.toString("latin1");
    expect(body.match(/\/Type \/Page\b/g)?.length).toBe(2);
    expect(body).toMatch(/\/FontFile2/); // an embedded TrueType font, not a printer's
    expect(body).toMatch(/LiberationSans/);
  });

  test("the print page escapes text and holds one QR code per slip", async () => {
    const html = await renderSlipsHtml([{ ...slips[0], headName: "<b>Lê</b> & Co" }], text, url, "vi");
    expect(html).toContain("&lt;b&gt;Lê&lt;/b&gt; &amp; Co");
    expect(html).toContain("https://ydan.example/resident?code=H00000");
    expect(html.match(/<svg/g)?.length).toBe(1);
    expect(html).toContain('lang="vi"');
  });
});
