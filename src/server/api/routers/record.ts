import { z } from "zod";
import { getRecord, listRecords, verifyDigest, verifyFile, verifyNumber } from "../../records/data";
import { createRecordDraft, deleteRecordDraft, finaliseRecord, updateRecordDraft } from "../../records/mutations";
import {
  ZCreateRecordDraftInput,
  ZFinaliseRecordInput,
  ZRecordIdInput,
  ZUpdateRecordDraftInput,
  ZVerifyDigestInput,
  ZVerifyNumberInput,
} from "../../records/schema";
import { ZConsultationIdInput } from "../../consultations/schema";
import { formFile } from "../form-fields";
import { staffProcedure, publicProcedure, router } from "../trpc";

/** Decision records: officials draft, leaders finalise; anyone verifies a copy. */
export const recordRouter = router({
  list: staffProcedure("record.read")
    .input(ZConsultationIdInput)
    .query(({ ctx, input }) => listRecords(ctx.db, ctx.actor, input.consultationId)),
  get: staffProcedure("record.read")
    .input(ZRecordIdInput)
    .query(({ ctx, input }) => getRecord(ctx.db, ctx.actor, input.id)),
  createDraft: staffProcedure("record.draft")
    .input(ZCreateRecordDraftInput)
    .mutation(({ ctx, input }) => createRecordDraft(ctx.db, ctx.actor, input, ctx.now())),
  updateDraft: staffProcedure("record.draft")
    .input(ZUpdateRecordDraftInput)
    .mutation(({ ctx, input }) => updateRecordDraft(ctx.db, ctx.actor, input, ctx.now())),
  deleteDraft: staffProcedure("record.draft")
    .input(ZRecordIdInput)
    .mutation(({ ctx, input }) => deleteRecordDraft(ctx.db, ctx.actor, input, ctx.now())),
  finalise: staffProcedure("record.finalise")
    .input(ZFinaliseRecordInput)
    .mutation(({ ctx, input }) => finaliseRecord(ctx.db, ctx.actor, input, ctx.now())),
  /** Public: a pasted SHA-256 digest; with a commune (its slug), only that commune's records. */
  verify: publicProcedure("record.verify")
    .input(ZVerifyDigestInput)
    .query(({ ctx, input }) => verifyDigest(ctx.db, input.sha256, input.commune)),
  /** Public: a paper copy's number, year and commune (and its printed code), as typed or scanned from its QR code. */
  verifyNumber: publicProcedure("record.verify")
    .input(ZVerifyNumberInput)
    .query(({ ctx, input }) => verifyNumber(ctx.db, input)),
  /** Public, multipart/form-data: file (the copy to check). Only its digest is computed; nothing is kept. */
  verifyFile: publicProcedure("record.verify")
    .input(z.instanceof(FormData))
    .mutation(({ ctx, input }) => verifyFile(ctx.db, formFile(input, "file"))),
});
