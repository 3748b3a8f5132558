import { describe, expect, test } from "vitest";
import { CONSULTATION_STATUSES } from "@/domain/consultation-status";
import {
  actionNotBefore,
  approvalDeadline,
  availableActions,
  decidePublishNow,
  decideTransition,
  dueTransition,
  LIFECYCLE_ACTIONS,
  needsReason,
} from "@/domain/lifecycle";
import type { ChannelName } from "@/domain/matters";
import { ROLES } from "@/domain/roles";

describe("consultation lifecycle (Law Art 28 on publication)", () => {
  // Every allowed transition: action, from, role → to. Anything not in this table is refused.
  const allowed: [string, string, string, string][] = [
    ["official submits a draft", "submit", "DRAFT", "OFFICIAL→SUBMITTED"],
    ["official withdraws a submission to edit it", "withdraw", "SUBMITTED", "OFFICIAL→DRAFT"],
    ["leader approves publication", "approve", "SUBMITTED", "LEADER→PUBLISHED"],
    ["leader returns a submission with a reason", "return", "SUBMITTED", "LEADER→DRAFT"],
    ["leader takes an approval back before opening (wrong publication date)", "unpublish", "PUBLISHED", "LEADER→DRAFT"],
    ["leader brings a publication ahead forward to now", "publishNow", "PUBLISHED", "LEADER→PUBLISHED"],
    ["official opens by hand with a reason", "open", "PUBLISHED", "OFFICIAL→OPEN"],
    ["official closes by hand with a reason", "close", "OPEN", "OFFICIAL→CLOSED"],
    [
      "leader publishes the results of a closed consultation (Art 28 k3)",
      "publishResults",
      "CLOSED",
      "LEADER→RESULTS_PUBLISHED",
    ],
    ["leader publishes the results once tallied", "publishResults", "TALLIED", "LEADER→RESULTS_PUBLISHED"],
    ["leader publishes the results once recorded", "publishResults", "RECORDED", "LEADER→RESULTS_PUBLISHED"],
    ["official cancels a draft", "cancel", "DRAFT", "OFFICIAL→CANCELLED"],
    ["official cancels a submission", "cancel", "SUBMITTED", "OFFICIAL→CANCELLED"],
    ["leader cancels a draft", "cancel", "DRAFT", "LEADER→CANCELLED"],
    ["leader cancels a submission", "cancel", "SUBMITTED", "LEADER→CANCELLED"],
    ["leader cancels a published consultation", "cancel", "PUBLISHED", "LEADER→CANCELLED"],
    ["leader cancels an open consultation", "cancel", "OPEN", "LEADER→CANCELLED"],
  ];

  test.each(allowed)("allowed: %s", (_label, action, from, roleTo) => {
    const [role, to] = roleTo.split("→");
    expect(
      decideTransition({ action: action as never, from: from as never, role: role as never, reason: "Lý do" }),
    ).toEqual({ ok: true, to });
  });

  const allowedKeys = new Set(allowed.map(([, a, f, rt]) => `${a}|${f}|${rt.split("→")[0]}`));
  const refused = LIFECYCLE_ACTIONS.flatMap((action) =>
    CONSULTATION_STATUSES.flatMap((from) => ROLES.map((role) => [action, from, role] as const)),
  ).filter(([a, f, r]) => !allowedKeys.has(`${a}|${f}|${r}`));

  test.each(refused)("refused: %s from %s by %s", (action, from, role) => {
    expect(decideTransition({ action, from, role, reason: "Lý do" }).ok).toBe(false);
  });

  test.each([
    ["nothing leaves RESULTS_PUBLISHED: published results are final", "RESULTS_PUBLISHED"],
    ["nothing leaves CANCELLED", "CANCELLED"],
  ] as const)("%s", (_label, from) => {
    for (const role of ROLES) expect(availableActions(from, role)).toEqual([]);
  });

  test.each([
    ["return without a reason", "return", "SUBMITTED", "LEADER", ""],
    ["open by hand without a reason", "open", "PUBLISHED", "OFFICIAL", "  "],
    ["close by hand without a reason", "close", "OPEN", "OFFICIAL", null],
    ["cancel without a reason", "cancel", "OPEN", "LEADER", undefined],
    ["taking an approval back without a reason", "unpublish", "PUBLISHED", "LEADER", ""],
  ] as const)("a reason is required: %s", (_label, action, from, role, reason) => {
    expect(decideTransition({ action, from, role, reason })).toEqual({ ok: false, reason: "reasonRequired" });
  });

  // The console asks for a reason exactly when the server requires one.
  test.each([
    ["submitting", "submit", false],
    ["withdrawing a submission", "withdraw", false],
    ["approving", "approve", false],
    ["returning a submission: the official is told why", "return", true],
    ["opening by hand, before the scheduled time", "open", true],
    ["closing by hand, before the scheduled time", "close", true],
    ["publishing the results", "publishResults", false],
    ["cancelling, whoever cancels", "cancel", true],
  ] as const)("a reason is asked for: %s → %s", (_label, action, expected) => {
    expect(needsReason(action)).toBe(expected);
  });

  test("needsReason covers every action", () => {
    expect(LIFECYCLE_ACTIONS.filter(needsReason)).toEqual(["return", "unpublish", "open", "close", "cancel"]);
  });

  test("a role that may never take the action is told 'forbidden', a wrong state 'wrongState'", () => {
    expect(decideTransition({ action: "approve", from: "SUBMITTED", role: "OFFICIAL" })).toEqual({
      ok: false,
      reason: "forbidden",
    });
    expect(decideTransition({ action: "approve", from: "DRAFT", role: "LEADER" })).toEqual({
      ok: false,
      reason: "wrongState",
    });
    expect(decideTransition({ action: "cancel", from: "OPEN", role: "OFFICIAL", reason: "x" })).toEqual({
      ok: false,
      reason: "forbidden",
    });
    expect(decideTransition({ action: "cancel", from: "CLOSED", role: "LEADER", reason: "x" })).toEqual({
      ok: false,
      reason: "wrongState",
    });
  });

  test("the buttons a role sees", () => {
    expect(availableActions("DRAFT", "OFFICIAL")).toEqual(["submit", "cancel"]);
    expect(availableActions("SUBMITTED", "LEADER")).toEqual(["approve", "return", "cancel"]);
    expect(availableActions("OPEN", "OVERSIGHT")).toEqual([]);
  });
});

