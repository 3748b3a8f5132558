import { describe, expect, test } from "vitest";
import { DAY_MS } from "@/domain/consultation-plan";
import { canReschedule, rescheduleIssues, type RescheduleCurrent, type RescheduleRequest } from "@/domain/reschedule";

const vn = (local: string) => new Date(`${local}+07:00`);
const now = vn("2026-12-10T08:00");
const day = (n: number) => new Date(now.getTime() + n * DAY_MS);

/** An opinion matter (20 days from publication), published five days ago and open. */
const open = (c: Partial<RescheduleCurrent> = {}): RescheduleCurrent => ({
  status: "OPEN",
  matter: "PROJECT_INVESTMENT_POLICY",
  channels: ["ONLINE", "PAPER_BALLOT"],
  publishAt: day(-5),
  publishedAt: day(-5),
  opensAt: day(-5),
  closesAt: day(20),
  meetingAt: null,
  meetingPlace: "",
  ...c,
});
/** A village convention (Decree 61/2023 Art 9: posted 30 days before the meeting), published, not yet open. */
const convention = (c: Partial<RescheduleCurrent> = {}): RescheduleCurrent => ({
  status: "PUBLISHED",
  matter: "VILLAGE_CONVENTION",
  channels: ["MEETING"],
  publishAt: day(-10),
  publishedAt: day(-10),
  opensAt: day(1),
  closesAt: day(40),
  meetingAt: day(35),
  meetingPlace: "Nhà văn hóa thôn",
  ...c,
});
const request = (c: RescheduleCurrent, r: Partial<RescheduleRequest>): RescheduleRequest => ({
  opensAt: c.status === "OPEN" ? null : c.opensAt,
  closesAt: c.closesAt!,
  meetingAt: c.meetingAt,
  meetingPlace: c.meetingPlace,
  ...r,
});

const codes = (c: RescheduleCurrent, r: Partial<RescheduleRequest>) =>
  rescheduleIssues(c, request(c, r), now).map((i) => `${i.field}:${i.code}`);

describe("rescheduling keeps the law's periods (Law on Grassroots Democracy Art 28 k2; Decree 61/2023 Art 9; docs/LAW.md#r17)", () => {
  test.each([
    ["a later closing is accepted", open(), { closesAt: day(27) }, []],
    ["an earlier closing still 20 days from publication is accepted (Art 28 k2)", open(), { closesAt: day(15) }, []],
    [
      "a closing that cuts the 20 days from publication is refused (Art 28 k2)",
      open(),
      { closesAt: day(14) },
      ["closesAt:minOpinionPeriod"],
    ],
    [
      "a closing in the past is refused",
      open(),
      { closesAt: day(-1) },
      ["closesAt:closesInPast", "closesAt:minOpinionPeriod"],
    ],
    [
      "an open consultation's opening does not move",
      open(),
      { opensAt: day(1) },
      ["opensAt:opensWhileOpen", "closesAt:nothingChanged"],
    ],
    ["a new meeting place alone is a change", open(), { meetingPlace: "Hội trường UBND xã" }, []],
    ["nothing changed is refused", open(), {}, ["closesAt:nothingChanged"]],
    ["a published one's opening can move later", convention(), { opensAt: day(3) }, []],
    ["its opening cannot move into the past", convention(), { opensAt: day(-1) }, ["opensAt:opensInPast"]],
    [
      "a meeting moved earlier is still announced 30 days ahead, counted from the change (Decree 61/2023 Art 9)",
      convention(),
      { meetingAt: day(31) },
      [],
    ],
    [
      "a meeting moved to less than 30 days from now is refused (Decree 61/2023 Art 9)",
      convention({ publishedAt: day(-40), publishAt: day(-40), meetingAt: day(35) }),
      { meetingAt: day(25) },
      ["meetingAt:minPostingBeforeMeeting"],
    ],
    [
      "a meeting in the past is refused",
      convention(),
      { meetingAt: day(-2) },
      expect.arrayContaining(["meetingAt:meetingInPast"]),
    ],
    [
      "a meeting outside the opinion period is refused",
      convention(),
      { meetingAt: day(45) },
      ["meetingAt:meetingOutsidePeriod"],
    ],
  ] as const)("%s", (_label, current, change, expected) => {
    expect(codes(current, change)).toEqual(expected);
  });

  test.each([
    ["PUBLISHED", true],
    ["OPEN", true],
    ["DRAFT", false],
    ["SUBMITTED", false],
    ["CLOSED", false],
    ["CANCELLED", false],
  ] as const)("%s can be rescheduled: %s", (status, allowed) => {
    expect(canReschedule(status)).toBe(allowed);
  });
});
