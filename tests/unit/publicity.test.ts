import { describe, expect, test } from "vitest";
import { postingState, postingStateKey, type ConsultationFacts, type PostingFacts } from "@/domain/publicity";

const vn = (local: string) => new Date(`${local}+07:00`);
const now = vn("2026-12-10T08:00");

const posting = (p: Partial<PostingFacts> = {}): PostingFacts => ({
  validUntil: null,
  noticeRevision: 1,
  takenDownAt: null,
  ...p,
});
const consultation = (c: Partial<ConsultationFacts> = {}): ConsultationFacts => ({
  status: "OPEN",
  closesAt: vn("2026-12-30T17:00"),
  noticeRevision: 1,
  ...c,
});

describe("no notice that is no longer in force stays posted (Law on Grassroots Democracy Art 12–13; Decree 61/2023 Art 9; docs/LAW.md#r17)", () => {
  test.each([
    ["an open consultation's notice within its period stays up", posting(), consultation(), { state: "current" }],
    [
      "a published one, not yet open, stays up",
      posting({ validUntil: vn("2026-12-30T17:00") }),
      consultation({ status: "PUBLISHED" }),
      { state: "current" },
    ],
    [
      "taken down is taken down, whatever else holds",
      posting({ takenDownAt: vn("2026-12-09T10:00") }),
      consultation({ status: "CANCELLED", noticeRevision: 3 }),
      { state: "takenDown" },
    ],
    [
      "cancelled: the notice comes down (Art 12–13)",
      posting(),
      consultation({ status: "CANCELLED", noticeRevision: 2 }),
      { state: "mustAct", reason: "cancelled", action: "takeDown" },
    ],
    [
      "approval taken back (a draft again): the notice comes down",
      posting(),
      consultation({ status: "DRAFT", noticeRevision: 2 }),
      { state: "mustAct", reason: "withdrawn", action: "takeDown" },
    ],
    [
      "closing time reached though the clock has not closed it yet: down (Art 28 k3, results are posted separately)",
      posting(),
      consultation({ closesAt: vn("2026-12-10T08:00") }),
      { state: "mustAct", reason: "closingPassed", action: "takeDown" },
    ],
    [
      "closed early by hand, before its planned close: down",
      posting(),
      consultation({ status: "CLOSED" }),
      { state: "mustAct", reason: "closingPassed", action: "takeDown" },
    ],
    [
      "results published: the consultation's notice still comes down",
      posting(),
      consultation({ status: "RESULTS_PUBLISHED", closesAt: vn("2026-12-01T17:00") }),
      { state: "mustAct", reason: "closingPassed", action: "takeDown" },
    ],
    [
      "its own end passed (a loudspeaker run over): down",
      posting({ validUntil: vn("2026-12-09T17:00") }),
      consultation(),
      { state: "mustAct", reason: "expired", action: "takeDown" },
    ],
    [
      "its own end not yet passed stays up",
      posting({ validUntil: vn("2026-12-10T09:00") }),
      consultation(),
      { state: "current" },
    ],
    [
      "rescheduled after posting (a newer notice): replace it with the current notice",
      posting({ noticeRevision: 1 }),
      consultation({ noticeRevision: 2 }),
      { state: "mustAct", reason: "outdated", action: "replace" },
    ],
    [
      "posted after the reschedule: current",
      posting({ noticeRevision: 2 }),
      consultation({ noticeRevision: 2 }),
      { state: "current" },
    ],
    [
      "outdated and closed: closing wins, it comes down rather than being replaced",
      posting({ noticeRevision: 1 }),
      consultation({ status: "CLOSED", noticeRevision: 2 }),
      { state: "mustAct", reason: "closingPassed", action: "takeDown" },
    ],
    [
      "outdated and past its own end: down, not replaced",
      posting({ noticeRevision: 1, validUntil: vn("2026-12-09T17:00") }),
      consultation({ noticeRevision: 2 }),
      { state: "mustAct", reason: "expired", action: "takeDown" },
    ],
  ] as const)("%s", (_label, p, c, expected) => {
    expect(postingState(p, c, now)).toEqual(expected);
  });

  test.each([
    [{ state: "current" } as const, "current"],
    [{ state: "takenDown" } as const, "takenDown"],
    [{ state: "mustAct", reason: "outdated", action: "replace" } as const, "outdated"],
  ])("the label of %j is %s", (s, key) => {
    expect(postingStateKey(s)).toBe(key);
  });
});
