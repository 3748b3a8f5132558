import { z } from "zod";
import { RECORD_KINDS } from "@/domain/records";
import { getRecord, listRecords, verifyDigest, verifyFile } from "../../records/data";
import { createRecordDraft, deleteRecordDraft, finaliseRecord, updateRecordDraft } from "../../records/mutations";
import { staffProcedure, publicProcedure, router } from "../trpc";

const id = z.string().min(1).max(64);
const version = z.number().int().min(1).max(1_000_000);

/** Decision records: officials draft, leaders finalise; anyone verifies a copy. */
export const recordRouter = router({
  list: staffProcedure("record.read")
    .input(z.object({ consultationId: id }))
    .query(({ ctx, input }) => listRecords(ctx.db, ctx.actor, input.consultationId)),
  get: staffProcedure("record.read")
    .input(z.object({ id }))
    .query(({ ctx, input }) => getRecord(ctx.db, ctx.actor, input.id)),
  createDraft: staffProcedure("record.draft")
    .input(z.object({ consultationId: id, kind: z.enum(RECORD_KINDS), neighbourhoodId: id.optional(), meetingId: id.optional(), amendsId: id.optional() }))
    .mutation(({ ctx, input }) => createRecordDraft(ctx.db, ctx.actor, input, ctx.now())),
  updateDraft: staffProcedure("record.draft")
    .input(z.object({ id, version, notes: z.string().max(20_000).optional(), recipients: z.array(z.string().max(2_000)).max(30).optional() }))
    .mutation(({ ctx, input }) => updateRecordDraft(ctx.db, ctx.actor, input, ctx.now())),
  deleteDraft: staffProcedure("record.draft")
    .input(z.object({ id }))
    .mutation(({ ctx, input }) => deleteRecordDraft(ctx.db, ctx.actor, input, ctx.now())),
  finalise: staffProcedure("record.finalise")
    .input(z.object({ id, version }))
    .mutation(({ ctx, input }) => finaliseRecord(ctx.db, ctx.actor, input, ctx.now())),
  /** Public: a pasted SHA-256 digest; with a commune (its slug), only that commune's records. */
  verify: publicProcedure("record.verify")
    .input(z.object({ sha256: z.string().max(200), commune: z.string().trim().min(1).max(80).optional() }))
    .query(({ ctx, input }) => verifyDigest(ctx.db, input.sha256, input.commune)),
  /** Public, multipart/form-data: file (the copy to check). Only its digest is computed; nothing is kept. */
  verifyFile: publicProcedure("record.verify")
    .input(z.instanceof(FormData))
    .mutation(({ ctx, input }) => {
      const file = input.get("file");
      return verifyFile(ctx.db, file instanceof File ? file : null);
    }),
});
