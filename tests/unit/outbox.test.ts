// The outbox's pure rules (Law on Grassroots Democracy Art 13 k3; docs/LAW.md#r17), as tables.
import { describe, expect, test } from "vitest";
import {
  capRemaining,
  chooseTransport,
  gatewayPhone,
  maskRecipient,
  mayQueue,
  messageTexts,
  nextVietnamDay,
  reminderDue,
  reminderSettable,
  retryDelayMs,
  unaccented,
  vietnamDayStart,
} from "@/domain/outbox";

const BOTH = { email: true, sms: true };

describe("chooseTransport: one message per household, by the first transport that reaches it", () => {
  test.each([
    ["a phone: SMS", { phone: "0912345678", email: null }, "UNKNOWN", BOTH, "SMS"],
    ["a phone and an e-mail: SMS first", { phone: "0912345678", email: "a@b.vn" }, "GIVEN", BOTH, "SMS"],
    ["an e-mail only", { phone: null, email: "a@b.vn" }, "UNKNOWN", BOTH, "EMAIL"],
    [
      "a phone, SMS not configured: e-mail",
      { phone: "0912345678", email: "a@b.vn" },
      "UNKNOWN",
      { email: true, sms: false },
      "EMAIL",
    ],
    [
      "a phone, nothing configured: print list",
      { phone: "0912345678", email: null },
      "UNKNOWN",
      { email: false, sms: false },
      "PRINT",
    ],
    ["no contact: print list", { phone: null, email: null }, "GIVEN", BOTH, "PRINT"],
    ["blank contacts count as none", { phone: "  ", email: "" }, "UNKNOWN", BOTH, "PRINT"],
    [
      "opted out: never sent, on the print list (Law 91/2025/QH15, objection)",
      { phone: "0912345678", email: "a@b.vn" },
      "OPTED_OUT",
      BOTH,
      "PRINT",
    ],
  ] as const)("%s", (_label, contact, consent, configured, transport) => {
    expect(chooseTransport({ ...contact, consent }, configured)).toBe(transport);
  });
});

describe("gatewayPhone: E.164 for the gateway", () => {
  test.each([
    ["a mobile number", "0912345678", "+84912345678"],
    ["with spaces and dots", "0912 345.678", "+84912345678"],
    ["a landline of 11 digits", "02553812345", "+842553812345"],
    ["already with 84", "84912345678", "+84912345678"],
    ["already E.164", "+84 91 234 5678", "+84912345678"],
    ["too short", "091234", null],
    ["letters", "09abc45678", null],
  ])("%s", (_label, raw, e164) => {
    expect(gatewayPhone(raw)).toBe(e164);
  });
});

describe("reminderDue: N days before closing, once, while open", () => {
  const closesAt = new Date("2026-12-21T17:00:00Z");
  const c = { status: "OPEN", closesAt, reminderDays: 3, remindersQueuedAt: null };
  test.each([
    ["a minute before the N days", { ...c }, new Date("2026-12-18T16:59:00Z"), false],
    ["exactly N days before", { ...c }, new Date("2026-12-18T17:00:00Z"), true],
    ["the last day", { ...c }, new Date("2026-12-21T16:00:00Z"), true],
    ["closing passed", { ...c }, new Date("2026-12-21T17:00:00Z"), false],
    ["already queued", { ...c, remindersQueuedAt: new Date() }, new Date("2026-12-20T00:00:00Z"), false],
    ["no reminder chosen", { ...c, reminderDays: null }, new Date("2026-12-20T00:00:00Z"), false],
    ["not open (closed early)", { ...c, status: "CLOSED" }, new Date("2026-12-20T00:00:00Z"), false],
  ])("%s", (_label, consultation, now, due) => {
    expect(reminderDue(consultation, now)).toBe(due);
  });
});

describe("retryDelayMs: doubling from the base, at most an hour", () => {
  test.each([
    [1, 30_000],
    [2, 60_000],
    [3, 120_000],
    [6, 960_000],
    [20, 3_600_000],
  ])("after %i failed attempts: %i ms", (attempts, ms) => {
    expect(retryDelayMs(attempts)).toBe(ms);
  });
});

