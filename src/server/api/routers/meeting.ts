import { z } from "zod";
import { listBallotRounds, listMeetings } from "../../meetings/data";
import { createMeeting, getMeeting, recordSecretCount, setAttendance } from "../../meetings/mutations";
import { createBallotRound, recordRoundCount } from "../../meetings/rounds";
import { attachMinutes } from "../../meetings/minutes";
import { staffProcedure, router } from "../trpc";

const id = z.string().min(1).max(64);
const names = z.array(z.string().max(120)).max(10).default([]);
const count = z.number().int().min(0).max(10_000_000);

/** Neighbourhood meetings (attendance, quorum, secret-ballot counts) and household ballot rounds. */
export const meetingRouter = router({
  /** multipart/form-data: meetingId, file (PDF or image of the signed minutes). */
  attachMinutes: staffProcedure("response.record")
    .input(z.instanceof(FormData))
    .mutation(({ ctx, input }) => {
      const file = input.get("file");
      return attachMinutes(ctx.db, ctx.actor, { meetingId: String(input.get("meetingId") ?? ""), file: file instanceof File ? file : null }, ctx.now());
    }),
  list: staffProcedure("consultation.read")
    .input(z.object({ consultationId: id }))
    .query(({ ctx, input }) => listMeetings(ctx.db, ctx.actor, input.consultationId)),
  rounds: staffProcedure("consultation.read")
    .input(z.object({ consultationId: id }))
    .query(({ ctx, input }) => listBallotRounds(ctx.db, ctx.actor, input.consultationId)),
  create: staffProcedure("response.record")
    .input(
      z.object({
        consultationId: id,
        neighbourhoodId: id,
        heldAt: z.coerce.date(),
        place: z.string().max(300),
        chairName: z.string().max(120),
        secretaryName: z.string().max(120),
        voteMode: z.enum(["SHOW_OF_HANDS", "SECRET_BALLOT"]),
      }),
    )
    .mutation(({ ctx, input }) => createMeeting(ctx.db, ctx.actor, input, ctx.now())),
  get: staffProcedure("consultation.read")
    .input(z.object({ meetingId: id }))
    .query(({ ctx, input }) => getMeeting(ctx.db, ctx.actor, input.meetingId)),
  setAttendance: staffProcedure("response.record")
    .input(z.object({ meetingId: id, householdIds: z.array(id).max(100_000) }))
    .mutation(({ ctx, input }) => setAttendance(ctx.db, ctx.actor, input, ctx.now())),
  recordSecretCount: staffProcedure("response.record")
    .input(
      z.object({
        meetingId: id,
        issued: count,
        returned: count,
        valid: count,
        invalid: count,
        counts: z.array(z.object({ optionId: id, count })).max(500),
        committee: names,
        witnesses: names,
      }),
    )
    .mutation(({ ctx, input }) => recordSecretCount(ctx.db, ctx.actor, input, ctx.now())),
  createBallotRound: staffProcedure("response.record")
    .input(
      z.object({
        consultationId: id,
        neighbourhoodId: id,
        team: names,
        witnesses: names,
        announcedAt: z.coerce.date(),
        deliveredFrom: z.coerce.date(),
        collectBy: z.coerce.date(),
      }),
    )
    .mutation(({ ctx, input }) => createBallotRound(ctx.db, ctx.actor, input, ctx.now())),
  recordRoundCount: staffProcedure("response.record")
    .input(z.object({ ballotRoundId: id, issued: count, returned: count, valid: count, invalid: count, witnesses: names }))
    .mutation(({ ctx, input }) => recordRoundCount(ctx.db, ctx.actor, input, ctx.now())),
});
