// Inputs of the meeting, ballot-round and suggestion-box procedures.
import { z } from "zod";
import { text, zId } from "../security/input";

const names = z.array(text().max(120)).max(10).default([]);
const count = z.number().int().min(0).max(10_000_000);

export const ZCreateMeetingInput = z.object({
  consultationId: zId,
  neighbourhoodId: zId,
  heldAt: z.coerce.date(),
  place: text().max(300),
  chairName: text().max(120),
  secretaryName: text().max(120),
  voteMode: z.enum(["SHOW_OF_HANDS", "SECRET_BALLOT"]),
});

export const ZMeetingIdInput = z.object({ meetingId: zId });

export const ZSetAttendanceInput = z.object({ meetingId: zId, householdIds: z.array(zId).max(100_000) });

export const ZRecordSecretCountInput = z.object({
  meetingId: zId,
  issued: count,
  returned: count,
  valid: count,
  invalid: count,
  counts: z.array(z.object({ optionId: zId, count })).max(500),
  committee: names,
  witnesses: names,
});

export const ZCreateBallotRoundInput = z.object({
  consultationId: zId,
  neighbourhoodId: zId,
  team: names,
  witnesses: names,
  announcedAt: z.coerce.date(),
  deliveredFrom: z.coerce.date(),
  collectBy: z.coerce.date(),
});

export const ZRecordRoundCountInput = z.object({
  ballotRoundId: zId,
  issued: count,
  returned: count,
  valid: count,
  invalid: count,
  witnesses: names,
});

export const ZAddSuggestionInput = z.object({
  consultationId: zId,
  neighbourhoodId: zId.nullable().default(null),
  text: text().max(4_000),
  receivedAt: z.coerce.date(),
});