describe("scheduled opening and closing, from the server clock", () => {
  const now = new Date("2026-12-01T08:00:00+07:00");
  const at = (h: number) => new Date(now.getTime() + h * 3_600_000);
  test.each([
    ["published, opening time reached → open", "PUBLISHED", at(0), at(48), "open"],
    ["published, opening time ahead → nothing", "PUBLISHED", at(1), at(48), null],
    ["open, closing time reached exactly → close", "OPEN", at(-48), at(0), "close"],
    ["open, closing time ahead → nothing", "OPEN", at(-48), at(1), null],
    ["draft is never opened by the clock", "DRAFT", at(-48), at(-1), null],
    ["submitted (not approved) is never opened by the clock", "SUBMITTED", at(-48), at(-1), null],
  ] as const)("%s", (_label, status, opensAt, closesAt, expected) => {
    expect(dueTransition({ status, opensAt, closesAt, now })).toBe(expected);
  });
});

describe("actions offered but not possible yet show the date they will be (Art 28 k2)", () => {
  const now = new Date("2026-12-10T01:00:00Z");
  const published = new Date("2026-12-15T01:00:00Z");
  const past = new Date("2026-12-01T01:00:00Z");
  const at = (d: Date, days: number) => new Date(d.getTime() + days * 24 * 60 * 60 * 1000);
  test.each([
    ["opening waits for a publication still ahead", "open", published, 20, published],
    ["opening is possible once published", "open", past, 20, null],
    ["closing by hand waits for 20 days from publication", "close", past, 20, at(past, 20)],
    ["closing by hand is possible once 20 days have passed", "close", at(now, -20), 20, null],
    ["a matter with no minimum period can close at once", "close", past, null, null],
    ["other actions never wait", "cancel", published, 20, null],
    ["the leader's withdrawal of an approval never waits", "unpublish", published, 20, null],
  ] as const)("%s", (_label, action, publishedAt, minDays, expected) => {
    expect(actionNotBefore(action, { publishedAt, minDaysFromPublication: minDays }, now)).toEqual(expected);
  });
});

/** The tables are `as const`; the domain takes a plain channel list. */
const withChannels = <S extends { channels: readonly ChannelName[] }>(s: S) => ({ ...s, channels: [...s.channels] });

/** An approved plan of the publish-now and submission-warning tables: published in 5 days, closing in 25. */
const now = new Date("2026-12-10T01:00:00Z");
const at = (days: number) => new Date(now.getTime() + days * 24 * 60 * 60 * 1000);
const plannedSchedule = {
  matter: "PROJECT_INVESTMENT_POLICY" as const,
  channels: ["ONLINE" as const],
  publishAt: at(5),
  opensAt: at(5),
  closesAt: at(25),
  meetingAt: null,
};

