import { addSuggestion } from "../../meetings/suggestions";
import { recordStaffResponse, voidResponse } from "../../responses/staff";
import { entryCounts, listEntries, lookupHousehold, reconciliation } from "../../responses/staff-data";
import { ZConsultationIdInput } from "../../consultations/schema";
import { ZAddSuggestionInput } from "../../meetings/schema";
import {
  ZEntryCountsInput,
  ZLookupHouseholdInput,
  ZRecentEntriesInput,
  ZRecordStaffResponseInput,
  ZVoidResponseInput,
} from "../../responses/schema";
import { staffProcedure, router } from "../trpc";

/** Staff channels: paper ballots, meetings, written opinions, suggestion box, ballot rounds. */
export const entryRouter = router({
  lookup: staffProcedure("response.record")
    .input(ZLookupHouseholdInput)
    .query(({ ctx, input }) => lookupHousehold(ctx.db, ctx.actor, input.consultationId, input.householdCode)),
  record: staffProcedure("response.record")
    .input(ZRecordStaffResponseInput)
    .mutation(({ ctx, input }) => recordStaffResponse(ctx.db, ctx.actor, input, ctx.now())),
  void: staffProcedure("response.void")
    .input(ZVoidResponseInput)
    .mutation(({ ctx, input }) => voidResponse(ctx.db, ctx.actor, input, ctx.now())),
  counts: staffProcedure("consultation.read")
    .input(ZEntryCountsInput)
    .query(({ ctx, input }) => entryCounts(ctx.db, ctx.actor, input.consultationId, input.neighbourhoodId)),
  recent: staffProcedure("consultation.read")
    .input(ZRecentEntriesInput)
    .query(({ ctx, input }) => listEntries(ctx.db, ctx.actor, input.consultationId, input.limit)),
  reconciliation: staffProcedure("consultation.read")
    .input(ZConsultationIdInput)
    .query(({ ctx, input }) => reconciliation(ctx.db, ctx.actor, input.consultationId)),
  suggest: staffProcedure("response.record")
    .input(ZAddSuggestionInput)
    .mutation(({ ctx, input }) => addSuggestion(ctx.db, ctx.actor, input, ctx.now())),
});