describe("the daily cap, by the Vietnam day (UTC+7)", () => {
  test.each([
    ["an afternoon in Vietnam", "2026-12-06T08:00:00Z", "2026-12-05T17:00:00Z", "2026-12-06T17:00:00Z"],
    ["a minute after local midnight", "2026-12-06T17:01:00Z", "2026-12-06T17:00:00Z", "2026-12-07T17:00:00Z"],
    ["a minute before local midnight", "2026-12-06T16:59:00Z", "2026-12-05T17:00:00Z", "2026-12-06T17:00:00Z"],
  ])("%s", (_label, now, start, next) => {
    expect(vietnamDayStart(new Date(now)).toISOString()).toBe(new Date(start).toISOString());
    expect(nextVietnamDay(new Date(now)).toISOString()).toBe(new Date(next).toISOString());
  });
  test.each([
    ["room left", 100, 40, 10, 50],
    ["exactly at the cap", 100, 90, 10, 0],
    ["past it (a cap lowered during the day)", 100, 120, 0, 0],
    ["no cap", null, 1_000_000, 5, Number.POSITIVE_INFINITY],
  ])("%s", (_label, cap, sent, sending, left) => {
    expect(capRemaining(cap, sent, sending)).toBe(left);
  });
});

describe("texts", () => {
  const facts = {
    communeName: "UBND phường Chợ Chùa",
    title: "Phương án bồi thường, hỗ trợ, tái định cư dự án đường Nguyễn Nghiêm",
    closesAt: new Date("2026-12-21T10:00:00Z"),
    url: "https://ydan.example.vn/cho-chua/consultations/c1",
  };
  test.each(["INVITATION", "REMINDER", "RESULTS"] as const)("%s: the title, the address, the code; no PIN", (kind) => {
    const t = messageTexts(kind, facts);
    for (const text of [t.sms, t.email]) {
      expect(text).toContain(facts.title);
      expect(text).toContain(facts.url);
      expect(text).not.toMatch(/PIN[:\s]+\d/);
    }
    // Whom it is for, where the household must act (results are the same for every household).
    expect(t.email).toContain("{code}");
    if (kind !== "RESULTS") expect(t.sms).toContain("{code}");
    expect(t.subject).toContain(facts.title);
  });
  test("the closing time in Vietnam time", () => {
    expect(messageTexts("REMINDER", facts).sms).toContain("hạn cuối 17:00 ngày 21/12/2026");
  });
  test.each([
    ["Vietnamese marks", "Phường Chợ Chùa lấy ý kiến", "Phuong Cho Chua lay y kien"],
    ["đ and Đ", "Đường đê Đông", "Duong de Dong"],
    ["decomposed input (NFD)", "Nghi\u0300a Ha\u0300nh", "Nghia Hanh"],
  ])("unaccented: %s", (_label, text, plain) => {
    expect(unaccented(text)).toBe(plain);
  });
  test.each([
    ["a mobile", "0912345678", "09•••••678"],
    ["an e-mail", "hoa@example.vn", "h•••@example.vn"],
    ["nothing (print list)", "", ""],
  ])("maskRecipient: %s", (_label, r, masked) => {
    expect(maskRecipient(r)).toBe(masked);
  });
});

describe("what an official may do by hand, in which state", () => {
  test.each([
    ["invitation, published (before opening)", "INVITATION", "PUBLISHED", true],
    ["invitation, open", "INVITATION", "OPEN", true],
    ["invitation, draft: nobody to invite yet", "INVITATION", "DRAFT", false],
    ["reminder, open", "REMINDER", "OPEN", true],
    ["reminder, closed", "REMINDER", "CLOSED", false],
    ["results, published", "RESULTS", "RESULTS_PUBLISHED", true],
    ["results, tallied but not published", "RESULTS", "TALLIED", false],
  ] as const)("queue %s", (_label, kind, status, may) => {
    expect(mayQueue(kind, status)).toBe(may);
  });
  test.each([
    ["a draft", "DRAFT", null, true],
    ["open, not yet queued", "OPEN", null, true],
    ["open, already queued", "OPEN", new Date(), false],
    ["closed", "CLOSED", null, false],
    ["cancelled", "CANCELLED", null, false],
  ] as const)("reminder days settable: %s", (_label, status, remindersQueuedAt, settable) => {
    expect(reminderSettable({ status, remindersQueuedAt })).toBe(settable);
  });
});
