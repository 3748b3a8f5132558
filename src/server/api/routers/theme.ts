import { z } from "zod";
import { THEME_RESPONSE_KINDS } from "@/domain/themes";
import { listOpinions, listThemes } from "../../themes/data";
import { approveThemeResponses, assignOpinions, createTheme, deleteTheme, mergeThemes, renameTheme, setThemeResponse, ungroupOpinions } from "../../themes/mutations";
import { staffProcedure, router } from "../trpc";

const id = z.string().min(1).max(64);
// Lengths are checked by the domain (translated per field); zod only bounds what reaches it.
const text = z.string().max(20_000);
const refs = { answerIds: z.array(id).max(5_000).default([]), suggestionIds: z.array(id).max(5_000).default([]) };

/** Opinion themes: officials group opinions and write responses; a leader approves them. */
export const themeRouter = router({
  opinions: staffProcedure("theme.read")
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
    .query(({ ctx, input }) => listOpinions(ctx.db, ctx.actor, input, ctx.now())),
  list: staffProcedure("theme.read")
    .input(z.object({ consultationId: id }))
    .query(({ ctx, input }) => listThemes(ctx.db, ctx.actor, input.consultationId, ctx.now())),
  create: staffProcedure("theme.manage")
    .input(z.object({ consultationId: id, title: text, ...refs }))
    .mutation(({ ctx, input }) => createTheme(ctx.db, ctx.actor, input, ctx.now())),
  rename: staffProcedure("theme.manage")
    .input(z.object({ themeId: id, title: text }))
    .mutation(({ ctx, input }) => renameTheme(ctx.db, ctx.actor, input, ctx.now())),
  delete: staffProcedure("theme.manage")
    .input(z.object({ themeId: id }))
    .mutation(({ ctx, input }) => deleteTheme(ctx.db, ctx.actor, input, ctx.now())),
  assign: staffProcedure("theme.manage")
    .input(z.object({ themeId: id, ...refs }))
    .mutation(({ ctx, input }) => assignOpinions(ctx.db, ctx.actor, input, ctx.now())),
  ungroup: staffProcedure("theme.manage")
    .input(z.object({ consultationId: id, ...refs }))
    .mutation(({ ctx, input }) => ungroupOpinions(ctx.db, ctx.actor, input, ctx.now())),
  merge: staffProcedure("theme.manage")
    .input(z.object({ targetId: id, sourceIds: z.array(id).max(500) }))
    .mutation(({ ctx, input }) => mergeThemes(ctx.db, ctx.actor, input, ctx.now())),
  respond: staffProcedure("theme.manage")
    .input(z.object({ themeId: id, kind: z.enum(THEME_RESPONSE_KINDS), text }))
    .mutation(({ ctx, input }) => setThemeResponse(ctx.db, ctx.actor, input, ctx.now())),
  approve: staffProcedure("theme.approve")
    .input(z.object({ consultationId: id, themeIds: z.array(id).max(500) }))
    .mutation(({ ctx, input }) => approveThemeResponses(ctx.db, ctx.actor, input, ctx.now())),
});
