// Messages to households (Law on Grassroots Democracy Art 13 k3; docs/LAW.md#r17): the outbox, its
// planning, the sender against a real SMTP server and a local SMS gateway, receipts, the daily cap,
// and the officials' procedures.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import type { Household } from "@/generated/prisma/client";
import { DAY_MS } from "@/domain/consultation-plan";
import { nextVietnamDay } from "@/domain/outbox";
import { getTranslator } from "@/i18n/translate";
import { senderConfig, type SenderConfig } from "@/server/outbox/config";
import { queueDue, queueKind } from "@/server/outbox/queue";
import { applyReceipts, receiptTokenValid } from "@/server/outbox/receipts";
import { startSender } from "@/server/outbox/sender";
import { smsHttpTransport } from "@/server/outbox/transports/sms-http";
import { smtpTransport } from "@/server/outbox/transports/smtp";
import type { Transport } from "@/server/outbox/transports/types";
import { createTestDb, type TestDb } from "../helpers/test-db";
import {
  callerAs,
  createCommune,
  createHousehold,
  createNeighbourhood,
  createStaff,
  openConsultationWithRoll,
  staffSession,
} from "../helpers/factories";
import { startSmsGateway, startSmtpSink } from "../helpers/message-sinks";

let t: TestDb;
let communeId: string;
let hoodId: string;
let otherHoodId: string;
const url = () => process.env.TEST_DATABASE_URL!;

beforeAll(async () => {
  t = await createTestDb();
  communeId = (await createCommune(t.db, "Chợ Chùa")).id;
  hoodId = (await createNeighbourhood(t.db, communeId, "Tổ dân phố 1")).id;
  otherHoodId = (await createNeighbourhood(t.db, communeId, "Tổ dân phố 2")).id;
});
afterAll(() => t.close());

function config(over: Partial<SenderConfig> = {}): SenderConfig {
  return {
    ...senderConfig({} as NodeJS.ProcessEnv),
    concurrency: 4,
    batch: 20,
    retryBaseMs: 1,
    timeoutMs: 2_000,
    idleMs: 20,
    caps: { EMAIL: null, SMS: null },
    ...over,
  };
}

type Contact = { phone?: string | null; email?: string | null; consent?: "UNKNOWN" | "GIVEN" | "OPTED_OUT" };

async function household(contact: Contact, hood = hoodId, extra: { pin?: string } = {}) {
  const h = await createHousehold(t.db, { id: hood, communeId }, extra);
  return t.db.household.update({
    where: { id: h.id },
    data: { phone: contact.phone ?? null, email: contact.email ?? null, contactConsent: contact.consent ?? "UNKNOWN" },
  });
}

async function openWith(households: Household[], hood = hoodId) {
  return (await openConsultationWithRoll(t.db, communeId, hood, households)).consultation;
}

const both = { email: true, sms: true };

async function messages(consultationId: string) {
  return t.db.outboxMessage.findMany({ where: { consultationId }, include: { household: true } });
}

/** Runs a sender until nothing is due, then stops it. */
async function drainWith(transports: Transport[], over: Partial<SenderConfig> = {}, name?: string) {
  const s = await startSender(t.db, { url: url(), config: config(over), transports, name, log: () => {} });
  try {
    for (let i = 0; i < 50 && (await s.drain()) > 0; i++);
    return s.stats;
  } finally {
    await s.stop();
  }
}