describe("publish now: a leader brings an approved publication forward (Art 28 k2)", () => {
  const schedule = plannedSchedule;
  test.each([
    [
      "allowed: 25 days from now to closing",
      "LEADER",
      "PUBLISHED",
      at(5),
      {},
      { ok: true, publishedAt: now, opensAt: at(5) },
    ],
    [
      "allowed at exactly 20 days from now to closing",
      "LEADER",
      "PUBLISHED",
      at(1),
      { closesAt: at(20) },
      { ok: true, publishedAt: now, opensAt: at(5) },
    ],
    [
      "too late: 19 days from now to closing",
      "LEADER",
      "PUBLISHED",
      at(1),
      { closesAt: at(19) },
      { ok: false, reason: "tooLate", issues: [{ field: "closesAt", code: "minOpinionPeriod", params: { days: 20 } }] },
    ],
    [
      "too late for the posting before the meeting (village convention: 30 days)",
      "LEADER",
      "PUBLISHED",
      at(1),
      { matter: "VILLAGE_CONVENTION", channels: ["MEETING"], meetingAt: at(20) },
      { ok: false, reason: "tooLate" },
    ],
    ["not a leader: an official", "OFFICIAL", "PUBLISHED", at(5), {}, { ok: false, reason: "forbidden" }],
    ["not a leader: oversight", "OVERSIGHT", "PUBLISHED", at(5), {}, { ok: false, reason: "forbidden" }],
    ["not published: still submitted", "LEADER", "SUBMITTED", null, {}, { ok: false, reason: "wrongState" }],
    ["not published: already open", "LEADER", "OPEN", at(-1), {}, { ok: false, reason: "wrongState" }],
    [
      "already published: the publication has passed",
      "LEADER",
      "PUBLISHED",
      at(-1),
      {},
      { ok: false, reason: "alreadyPublished" },
    ],
    ["already published: exactly now", "LEADER", "PUBLISHED", now, {}, { ok: false, reason: "alreadyPublished" }],
  ] as const)("%s", (_label, role, status, publishedAt, overrides, expected) => {
    const verdict = decidePublishNow({
      role,
      status,
      publishedAt,
      schedule: withChannels({ ...schedule, ...overrides }),
      now,
    });
    expect(verdict).toMatchObject(expected);
  });
});

describe("the warning at submission: approval after the planned publication shortens the periods (Art 28 k2)", () => {
  const base = plannedSchedule;
  test.each([
    [
      "planned at exactly 20 days: approval any later than the publication breaks it",
      {},
      { latestApproval: at(5), rule: "opinionPeriod", days: 20, passed: false },
    ],
    [
      "less than a day to spare after the planned publication",
      { closesAt: new Date(at(25).getTime() + 23 * 3_600_000) },
      { latestApproval: new Date(at(5).getTime() + 23 * 3_600_000), rule: "opinionPeriod", days: 20, passed: false },
    ],
    ["a day to spare: no warning", { closesAt: at(26) }, null],
    [
      "planned publication passed, 20 days to closing from today: approval must be today",
      { publishAt: at(-3), opensAt: at(-3), closesAt: at(20) },
      { latestApproval: now, passed: false },
    ],
    [
      "planned publication passed, closing too near already: an approval now is refused",
      { publishAt: at(-3), opensAt: at(-3), closesAt: at(18) },
      { latestApproval: at(-2), rule: "opinionPeriod", passed: true },
    ],
    [
      "planned publication passed but plenty of time left: no warning",
      { publishAt: at(-3), opensAt: at(-3), closesAt: at(40) },
      null,
    ],
    [
      "the posting before the meeting is the tighter limit (compensation plan: 30 days)",
      { matter: "COMPENSATION_PLAN", channels: ["MEETING"], closesAt: at(60), meetingAt: at(35) },
      { latestApproval: at(5), rule: "postingBeforeMeeting", days: 30, passed: false },
    ],
    [
      "a matter with no period from publication: no warning",
      { matter: "FUND_MANAGEMENT", channels: ["MEETING"] },
      null,
    ],
    ["no planned publication yet: no warning", { publishAt: null }, null],
  ] as const)("%s", (_label, overrides, expected) => {
    const warning = approvalDeadline(withChannels({ ...base, ...overrides }), now);
    if (expected === null) expect(warning).toBeNull();
    else expect(warning).toMatchObject(expected);
  });
});
