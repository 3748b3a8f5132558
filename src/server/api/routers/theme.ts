import { z } from "zod";
import { THEME_RESPONSE_KINDS } from "@/domain/themes";
import { listOpinions, listThemes } from "../../themes/data";
import { approveThemeResponses, assignOpinions, createTheme, deleteTheme, mergeThemes, renameTheme, setThemeResponse, ungroupOpinions } from "../../themes/mutations";
import { permittedProcedure, router } from "../trpc";
import { asStaff } from "../staff";

const id = z.string().min(1).max(64);
// Lengths are checked by the domain (translated per field); zod only bounds what reaches it.
const text = z.string().max(20_000);
const refs = { answerIds: z.array(id).max(5_000).default([]), suggestionIds: z.array(id).max(5_000).default([]) };

/** Opinion themes: officials group opinions and write responses; a leader approves them. */
export const themeRouter = router({
  opinions: permittedProcedure("theme.read")
    .input(
      z.object({
        consultationId: id,
        questionId: id.optional(),
        neighbourhoodId: id.optional(),
        channel: z.enum(["ONLINE", "PAPER_BALLOT", "MEETING", "WRITTEN", "SUGGESTION_BOX"]).optional(),
        theme: id.optional(),
        offset: z.number().int().min(0).max(10_000_000).default(0),
        limit: z.number().int().min(1).max(500).default(100),
      }),
    )
    .query(({ ctx, input }) => listOpinions(ctx.db, asStaff(ctx.actor), input, ctx.now())),
  list: permittedProcedure("theme.read")
    .input(z.object({ consultationId: id }))
    .query(({ ctx, input }) => listThemes(ctx.db, asStaff(ctx.actor), input.consultationId, ctx.now())),
  create: permittedProcedure("theme.manage")
    .input(z.object({ consultationId: id, title: text, ...refs }))
    .mutation(({ ctx, input }) => createTheme(ctx.db, asStaff(ctx.actor), input, ctx.now())),
  rename: permittedProcedure("theme.manage")
    .input(z.object({ themeId: id, title: text }))
    .mutation(({ ctx, input }) => renameTheme(ctx.db, asStaff(ctx.actor), input, ctx.now())),
  delete: permittedProcedure("theme.manage")
    .input(z.object({ themeId: id }))
    .mutation(({ ctx, input }) => deleteTheme(ctx.db, asStaff(ctx.actor), input, ctx.now())),
  assign: permittedProcedure("theme.manage")
    .input(z.object({ themeId: id, ...refs }))
    .mutation(({ ctx, input }) => assignOpinions(ctx.db, asStaff(ctx.actor), input, ctx.now())),
  ungroup: permittedProcedure("theme.manage")
    .input(z.object({ consultationId: id, ...refs }))
    .mutation(({ ctx, input }) => ungroupOpinions(ctx.db, asStaff(ctx.actor), input, ctx.now())),
  merge: permittedProcedure("theme.manage")
    .input(z.object({ targetId: id, sourceIds: z.array(id).max(500) }))
    .mutation(({ ctx, input }) => mergeThemes(ctx.db, asStaff(ctx.actor), input, ctx.now())),
  respond: permittedProcedure("theme.manage")
    .input(z.object({ themeId: id, kind: z.enum(THEME_RESPONSE_KINDS), text }))
    .mutation(({ ctx, input }) => setThemeResponse(ctx.db, asStaff(ctx.actor), input, ctx.now())),
  approve: permittedProcedure("theme.approve")
    .input(z.object({ consultationId: id, themeIds: z.array(id).max(500) }))
    .mutation(({ ctx, input }) => approveThemeResponses(ctx.db, asStaff(ctx.actor), input, ctx.now())),
});