describe("planning (Law Art 13 k3: a notice to each household)", () => {
  test("each household on the roll gets one invitation, by SMS, else e-mail, else the print list", async () => {
    const sms = await household({ phone: "0912 345 678", email: "a@example.vn" });
    const mail = await household({ email: "hoa@example.vn" });
    const none = await household({});
    const optedOut = await household({ phone: "0987654321", consent: "OPTED_OUT" });
    const inactive = await household({ phone: "0911111111" });
    const c = await openWith([sms, mail, none, optedOut, inactive]);
    await t.db.household.update({ where: { id: inactive.id }, data: { active: false } });

    expect(await queueKind(t.db, c.id, "INVITATION", both, new Date())).toBe(4);
    const rows = await messages(c.id);
    const by = (h: Household) => rows.find((r) => r.householdId === h.id);
    expect(by(sms)).toMatchObject({ transport: "SMS", recipient: "0912 345 678", status: "PENDING" });
    expect(by(mail)).toMatchObject({ transport: "EMAIL", recipient: "hoa@example.vn", status: "PENDING" });
    expect(by(none)).toMatchObject({ transport: "PRINT", recipient: "", status: "LISTED" });
    expect(by(optedOut)).toMatchObject({ transport: "PRINT", recipient: "", status: "LISTED" });
    expect(by(inactive)).toBeUndefined();
    expect(by(mail)!.subject).toContain(c.title);
    expect(by(sms)!.body).toContain(sms.code);
    expect(by(sms)!.body).toContain(`/consultations/${c.id}`);

    // Queued once: again (a second sender, the official's button) adds nothing.
    expect(await queueKind(t.db, c.id, "INVITATION", both, new Date())).toBe(0);
    expect(await t.db.outboxMessage.count({ where: { consultationId: c.id } })).toBe(4);
  });

  test("with no transport configured nothing fails: every household is on the print list", async () => {
    const a = await household({ phone: "0912345678" });
    const b = await household({ email: "b@example.vn" });
    const c = await openWith([a, b]);
    expect(await queueKind(t.db, c.id, "INVITATION", { email: false, sms: false }, new Date())).toBe(2);
    expect((await messages(c.id)).map((m) => m.status)).toEqual(["LISTED", "LISTED"]);
    const stats = await drainWith([]);
    expect(stats.sent).toBe(0);
  });

  test("a message never carries the household's PIN (the PIN is on the sealed slip only)", async () => {
    const h = await household({ phone: "0912345678", email: "c@example.vn" }, hoodId, { pin: "482913" });
    const other = await household({ email: "d@example.vn" });
    const c = await openWith([h, other]);
    await queueKind(t.db, c.id, "INVITATION", both, new Date());
    await queueKind(t.db, c.id, "REMINDER", both, new Date());
    const rows = await messages(c.id);
    expect(rows).toHaveLength(4); // an SMS and an e-mail of each kind
    for (const m of rows) expect(m.body).not.toContain("482913");
    for (const m of rows.filter((r) => r.kind === "INVITATION")) expect(m.body).toMatch(/mã PIN (in )?trên phiếu mời/);
  });

  test("the reminder goes N days before closing, once, to households that have not answered", async () => {
    const answered = await household({ phone: "0912000001" });
    const atMeeting = await household({ phone: "0912000002" });
    const silent = await household({ phone: "0912000003" });
    const c = await openWith([answered, atMeeting, silent]);
    await t.db.consultation.update({ where: { id: c.id }, data: { reminderDays: 3, invitationsQueuedAt: new Date() } });
    await t.db.response.create({
      data: {
        consultationId: c.id,
        householdId: answered.id,
        neighbourhoodId: hoodId,
        channel: "ONLINE",
        effectiveHouseholdId: answered.id,
        receiptCode: `R${c.id.slice(-8)}`,
      },
    });
    const meeting = await t.db.meetingRecord.create({
      data: {
        consultationId: c.id,
        neighbourhoodId: hoodId,
        heldAt: new Date(),
        place: "Nhà văn hóa",
        chairName: "A",
        secretaryName: "B",
        voteMode: "SHOW_OF_HANDS",
      },
    });
    await t.db.rollEntry.updateMany({
      where: { consultationId: c.id, householdId: atMeeting.id },
      data: { heldByMeetingId: meeting.id },
    });
    const closes = c.closesAt!.getTime();

    const early = await queueDue(t.db, both, new Date(closes - 3 * DAY_MS - 60_000));
    expect(early.filter((q) => q.id === c.id)).toEqual([]);
    const due = await queueDue(t.db, both, new Date(closes - 3 * DAY_MS + 60_000));
    expect(due.filter((q) => q.id === c.id)).toEqual([{ id: c.id, kind: "REMINDER", added: 1 }]);
    expect((await messages(c.id)).map((m) => m.householdId)).toEqual([silent.id]);
    const again = await queueDue(t.db, both, new Date(closes - DAY_MS));
    expect(again.filter((q) => q.id === c.id)).toEqual([]);
  });

  test("invitations once open, and word of the results once they are published", async () => {
    const h = await household({ phone: "0912000004" });
    const c = await openWith([h]);
    const first = await queueDue(t.db, both, new Date());
    expect(first.filter((q) => q.id === c.id)).toEqual([{ id: c.id, kind: "INVITATION", added: 1 }]);
    await t.db.consultation.update({ where: { id: c.id }, data: { status: "RESULTS_PUBLISHED" } });
    const results = await queueDue(t.db, both, new Date());
    expect(results.filter((q) => q.id === c.id)).toEqual([{ id: c.id, kind: "RESULTS", added: 1 }]);
    expect((await messages(c.id)).map((m) => m.kind).sort()).toEqual(["INVITATION", "RESULTS"]);
  });
});

