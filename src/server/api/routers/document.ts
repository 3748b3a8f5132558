import { z } from "zod";
import { removeDocument, uploadDocument } from "../../documents/mutations";
import { ZRemoveDocumentInput } from "../../documents/schema";
import { formFile, formText } from "../form-fields";
import { staffProcedure, router } from "../trpc";

export const documentRouter = router({
  /** multipart/form-data: consultationId, title, file. */
  upload: staffProcedure("consultation.manage")
    .input(z.instanceof(FormData))
    .mutation(({ ctx, input }) =>
      uploadDocument(ctx.db, ctx.actor, {
        consultationId: formText(input, "consultationId"),
        title: formText(input, "title"),
        file: formFile(input, "file"),
      }),
    ),
  remove: staffProcedure("consultation.manage")
    .input(ZRemoveDocumentInput)
    .mutation(({ ctx, input }) => removeDocument(ctx.db, ctx.actor, input.id)),
});
