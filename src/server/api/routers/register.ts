import { z } from "zod";
import { applyImport, previewImport } from "../../register/import";
import { formFile, formFlag } from "../form-fields";
import { staffProcedure, router } from "../trpc";

/** The household register: import from CSV / XLSX (administrators). */
export const registerRouter = router({
  /** multipart/form-data: file, allowNewNeighbourhoods ("1"). Nothing is written. */
  previewImport: staffProcedure("register.manage")
    .input(z.instanceof(FormData))
    .mutation(({ ctx, input }) =>
      previewImport(ctx.db, ctx.actor, {
        file: formFile(input, "file"),
        allowNewNeighbourhoods: formFlag(input, "allowNewNeighbourhoods"),
      }),
    ),
  /** multipart/form-data: file, allowNewNeighbourhoods, fingerprint (from the preview). All or nothing. */
  applyImport: staffProcedure("register.manage")
    .input(z.instanceof(FormData))
    .mutation(({ ctx, input }) => {
      const fingerprint = z.string().max(64).safeParse(input.get("fingerprint"));
      return applyImport(
        ctx.db,
        ctx.actor,
        {
          file: formFile(input, "file"),
          allowNewNeighbourhoods: formFlag(input, "allowNewNeighbourhoods"),
          fingerprint: fingerprint.success ? fingerprint.data : "",
        },
        ctx.now(),
      );
    }),
});
