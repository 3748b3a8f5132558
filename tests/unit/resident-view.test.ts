import { describe, expect, test } from "vitest";
import type { ConsultationStatusName } from "@/domain/consultation-status";
import type { ChannelName } from "@/domain/matters";
import {
  onlineState,
  type OnlineState,
  residentPhase,
  responseGivenAt,
  responseNotes,
  type ResidentPhase,
  type ResidentResponse,
} from "@/domain/resident-view";

const vn = (local: string) => new Date(`${local}+07:00`);
const now = vn("2026-12-10T09:12");

describe("the time a household gave its opinion, not the row's update time", () => {
  const submitted = vn("2026-12-03T09:12");
  const revised = vn("2026-12-05T20:30");
  const held = vn("2026-12-01T19:00");
  test.each<[string, ChannelName, Date | null, Date | null, Date]>([
    ["online, never revised: when it was sent", "ONLINE", null, null, submitted],
    ["online, revised: the latest revision", "ONLINE", revised, null, revised],
    ["at a meeting: when the meeting was held, not when it was keyed in", "MEETING", null, held, held],
    ["at a meeting with no meeting on file: when it was keyed in", "MEETING", null, null, submitted],
    ["paper ballot: when it was handed in", "PAPER_BALLOT", null, held, submitted],
    ["letter: when it was handed in", "WRITTEN", null, null, submitted],
    ["suggestion box: when it was handed in", "SUGGESTION_BOX", null, null, submitted],
  ])("%s", (_label, channel, revisedAt, meetingHeldAt, expected) => {
    expect(responseGivenAt({ channel, submittedAt: submitted, revisedAt, meetingHeldAt })).toEqual(expected);
  });
});

describe("where a consultation stands for the household", () => {
  test.each<[string, ConsultationStatusName, Date | null, Date | null, ResidentPhase]>([
    ["announced", "PUBLISHED", vn("2026-12-20T17:00"), null, "notOpenYet"],
    ["open before closing time", "OPEN", vn("2026-12-20T17:00"), null, "open"],
    ["open with no closing time", "OPEN", null, null, "open"],
    ["still OPEN in the database but exactly at closing time", "OPEN", now, null, "closed"],
    ["closed", "CLOSED", vn("2026-12-09T17:00"), null, "closed"],
    ["tallied", "TALLIED", vn("2026-12-09T17:00"), null, "closed"],
    ["recorded", "RECORDED", vn("2026-12-09T17:00"), null, "closed"],
    ["results published", "RESULTS_PUBLISHED", vn("2026-12-09T17:00"), vn("2026-12-10T08:00"), "resultsPublished"],
  ])("%s", (_label, status, closesAt, resultsPublishedAt, expected) => {
    expect(residentPhase({ status, closesAt, resultsPublishedAt, now })).toBe(expected);
  });
});

const online: ResidentResponse = { channel: "ONLINE", secretBallot: false };
const meeting: ResidentResponse = { channel: "MEETING", secretBallot: false };
const secret: ResidentResponse = { channel: "MEETING", secretBallot: true };
const paper: ResidentResponse = { channel: "PAPER_BALLOT", secretBallot: false };
const letter: ResidentResponse = { channel: "WRITTEN", secretBallot: false };

describe("whether the household may answer online now, and the first reason if not", () => {
  type Input = Parameters<typeof onlineState>[0];
  const base: Input = { phase: "open", onlineOffered: true, onRoll: true, response: null, heldAtMeeting: false };
  test.each<[string, Partial<Input>, OnlineState]>([
    ["open, on the roll, no answer yet", {}, "open"],
    ["open, answered online: may revise", { response: online }, "open"],
    ["closed", { phase: "closed" }, "closed"],
    ["closed, and online was never offered: closed first", { phase: "closed", onlineOffered: false }, "closed"],
    ["results published, online never offered", { phase: "resultsPublished", onlineOffered: false }, "closed"],
    ["open but online not offered", { onlineOffered: false }, "notOffered"],
    ["not open yet, online not offered: it never will be", { phase: "notOpenYet", onlineOffered: false }, "notOffered"],
    ["not open yet", { phase: "notOpenYet" }, "notOpenYet"],
    ["not on the roll", { onRoll: false }, "notOnRoll"],
    ["answered on paper", { response: paper }, "answeredElsewhere"],
    ["answered at a meeting and held by it", { response: meeting, heldAtMeeting: true }, "answeredElsewhere"],
    ["held by a meeting, no answer", { heldAtMeeting: true }, "heldAtMeeting"],
    [
      "held by a meeting after answering online: no revision",
      { response: online, heldAtMeeting: true },
      "heldAtMeeting",
    ],
  ])("%s", (_label, overrides, expected) => {
    expect(onlineState({ ...base, ...overrides })).toBe(expected);
  });
});

describe("notes under the household's response say only what is true", () => {
  test.each<[string, ResidentPhase, ResidentResponse | null, boolean, string[]]>([
    ["no response, open", "open", null, false, []],
    ["no response, results published", "resultsPublished", null, false, ["resultsPublished"]],
    ["online, open: may revise until closing", "open", online, false, ["canRevise"]],
    ["online, open, but held by a meeting: no revision", "open", online, true, []],
    ["online, closed", "closed", online, false, ["final"]],
    ["online, results published", "resultsPublished", online, false, ["final", "resultsPublished"]],
    ["meeting, open: staff recorded it", "open", meeting, true, ["recordedByStaff"]],
    ["paper, open: staff recorded it", "open", paper, false, ["recordedByStaff"]],
    ["letter, open: staff recorded it", "open", letter, false, ["recordedByStaff"]],
    ["meeting, closed", "closed", meeting, false, ["final"]],
    [
      "meeting, results published: never that it can be changed",
      "resultsPublished",
      meeting,
      false,
      ["final", "resultsPublished"],
    ],
    ["secret ballot, open: nothing to show or change", "open", secret, true, ["secretBallot"]],
    [
      "secret ballot, results published",
      "resultsPublished",
      secret,
      false,
      ["secretBallot", "final", "resultsPublished"],
    ],
    ["not open yet with a response (entered early)", "notOpenYet", paper, false, []],
  ])("%s", (_label, phase, response, heldAtMeeting, expected) => {
    expect(responseNotes({ phase, response, heldAtMeeting })).toEqual(expected);
  });
});
