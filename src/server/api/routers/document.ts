import { z } from "zod";
import { removeDocument, uploadDocument } from "../../documents/mutations";
import { ZRemoveDocumentInput } from "../../documents/schema";
import { staffProcedure, router } from "../trpc";

export const documentRouter = router({
  /** multipart/form-data: consultationId, title, file. */
  upload: staffProcedure("consultation.manage")
    .input(z.instanceof(FormData))
    .mutation(({ ctx, input }) => {
      const file = input.get("file");
      return uploadDocument(ctx.db, ctx.actor, {
        consultationId: String(input.get("consultationId") ?? ""),
        title: String(input.get("title") ?? ""),
        file: file instanceof File ? file : null,
      });
    }),
  remove: staffProcedure("consultation.manage")
    .input(ZRemoveDocumentInput)
    .mutation(({ ctx, input }) => removeDocument(ctx.db, ctx.actor, input.id)),
});
