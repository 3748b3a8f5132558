// A household on a meeting's attendance list gives its voice at that meeting (Law on Grassroots
// Democracy 2022 Art 19 k1 b: ballots go to households when the meeting could not decide; k3: one
// ballot per household), so while it is listed no other channel takes its answer. The roll row carries the hold and is locked here in
// share mode, so a marking at the same moment (meetings/mutations.ts setAttendance, which locks the
// same rows for update) either waits for this answer and sees it, or comes first and is seen.
import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "../errors";
import { timeParams } from "./format";

type Tx = Prisma.TransactionClient;

export async function meetingHolding(tx: Tx, consultationId: string, householdId: string) {
  const rows = await tx.$queryRaw<{ m: string | null }[]>`
    SELECT "heldByMeetingId" AS m FROM "RollEntry"
     WHERE "consultationId" = ${consultationId} AND "householdId" = ${householdId} AND "removedAt" IS NULL FOR SHARE`;
  const id = rows[0]?.m;
  return id ? tx.meetingRecord.findUnique({ where: { id }, select: { id: true, place: true, heldAt: true } }) : null;
}

/** The refusal, naming the meeting: to the household itself, or to the staff keying another channel. */
export function heldAtMeetingError(meeting: { place: string; heldAt: Date }, to: "household" | "staff") {
  return new AppError("CONFLICT", to === "household" ? "heldAtMeetingOnline" : "heldAtMeeting", {
    place: meeting.place,
    ...timeParams(meeting.heldAt),
  });
}
