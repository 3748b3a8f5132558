import { z } from "zod";
import { listBallotRounds, listMeetings } from "../../meetings/data";
import { createMeeting, getMeeting, recordSecretCount, setAttendance } from "../../meetings/mutations";
import { createBallotRound, recordRoundCount } from "../../meetings/rounds";
import { attachMinutes } from "../../meetings/minutes";
import {
  ZCreateBallotRoundInput,
  ZCreateMeetingInput,
  ZMeetingIdInput,
  ZRecordRoundCountInput,
  ZRecordSecretCountInput,
  ZSetAttendanceInput,
} from "../../meetings/schema";
import { ZConsultationIdInput } from "../../consultations/schema";
import { formFile, formText } from "../form-fields";
import { staffProcedure, router } from "../trpc";

/** Neighbourhood meetings (attendance, quorum, secret-ballot counts) and household ballot rounds. */
export const meetingRouter = router({
  /** multipart/form-data: meetingId, file (PDF or image of the signed minutes). */
  attachMinutes: staffProcedure("response.record")
    .input(z.instanceof(FormData))
    .mutation(({ ctx, input }) =>
      attachMinutes(
        ctx.db,
        ctx.actor,
        { meetingId: formText(input, "meetingId"), file: formFile(input, "file") },
        ctx.now(),
      ),
    ),
  list: staffProcedure("consultation.read")
    .input(ZConsultationIdInput)
    .query(({ ctx, input }) => listMeetings(ctx.db, ctx.actor, input.consultationId)),
  rounds: staffProcedure("consultation.read")
    .input(ZConsultationIdInput)
    .query(({ ctx, input }) => listBallotRounds(ctx.db, ctx.actor, input.consultationId)),
  create: staffProcedure("response.record")
    .input(ZCreateMeetingInput)
    .mutation(({ ctx, input }) => createMeeting(ctx.db, ctx.actor, input, ctx.now())),
  get: staffProcedure("consultation.read")
    .input(ZMeetingIdInput)
    .query(({ ctx, input }) => getMeeting(ctx.db, ctx.actor, input.meetingId)),
  setAttendance: staffProcedure("response.record")
    .input(ZSetAttendanceInput)
    .mutation(({ ctx, input }) => setAttendance(ctx.db, ctx.actor, input, ctx.now())),
  recordSecretCount: staffProcedure("response.record")
    .input(ZRecordSecretCountInput)
    .mutation(({ ctx, input }) => recordSecretCount(ctx.db, ctx.actor, input, ctx.now())),
  createBallotRound: staffProcedure("response.record")
    .input(ZCreateBallotRoundInput)
    .mutation(({ ctx, input }) => createBallotRound(ctx.db, ctx.actor, input, ctx.now())),
  recordRoundCount: staffProcedure("response.record")
    .input(ZRecordRoundCountInput)
    .mutation(({ ctx, input }) => recordRoundCount(ctx.db, ctx.actor, input, ctx.now())),
});
