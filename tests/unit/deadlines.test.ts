import { describe, expect, test } from "vitest";
import { resultsDeadline, workingDaysBetween } from "@/domain/deadlines";

// 2026-12-04 is a Friday.
const vn = (local: string) => new Date(`${local}+07:00`);

describe("working days are Monday to Friday in Vietnam time", () => {
  test.each([
    ["same day", "2026-12-04T09:00", "2026-12-04T23:00", 0],
    ["Friday to Monday skips the weekend", "2026-12-04T09:00", "2026-12-07T08:00", 1],
    ["a full week", "2026-12-04T09:00", "2026-12-11T09:00", 5],
    ["Saturday to Sunday", "2026-12-05T09:00", "2026-12-06T09:00", 0],
    ["late Friday evening in Vietnam is still Friday (UTC is Friday too)", "2026-12-04T23:30", "2026-12-05T10:00", 0],
    ["early Monday in Vietnam is Sunday in UTC", "2026-12-06T12:00", "2026-12-07T05:00", 1],
    ["backwards is nothing", "2026-12-11T09:00", "2026-12-04T09:00", 0],
  ])("%s", (_label, from, to, n) => {
    expect(workingDaysBetween(vn(from), vn(to))).toBe(n);
  });
});

describe("results are due 5 working days after closing (Law Art 12 k3, read with Art 11 k11 and Art 28 k3)", () => {
  test.each([
    ["closed today", "2026-12-04T17:00", "2026-12-04T18:00", { state: "due", workingDaysLeft: 5 }],
    [
      "the fifth working day is still on time",
      "2026-12-04T17:00",
      "2026-12-11T16:00",
      { state: "due", workingDaysLeft: 0 },
    ],
    ["the sixth is one day late", "2026-12-04T17:00", "2026-12-14T08:00", { state: "overdue", workingDaysLate: 1 }],
    [
      "a weekend does not count: Monday to the next Sunday is 4 working days",
      "2026-12-07T17:00",
      "2026-12-13T20:00",
      { state: "due", workingDaysLeft: 1 },
    ],
  ])("%s", (_label, closed, now, expected) => {
    expect(resultsDeadline(vn(closed), vn(now))).toEqual(expected);
  });
});
