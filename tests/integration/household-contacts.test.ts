// Households' phones and e-mails are personal data (Law 91/2025/QH15 on personal data protection,
// Decree 13/2023/ND-CP): the server sends them only to staff holding contact.read (a head only for
// their own neighbourhood), every view that shows them is written in the audit log without the
// values, and the household's answer about messages (docs/LAW.md#r17, notices to households) is kept
// by every import that does not state it.
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { appRouter } from "@/server/api/root";
import { loadActor } from "@/server/auth/actor";
import type { SessionActor } from "@/server/auth/session-actor";
import { listContacts } from "@/server/households/contacts";
import { createTestDb, type TestDb } from "../helpers/test-db";
import {
  callerAs,
  createCommune,
  createConsultation,
  createHousehold,
  createNeighbourhood,
  createStaff,
  openConsultationWithRoll,
  staffSession,
} from "../helpers/factories";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const PHONE_E = "0912345678";
const EMAIL_E = "an.nguyen@example.com";
const PHONE_W = "0987654321";

/** A commune with two neighbourhoods, a household with contacts in each, one without any. */
async function commune() {
  const c = await createCommune(t.db);
  const east = await createNeighbourhood(t.db, c.id, "Thôn Đông");
  const west = await createNeighbourhood(t.db, c.id, "Thôn Tây");
  const e1 = await createHousehold(t.db, east, { code: "E001" });
  await t.db.household.update({
    where: { id: e1.id },
    data: { phone: PHONE_E, email: EMAIL_E, contactConsent: "GIVEN" },
  });
  const e2 = await createHousehold(t.db, east, { code: "E002" });
  const w1 = await createHousehold(t.db, west, { code: "W001" });
  await t.db.household.update({ where: { id: w1.id }, data: { phone: PHONE_W, contactConsent: "OPTED_OUT" } });
  const staff = async (role: Parameters<typeof createStaff>[2], neighbourhoodId?: string) => {
    const s = await createStaff(t.db, c.id, role, neighbourhoodId ? { neighbourhoodId } : {});
    return { ...s, as: callerAs(t.db, staffSession(s)) };
  };
  return { c, east, west, e1, e2, w1, staff };
}

const viewed = (communeId: string) =>
  t.db.auditEvent.findMany({ where: { communeId, action: "contacts.viewed" }, orderBy: { seq: "asc" } });

