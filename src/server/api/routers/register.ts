import { z } from "zod";
import { applyImport, previewImport } from "../../register/import";
import { staffProcedure, router } from "../trpc";

const flag = (v: FormDataEntryValue | null) => v === "1" || v === "true" || v === "on";

/** The household register: import from CSV / XLSX (administrators). */
export const registerRouter = router({
  /** multipart/form-data: file, allowNewNeighbourhoods ("1"). Nothing is written. */
  previewImport: staffProcedure("register.manage")
    .input(z.instanceof(FormData))
    .mutation(({ ctx, input }) => {
      const file = input.get("file");
      return previewImport(ctx.db, ctx.actor, {
        file: file instanceof File ? file : null,
        allowNewNeighbourhoods: flag(input.get("allowNewNeighbourhoods")),
      });
    }),
  /** multipart/form-data: file, allowNewNeighbourhoods, fingerprint (from the preview). All or nothing. */
  applyImport: staffProcedure("register.manage")
    .input(z.instanceof(FormData))
    .mutation(({ ctx, input }) => {
      const file = input.get("file");
      const fingerprint = z.string().max(64).safeParse(input.get("fingerprint"));
      return applyImport(
        ctx.db,
        ctx.actor,
        {
          file: file instanceof File ? file : null,
          allowNewNeighbourhoods: flag(input.get("allowNewNeighbourhoods")),
          fingerprint: fingerprint.success ? fingerprint.data : "",
        },
        ctx.now(),
      );
    }),
});
