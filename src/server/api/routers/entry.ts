import { z } from "zod";
import { addSuggestion } from "../../meetings/suggestions";
import { recordStaffResponse, voidResponse } from "../../responses/staff";
import { entryCounts, listEntries, lookupHousehold, reconciliation } from "../../responses/staff-data";
import { staffProcedure, router } from "../trpc";

const id = z.string().min(1).max(64);
const ZAnswer = z.object({
  questionId: id,
  optionIds: z.array(id).max(50).default([]),
  text: z.string().max(4_000).default(""),
  comment: z.string().max(4_000).default(""),
});

/** Staff channels: paper ballots, meetings, written opinions, suggestion box, ballot rounds. */
export const entryRouter = router({
  lookup: staffProcedure("response.record")
    .input(z.object({ consultationId: id, householdCode: z.string().max(40) }))
    .query(({ ctx, input }) => lookupHousehold(ctx.db, ctx.actor, input.consultationId, input.householdCode)),
  record: staffProcedure("response.record")
    .input(
      z.object({
        consultationId: id,
        householdCode: z.string().max(40),
        channel: z.enum(["PAPER_BALLOT", "MEETING", "WRITTEN"]),
        answers: z.array(ZAnswer).max(100),
        meetingId: id.nullable().default(null),
        ballotRoundId: id.nullable().default(null),
        mark: z.enum(["BLANK", "INVALID"]).nullable().default(null),
      }),
    )
    .mutation(({ ctx, input }) => recordStaffResponse(ctx.db, ctx.actor, input, ctx.now())),
  void: staffProcedure("response.void")
    .input(z.object({ responseId: id, reason: z.string().max(2_000) }))
    .mutation(({ ctx, input }) => voidResponse(ctx.db, ctx.actor, input, ctx.now())),
  counts: staffProcedure("consultation.read")
    .input(z.object({ consultationId: id, neighbourhoodId: id.optional() }))
    .query(({ ctx, input }) => entryCounts(ctx.db, ctx.actor, input.consultationId, input.neighbourhoodId)),
  recent: staffProcedure("consultation.read")
    .input(z.object({ consultationId: id, limit: z.number().int().min(1).max(100).default(20) }))
    .query(({ ctx, input }) => listEntries(ctx.db, ctx.actor, input.consultationId, input.limit)),
  reconciliation: staffProcedure("consultation.read")
    .input(z.object({ consultationId: id }))
    .query(({ ctx, input }) => reconciliation(ctx.db, ctx.actor, input.consultationId)),
  suggest: staffProcedure("response.record")
    .input(z.object({ consultationId: id, neighbourhoodId: id.nullable().default(null), text: z.string().max(4_000), receivedAt: z.coerce.date() }))
    .mutation(({ ctx, input }) => addSuggestion(ctx.db, ctx.actor, input, ctx.now())),
});