describe("only contact.read sees phones and e-mails (Law 91/2025/QH15 on personal data protection)", () => {
  test.each(["LEADER", "OVERSIGHT"] as const)(
    "a %s gets no phone or e-mail from household.search or household.get, only whether there is one",
    async (role) => {
      const s = await commune();
      const reader = await s.staff(role);
      const list = await reader.as.household.search({});
      const one = await reader.as.household.get({ id: s.e1.id });
      const wire = JSON.stringify([list, one]);
      for (const secret of [PHONE_E, EMAIL_E, PHONE_W, "GIVEN", "OPTED_OUT"]) expect(wire).not.toContain(secret);
      expect(list.contactsShown).toBe(false);
      expect(list.items.map((h) => [h.code, h.hasPhone, h.hasEmail, h.contact])).toEqual([
        ["E001", true, true, null],
        ["E002", false, false, null],
        ["W001", true, false, null],
      ]);
      expect(one).toMatchObject({ code: "E001", hasPhone: true, hasEmail: true, contact: null });
      expect(one).not.toHaveProperty("phone");
      expect(one).not.toHaveProperty("email");
      // Nothing was shown, so nothing is recorded as viewed.
      expect(await viewed(s.c.id)).toEqual([]);
    },
  );

  test("nor does the HTTP answer a LEADER's browser receives hold them", async () => {
    const s = await commune();
    const leader = await createStaff(t.db, s.c.id, "LEADER");
    const session: SessionActor = staffSession(leader);
    const res = await fetchRequestHandler({
      endpoint: "/api/trpc",
      req: new Request(
        `http://localhost/api/trpc/household.search,household.get?batch=1&input=${encodeURIComponent(
          JSON.stringify({ 0: { json: {} }, 1: { json: { id: s.e1.id } } }),
        )}`,
      ),
      router: appRouter,
      createContext: () => ({ db: t.db, session, locale: "vi" as const, now: () => new Date() }),
    });
    expect(res.status).toBe(200);
    const body = await res.text();
    expect(body).toContain("E001");
    for (const secret of [PHONE_E, EMAIL_E, PHONE_W]) expect(body).not.toContain(secret);
  });

  test("an OFFICIAL gets them with the answer about messages, and each view is one audit event without the values", async () => {
    const s = await commune();
    const official = await s.staff("OFFICIAL");
    const list = await official.as.household.search({});
    expect(list.contactsShown).toBe(true);
    expect(list.items.map((h) => [h.code, h.contact])).toEqual([
      ["E001", { phone: PHONE_E, email: EMAIL_E, consent: "GIVEN" }],
      ["E002", { phone: null, email: null, consent: "UNKNOWN" }],
      ["W001", { phone: PHONE_W, email: null, consent: "OPTED_OUT" }],
    ]);
    await official.as.household.search({ neighbourhoodId: s.east.id, q: "E0" });
    const one = await official.as.household.get({ id: s.e1.id });
    expect(one.contact).toEqual({ phone: PHONE_E, email: EMAIL_E, consent: "GIVEN" });

    const events = await viewed(s.c.id);
    expect(events.map((e) => [e.actorId, e.entityType, e.entityId, e.data])).toEqual([
      [official.id, "Commune", s.c.id, { view: "list", households: 3, phones: 2, emails: 1, offset: 0 }],
      [
        official.id,
        "Neighbourhood",
        s.east.id,
        { view: "list", households: 2, phones: 1, emails: 1, neighbourhoodId: s.east.id, q: "E0", offset: 0 },
      ],
      [
        official.id,
        "Household",
        s.e1.id,
        { view: "household", households: 1, phones: 1, emails: 1, householdCode: "E001", neighbourhoodId: s.east.id },
      ],
    ]);
    const logged = JSON.stringify(events);
    for (const secret of [PHONE_E, EMAIL_E, PHONE_W]) expect(logged).not.toContain(secret);

    // A page with no contact on it (E002 has none) showed nothing to account for.
    await official.as.household.get({ id: s.e2.id });
    await official.as.household.search({ q: "E002" });
    expect(await viewed(s.c.id)).toHaveLength(3);
  });

  test("the audit log reads the view as a sentence to oversight, naming the neighbourhood and the count", async () => {
    const s = await commune();
    const official = await s.staff("OFFICIAL");
    await official.as.household.search({ neighbourhoodId: s.west.id });
    const oversight = await s.staff("OVERSIGHT");
    const log = await oversight.as.audit.list({ action: "contacts.viewed" });
    expect(log.events).toHaveLength(1);
    expect(log.events[0].names.neighbourhood).toEqual({ name: "Thôn Tây" });
    expect(JSON.stringify(log)).not.toContain(PHONE_W);
  });

  test("a head sees the contacts of their own neighbourhood only, and another's household is not found", async () => {
    const s = await commune();
    const head = await s.staff("NEIGHBOURHOOD_HEAD", s.east.id);
    const list = await head.as.household.search({ neighbourhoodId: s.west.id }); // asks for another: gets their own
    expect(list.items.map((h) => [h.code, h.contact?.phone ?? null])).toEqual([
      ["E001", PHONE_E],
      ["E002", null],
    ]);
    expect(JSON.stringify(list)).not.toContain(PHONE_W);
    await expect(head.as.household.get({ id: s.w1.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const events = await viewed(s.c.id);
    expect(
      events.map((e) => [e.entityType, e.entityId, (e.data as { neighbourhoodId?: string }).neighbourhoodId]),
    ).toEqual([["Neighbourhood", s.east.id, s.east.id]]);
  });

  test("another commune's official sees none of them", async () => {
    const s = await commune();
    const other = await commune();
    const outsider = await other.staff("OFFICIAL");
    await expect(outsider.as.household.get({ id: s.e1.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(JSON.stringify(await outsider.as.household.search({}))).not.toContain(s.e1.id);
  });
});

describe("listContacts, the outbox's list to send to, phone or visit (Law 91/2025/QH15; docs/LAW.md#r17)", () => {
  async function actorOf(staff: { id: string; communeId: string | null }) {
    const a = await loadActor(t.db, staffSession(staff));
    if (!a || a.type !== "staff") throw new Error("no staff actor");
    return a;
  }

  test("an official's list of a consultation is its roll, with contacts and answers, audited in the same call", async () => {
    const s = await commune();
    const official = await s.staff("OFFICIAL");
    const e1 = await t.db.household.findUniqueOrThrow({ where: { id: s.e1.id } });
    const { consultation } = await openConsultationWithRoll(t.db, s.c.id, s.east.id, [e1]);
    const out = await listContacts(t.db, await actorOf(official), { consultationId: consultation.id });
    expect(out.households).toEqual([
      {
        id: s.e1.id,
        code: "E001",
        headName: e1.headName,
        address: e1.address,
        neighbourhood: { id: s.east.id, name: "Thôn Đông" },
        phone: PHONE_E,
        email: EMAIL_E,
        consent: "GIVEN",
      },
    ]);
    const events = await viewed(s.c.id);
    expect(events.map((e) => [e.entityType, e.entityId, e.data])).toEqual([
      [
        "Consultation",
        consultation.id,
        { view: "contactList", households: 1, phones: 1, emails: 1, consultationId: consultation.id },
      ],
    ]);
  });

  test("before the roll is frozen, a consultation's list is the active households of its areas", async () => {
    const s = await commune();
    const official = await s.staff("OFFICIAL");
    const draft = await createConsultation(t.db, s.c.id, { status: "PUBLISHED", neighbourhoodIds: [s.west.id] });
    const out = await listContacts(t.db, await actorOf(official), { consultationId: draft.id });
    expect(out.households.map((h) => [h.code, h.phone, h.consent])).toEqual([["W001", PHONE_W, "OPTED_OUT"]]);
  });

  test("a head's list is their own neighbourhood whatever they ask; a LEADER is refused; another commune's consultation is not found", async () => {
    const s = await commune();
    const head = await s.staff("NEIGHBOURHOOD_HEAD", s.west.id);
    const out = await listContacts(t.db, await actorOf(head), { neighbourhoodId: s.east.id });
    expect(out.households.map((h) => h.code)).toEqual(["W001"]);
    const leader = await s.staff("LEADER");
    await expect(listContacts(t.db, await actorOf(leader), {})).rejects.toMatchObject({ code: "FORBIDDEN" });
    const other = await commune();
    const foreign = await createConsultation(t.db, other.c.id, { neighbourhoodIds: [other.east.id] });
    const official = await s.staff("OFFICIAL");
    await expect(listContacts(t.db, await actorOf(official), { consultationId: foreign.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    // One list taken (the head's); the refused ones wrote nothing.
    expect((await viewed(s.c.id)).map((e) => (e.data as { neighbourhoodId?: string }).neighbourhoodId)).toEqual([
      s.west.id,
    ]);
  });
});

describe("editing a household's e-mail and answer about messages (Law 91/2025/QH15)", () => {
  const edit = (s: Awaited<ReturnType<typeof commune>>, o: Record<string, unknown>) => ({
    id: s.e1.id,
    headName: "Nguyễn Văn An",
    address: "Số 1, thôn Mới",
    members: 1,
    phone: PHONE_E,
    neighbourhoodId: s.east.id,
    ...o,
  });

  test("the change is saved; the log says which contacts changed and the answer given, never the values", async () => {
    const s = await commune();
    const admin = await s.staff("ADMIN");
    await admin.as.household.update(edit(s, { email: " Binh@Example.COM ", contactConsent: "OPTED_OUT" }));
    expect(await t.db.household.findUniqueOrThrow({ where: { id: s.e1.id } })).toMatchObject({
      phone: PHONE_E,
      email: "Binh@example.com",
      contactConsent: "OPTED_OUT",
    });
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: s.e1.id, action: "household.updated" } });
    expect(event.data).toMatchObject({
      code: "E001",
      before: { hasPhone: true, hasEmail: true, contactConsent: "GIVEN" },
      after: { hasPhone: true, hasEmail: true, contactConsent: "OPTED_OUT" },
      contactsChanged: ["email"],
    });
    const logged = JSON.stringify(event.data);
    for (const secret of [PHONE_E, EMAIL_E, "Binh@example.com"]) expect(logged).not.toContain(secret);
  });

  test("left out of the request, the e-mail and the answer stay as they were", async () => {
    const s = await commune();
    const admin = await s.staff("ADMIN");
    await admin.as.household.update(edit(s, { members: 5 }));
    expect(await t.db.household.findUniqueOrThrow({ where: { id: s.e1.id } })).toMatchObject({
      members: 5,
      email: EMAIL_E,
      contactConsent: "GIVEN",
    });
  });

  test("a bad e-mail is refused with a translated message on its field, and nothing changes", async () => {
    const s = await commune();
    const admin = await createStaff(t.db, s.c.id, "ADMIN");
    const before = await t.db.household.findUniqueOrThrow({ where: { id: s.e1.id } });
    const res = await fetchRequestHandler({
      endpoint: "/api/trpc",
      req: new Request("http://localhost/api/trpc/household.update", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ json: edit(s, { email: "an nguyen@example", contactConsent: "OPTED_OUT" }) }),
      }),
      router: appRouter,
      createContext: () => ({ db: t.db, session: staffSession(admin), locale: "vi" as const, now: () => new Date() }),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()).error.json;
    expect(body.data.issues).toEqual([
      {
        path: "email",
        message:
          "Email “an nguyen@example” không hợp lệ (ví dụ đúng: ten@example.com, không có dấu cách hay chữ có dấu).",
      },
    ]);
    expect(await t.db.household.findUniqueOrThrow({ where: { id: s.e1.id } })).toEqual(before);
    expect(await t.db.auditEvent.count({ where: { entityId: s.e1.id, action: "household.updated" } })).toBe(0);
  });
});

describe("importing the register with contacts (Law 91/2025/QH15: a recorded objection is never erased)", () => {
  const csv = (header: string, lines: string[]) =>
    new File([`\uFEFF${[header, ...lines].join("\r\n")}\r\n`], "ds-ho.csv", { type: "text/csv" });
  const BASE = "Thôn/Tổ dân phố,Mã hộ,Chủ hộ,Địa chỉ,Số nhân khẩu,Số điện thoại";
  async function apply(as: ReturnType<typeof callerAs>, file: File) {
    const f = new FormData();
    f.set("file", file);
    const p = await as.register.previewImport(f);
    expect(p.issues).toEqual([]);
    const g = new FormData();
    g.set("file", file);
    g.set("fingerprint", p.fingerprint);
    await as.register.applyImport(g);
    return p;
  }
  async function setup() {
    const c = await createCommune(t.db);
    await createNeighbourhood(t.db, c.id, "Thôn Đông");
    const admin = await createStaff(t.db, c.id, "ADMIN");
    const as = callerAs(t.db, staffSession(admin));
    const of = async () =>
      Object.fromEntries(
        (
          await t.db.household.findMany({
            where: { communeId: c.id },
            select: { code: true, phone: true, email: true, contactConsent: true },
          })
        ).map((h) => [h.code, [h.phone, h.email, h.contactConsent]]),
      );
    return { c, as, of };
  }

  test("the new columns, under the template's headers or their aliases, fill e-mail and answer", async () => {
    const s = await setup();
    await apply(
      s.as,
      csv(`${BASE},Thư điện tử,dong y nhan tin`, [
        "Thôn Đông,D1,Nguyễn Văn An,Số 1,4,0912345678,An@Example.COM,Có",
        "Thôn Đông,D2,Lê Thị Bình,Số 2,3,,,không",
        "Thôn Đông,D3,Trần Văn Cường,Số 3,2,,,",
      ]),
    );
    expect(await s.of()).toEqual({
      D1: ["0912345678", "An@example.com", "GIVEN"],
      D2: [null, null, "OPTED_OUT"],
      D3: [null, null, "UNKNOWN"],
    });
  });

  test("a re-import without the contact columns, or with blank consent cells, keeps the e-mails and the answers", async () => {
    const s = await setup();
    await apply(
      s.as,
      csv(`${BASE},Email,Đồng ý nhận tin`, [
        "Thôn Đông,D1,Nguyễn Văn An,Số 1,4,0912345678,an@example.com,Có",
        "Thôn Đông,D2,Lê Thị Bình,Số 2,3,,,Từ chối",
      ]),
    );
    const older = await apply(
      s.as,
      csv(BASE, ["Thôn Đông,D1,Nguyễn Văn An,Số 1,5,0912345678", "Thôn Đông,D2,Lê Thị Bình,Số 2,3,"]),
    );
    expect(older.counts).toMatchObject({ changed: 1, unchanged: 1 });
    expect(older.samples.changed.map((c) => c.fields)).toEqual([["members"]]);
    expect(await s.of()).toEqual({
      D1: ["0912345678", "an@example.com", "GIVEN"],
      D2: [null, null, "OPTED_OUT"],
    });
    const blank = await apply(
      s.as,
      csv(`${BASE},Email,Đồng ý nhận tin`, [
        "Thôn Đông,D1,Nguyễn Văn An,Số 1,5,0912345678,an@example.com,",
        "Thôn Đông,D2,Lê Thị Bình,Số 2,3,,,Có",
      ]),
    );
    expect(blank.samples.changed.map((c) => [c.code, c.fields])).toEqual([["D2", ["consent"]]]);
    expect(await s.of()).toEqual({
      D1: ["0912345678", "an@example.com", "GIVEN"],
      D2: [null, null, "GIVEN"],
    });
  });

  test("a bad e-mail or answer is reported with its line in Vietnamese, and nothing is written", async () => {
    const s = await setup();
    await apply(s.as, csv(BASE, ["Thôn Đông,D1,Nguyễn Văn An,Số 1,4,"]));
    const before = await s.of();
    const file = csv(`${BASE},Email,Đồng ý nhận tin`, [
      "Thôn Đông,D1,Nguyễn Văn An,Số 1,4,,an.example.com,Có",
      "Thôn Đông,D2,Lê Thị Bình,Số 2,3,,,có lẽ",
    ]);
    const f = new FormData();
    f.set("file", file);
    const p = await s.as.register.previewImport(f);
    const { getTranslator } = await import("@/i18n/translate");
    const say = getTranslator("vi") as unknown as (key: string, params?: Record<string, unknown>) => string;
    expect(p.issues.map((i) => [i.line, i.column, say(`register.issue.${i.code}`, { value: i.value })])).toEqual([
      [
        2,
        "email",
        "Email “an.example.com” không hợp lệ (ví dụ đúng: ten@example.com, không có dấu cách hay chữ có dấu).",
      ],
      [3, "consent", "Cột Đồng ý nhận tin ghi “có lẽ”: chỉ ghi “Có”, “Không”, “Chưa hỏi” hoặc để trống."],
    ]);
    f.set("fingerprint", p.fingerprint);
    await expect(s.as.register.applyImport(f)).rejects.toMatchObject({ cause: { key: "registerHasErrors" } });
    expect(await s.of()).toEqual(before);
  });
});