describe("the sender against a real SMTP server and a local SMS gateway", () => {
  // A sender sends whatever is due in the database: what earlier tests left waiting is set aside.
  beforeEach(() =>
    t.db.outboxMessage.updateMany({ where: { status: { in: ["PENDING", "SENDING"] } }, data: { status: "LISTED" } }),
  );
  test("e-mails arrive with the outbox id as Message-ID, SMS as E.164 with the token; all SENT", async () => {
    const smtp = await startSmtpSink();
    const gw = await startSmsGateway();
    try {
      const hs = [
        await household({ email: "mot@example.vn" }),
        await household({ email: "hai@example.vn" }),
        await household({ phone: "0912 111 222" }),
        await household({ phone: "+84 98 765 4321" }),
      ];
      const c = await openWith(hs);
      await queueKind(t.db, c.id, "INVITATION", both, new Date());
      const cfg = config({
        smtp: { url: smtp.url, from: "UBND xã Chợ Chùa <thongbao@chocchua.example.vn>" },
        sms: { url: gw.url, token: "gw-secret", unaccented: false },
      });
      const stats = await drainWith([smtpTransport(cfg.smtp!, 2_000), smsHttpTransport(cfg.sms!, 2_000)]);
      expect(stats.sent).toBe(4);
      const rows = await messages(c.id);
      expect(rows.every((r) => r.status === "SENT" && r.sentAt && r.attempts === 1)).toBe(true);
      const mails = rows.filter((r) => r.transport === "EMAIL");
      expect(smtp.mails.map((m) => m.messageId).sort()).toEqual(
        mails.map((r) => `<${r.id}@chocchua.example.vn>`).sort(),
      );
      const hoa = smtp.mails.find((m) => m.to === "mot@example.vn")!;
      expect(hoa.subject).toBe(`Mời cho ý kiến: ${c.title}`);
      expect(hoa.text).toContain("Kính gửi hộ gia đình");
      expect(gw.requests.map((r) => r.to).sort()).toEqual(["+84912111222", "+84987654321"]);
      expect(gw.requests.every((r) => r.auth === "Bearer gw-secret")).toBe(true);
      expect(rows.filter((r) => r.transport === "SMS").every((r) => r.providerRef?.startsWith("gw-"))).toBe(true);
    } finally {
      await smtp.close();
      await gw.close();
    }
  });

  test("unaccented SMS when the operator asks for it", async () => {
    const gw = await startSmsGateway();
    try {
      const c = await openWith([await household({ phone: "0912333444" })]);
      await queueKind(t.db, c.id, "INVITATION", both, new Date());
      await drainWith([smsHttpTransport({ url: gw.url, token: "", unaccented: true }, 2_000)]);
      expect(gw.requests[0]!.text).toMatch(/^UBND xa Cho Chua kinh moi ho /);
    } finally {
      await gw.close();
    }
  });

  test("gateway failures: 5xx and timeouts are retried with backoff, a 4xx refusal fails for good", async () => {
    const hs = { flaky: await household({ phone: "0912000010" }), slow: await household({ phone: "0912000011" }) };
    const refused = await household({ phone: "0912000012" });
    const c = await openWith([hs.flaky, hs.slow, refused]);
    await queueKind(t.db, c.id, "INVITATION", both, new Date());
    const gw = await startSmsGateway({
      behave: (r, n) => {
        if (r.to === "+84912000010" && n <= 2) return 503;
        if (r.to === "+84912000011" && n === 1) return "hang";
        if (r.to === "+84912000012") return 400;
        return null;
      },
    });
    try {
      const stats = await drainWith([smsHttpTransport({ url: gw.url, token: "", unaccented: false }, 300)], {
        timeoutMs: 300,
      });
      const rows = await messages(c.id);
      const of = (h: Household) => rows.find((r) => r.householdId === h.id)!;
      expect(of(hs.flaky)).toMatchObject({ status: "SENT", attempts: 3 });
      expect(of(hs.slow)).toMatchObject({ status: "SENT", attempts: 2 });
      expect(of(refused)).toMatchObject({ status: "FAILED", attempts: 1 });
      expect(of(refused).lastError).toContain("400");
      expect(stats).toMatchObject({ sent: 2, failed: 1, retried: 3 });
      expect(gw.delivered.size).toBe(2);
    } finally {
      await gw.close();
    }
  });

  test("a retry waits: the next attempt is not before the backoff", async () => {
    const h = await household({ phone: "0912000013" });
    const c = await openWith([h]);
    await queueKind(t.db, c.id, "INVITATION", both, new Date());
    const gw = await startSmsGateway({ behave: () => 500 });
    try {
      const before = Date.now();
      await drainWith([smsHttpTransport({ url: gw.url, token: "", unaccented: false }, 2_000)], {
        retryBaseMs: 60_000,
      });
      const [m] = await messages(c.id);
      expect(m).toMatchObject({ status: "PENDING", attempts: 1 });
      expect(m!.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(before + 60_000);
      expect(gw.requests).toHaveLength(1);
    } finally {
      await gw.close();
    }
  });

  test("an SMTP 550 refusal fails the message; the official's retry queues it again", async () => {
    const smtp = await startSmtpSink({ reject: (to) => (to === "sai@example.vn" ? 550 : null) });
    const official = await createStaff(t.db, communeId, "OFFICIAL");
    try {
      const c = await openWith([
        await household({ email: "sai@example.vn" }),
        await household({ email: "dung@example.vn" }),
      ]);
      await queueKind(t.db, c.id, "INVITATION", both, new Date());
      await drainWith([smtpTransport({ url: smtp.url, from: "x@example.vn" }, 2_000)]);
      const rows = await messages(c.id);
      expect(rows.map((r) => [r.recipient, r.status]).sort()).toEqual([
        ["dung@example.vn", "SENT"],
        ["sai@example.vn", "FAILED"],
      ]);
      const caller = callerAs(t.db, staffSession(official));
      expect(await caller.outbox.retry({ consultationId: c.id })).toEqual({ retried: 1 });
      expect((await messages(c.id)).find((r) => r.recipient === "sai@example.vn")).toMatchObject({
        status: "PENDING",
        attempts: 0,
      });
      await expect(caller.outbox.retry({ consultationId: c.id })).rejects.toMatchObject({
        code: "PRECONDITION_FAILED",
      });
    } finally {
      await smtp.close();
    }
  });

  test("the daily cap: what is over it waits for the next Vietnam day", async () => {
    const gw = await startSmsGateway();
    try {
      const hs = await Promise.all([1, 2, 3, 4, 5].map((i) => household({ phone: `091200002${i}` })));
      const c = await openWith(hs);
      await queueKind(t.db, c.id, "INVITATION", both, new Date());
      // Other consultations' SMS sent today count against the same cap: take the day's count now.
      const start = new Date();
      const sentBefore = await t.db.outboxMessage.count({
        where: { transport: "SMS", sentAt: { gte: new Date(nextVietnamDay(start).getTime() - DAY_MS) } },
      });
      const stats = await drainWith([smsHttpTransport({ url: gw.url, token: "", unaccented: false }, 2_000)], {
        caps: { EMAIL: null, SMS: sentBefore + 3 },
      });
      expect(stats.sent).toBe(3);
      const waiting = (await messages(c.id)).filter((m) => m.status === "PENDING");
      expect(waiting).toHaveLength(2);
      for (const m of waiting) expect(m.nextAttemptAt).toEqual(nextVietnamDay(start));
    } finally {
      await gw.close();
    }
  });

  test("two senders at once: every message is sent once, none twice", async () => {
    const gw = await startSmsGateway();
    const smtp = await startSmtpSink();
    try {
      const hs: Household[] = [];
      for (let i = 0; i < 120; i++)
        hs.push(
          await household(i % 2 ? { phone: `0913${String(i).padStart(6, "0")}` } : { email: `h${i}@example.vn` }),
        );
      const c = await openWith(hs);
      await queueKind(t.db, c.id, "INVITATION", both, new Date());
      const make = () => [
        smtpTransport({ url: smtp.url, from: "x@example.vn" }, 2_000),
        smsHttpTransport({ url: gw.url, token: "", unaccented: false }, 2_000),
      ];
      const [a, b] = await Promise.all([
        drainWith(make(), { batch: 7 }, "test-sender-a"),
        drainWith(make(), { batch: 7 }, "test-sender-b"),
      ]);
      expect(a.sent + b.sent).toBe(120);
      expect(gw.requests).toHaveLength(60);
      expect(new Set(gw.requests.map((r) => r.id)).size).toBe(60);
      expect(smtp.mails).toHaveLength(60);
      expect(new Set(smtp.mails.map((m) => m.messageId)).size).toBe(60);
      expect(await t.db.outboxMessage.count({ where: { consultationId: c.id, status: "SENT" } })).toBe(120);
    } finally {
      await gw.close();
      await smtp.close();
    }
  });

  test("a sender restarted under its name takes back at once what its killed self was sending", async () => {
    const c = await openWith([await household({ phone: "0912000031" })]);
    await queueKind(t.db, c.id, "INVITATION", both, new Date());
    await t.db.outboxMessage.updateMany({
      where: { consultationId: c.id },
      data: { status: "SENDING", claimedBy: "test-sender-crashed", claimedUntil: new Date(Date.now() + 3_600_000) },
    });
    const gw = await startSmsGateway();
    try {
      await drainWith(
        [smsHttpTransport({ url: gw.url, token: "", unaccented: false }, 2_000)],
        {},
        "test-sender-crashed",
      );
      expect((await messages(c.id))[0]).toMatchObject({ status: "SENT" });
    } finally {
      await gw.close();
    }
  });
});

describe("delivery receipts", () => {
  test("delivered once; a duplicate receipt, or one for an unknown id, changes nothing", async () => {
    const gw = await startSmsGateway();
    try {
      const hs = [await household({ phone: "0912000041" }), await household({ phone: "0912000042" })];
      const c = await openWith(hs);
      await queueKind(t.db, c.id, "INVITATION", both, new Date());
      await drainWith([smsHttpTransport({ url: gw.url, token: "", unaccented: false }, 2_000)]);
      const [one, two] = await messages(c.id);
      const at = new Date();
      expect(await applyReceipts(t.db, [{ id: one!.id, status: "delivered" }], at)).toEqual({
        applied: 1,
        duplicate: 0,
        unknown: 0,
      });
      expect(
        await applyReceipts(
          t.db,
          [
            { id: one!.id, status: "delivered" },
            { id: one!.id, status: "failed", error: "late" },
            { id: two!.id, status: "failed", error: "absent subscriber" },
            { id: "m-none", status: "delivered" },
          ],
          new Date(at.getTime() + 1_000),
        ),
      ).toEqual({ applied: 1, duplicate: 2, unknown: 1 });
      const after = await messages(c.id);
      expect(after.find((m) => m.id === one!.id)).toMatchObject({ status: "DELIVERED", deliveredAt: at });
      expect(after.find((m) => m.id === two!.id)).toMatchObject({ status: "FAILED", lastError: "absent subscriber" });
    } finally {
      await gw.close();
    }
  });

  test.each([
    ["the right token", "Bearer s3cret", "s3cret", true],
    ["a wrong token", "Bearer s3creT", "s3cret", false],
    ["no header", null, "s3cret", false],
    ["no token configured: receipts are refused", "Bearer ", undefined, false],
  ] as const)("receipt token: %s", (_label, header, token, ok) => {
    expect(receiptTokenValid(header, token)).toBe(ok);
  });
});

describe("officials' procedures", () => {
  test("summary and list for those who read messages; recipients masked; another commune's is not found", async () => {
    const official = await createStaff(t.db, communeId, "OFFICIAL");
    const oversight = await createStaff(t.db, communeId, "OVERSIGHT");
    const c = await openWith([await household({ phone: "0912345001" }), await household({})]);
    await queueKind(t.db, c.id, "INVITATION", both, new Date());
    const summary = await callerAs(t.db, staffSession(oversight)).outbox.summary({ consultationId: c.id });
    expect(summary.counts.sort((a, b) => a.transport.localeCompare(b.transport))).toEqual([
      { kind: "INVITATION", transport: "PRINT", status: "LISTED", count: 1 },
      { kind: "INVITATION", transport: "SMS", status: "PENDING", count: 1 },
    ]);
    const list = await callerAs(t.db, staffSession(official)).outbox.list({ consultationId: c.id });
    expect(list.total).toBe(2);
    expect(list.rows.map((r) => r.recipient).sort()).toEqual(["", "09•••••001"]);

    const elsewhere = await createCommune(t.db);
    const stranger = await createStaff(t.db, elsewhere.id, "OFFICIAL");
    await expect(callerAs(t.db, staffSession(stranger)).outbox.summary({ consultationId: c.id })).rejects.toMatchObject(
      { code: "NOT_FOUND" },
    );
    await expect(
      callerAs(t.db, staffSession(stranger)).outbox.printList({ consultationId: c.id, kind: "INVITATION" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  test("the print list: contacts for those who contact households, a head's own only, every view audited", async () => {
    const official = await createStaff(t.db, communeId, "OFFICIAL");
    const leader = await createStaff(t.db, communeId, "LEADER");
    const head = await createStaff(t.db, communeId, "NEIGHBOURHOOD_HEAD", { neighbourhoodId: otherHoodId });
    const mine = await household({ phone: "0912999001" }, hoodId);
    const theirs = await household({ phone: "0912999002" }, otherHoodId);
    const refused = await household({ phone: "0912999003", consent: "OPTED_OUT" }, otherHoodId);
    const c = (await openConsultationWithRoll(t.db, communeId, hoodId, [mine, theirs, refused])).consultation;
    await queueKind(t.db, c.id, "INVITATION", { email: false, sms: false }, new Date());

    const all = await callerAs(t.db, staffSession(official)).outbox.printList({
      consultationId: c.id,
      kind: "INVITATION",
    });
    expect(all.map((r) => [r.code, r.phone]).sort()).toEqual(
      [
        [mine.code, "0912999001"],
        [theirs.code, "0912999002"],
        [refused.code, null],
      ].sort(),
    );
    expect(all.find((r) => r.code === refused.code)!.optedOut).toBe(true);
    const own = await callerAs(t.db, staffSession(head)).outbox.printList({
      consultationId: c.id,
      kind: "INVITATION",
      neighbourhoodId: hoodId,
    });
    expect(own.map((r) => r.code).sort()).toEqual([theirs.code, refused.code].sort());
    await expect(
      callerAs(t.db, staffSession(leader)).outbox.printList({ consultationId: c.id, kind: "INVITATION" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const audits = await t.db.auditEvent.findMany({
      where: { action: "messages.printListViewed", entityId: c.id },
      orderBy: { seq: "asc" },
    });
    expect(audits.map((a) => a.data)).toEqual([
      { kind: "INVITATION", neighbourhoodId: null, households: 3 },
      { kind: "INVITATION", neighbourhoodId: otherHoodId, households: 2 },
    ]);
    expect(JSON.stringify(audits)).not.toContain("0912999");
  });

  test("reminder days: 1–30 or none, refused with a translated error otherwise, changing nothing", async () => {
    const official = await createStaff(t.db, communeId, "OFFICIAL");
    const caller = callerAs(t.db, staffSession(official));
    const c = await openWith([await household({})]);
    expect(await caller.outbox.setReminder({ consultationId: c.id, days: 3 })).toEqual({ days: 3 });
    for (const days of [0, 31, 2.5]) {
      await expect(caller.outbox.setReminder({ consultationId: c.id, days })).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
    }
    const err = await caller.outbox.setReminder({ consultationId: c.id, days: 0 }).catch((e: Error) => e);
    expect(JSON.stringify(err)).toContain("@outbox.errors.daysInvalid");
    expect(getTranslator("vi")("outbox.errors.daysInvalid")).toBe("Số ngày nhắc phải là số nguyên từ 1 đến 30.");
    expect((await t.db.consultation.findUniqueOrThrow({ where: { id: c.id } })).reminderDays).toBe(3);
    expect(await caller.outbox.setReminder({ consultationId: c.id, days: null })).toEqual({ days: null });
  });

  test("queue now: once per kind and only in its state; audited", async () => {
    const official = await createStaff(t.db, communeId, "OFFICIAL");
    const caller = callerAs(t.db, staffSession(official));
    const c = await openWith([await household({}), await household({})]);
    expect(await caller.outbox.queue({ consultationId: c.id, kind: "INVITATION" })).toEqual({ added: 2 });
    await expect(caller.outbox.queue({ consultationId: c.id, kind: "INVITATION" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(caller.outbox.queue({ consultationId: c.id, kind: "RESULTS" })).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
    });
    expect(await t.db.auditEvent.count({ where: { action: "messages.queued", entityId: c.id } })).toBe(1);
    const oversight = await createStaff(t.db, communeId, "OVERSIGHT");
    await expect(
      callerAs(t.db, staffSession(oversight)).outbox.queue({ consultationId: c.id, kind: "REMINDER" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
