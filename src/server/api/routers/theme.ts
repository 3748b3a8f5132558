import { listOpinions, listThemes } from "../../themes/data";
import {
  approveThemeResponses,
  assignOpinions,
  createTheme,
  deleteTheme,
  mergeThemes,
  renameTheme,
  setThemeResponse,
  ungroupOpinions,
} from "../../themes/mutations";
import { ZConsultationIdInput } from "../../consultations/schema";
import {
  ZApproveThemeResponsesInput,
  ZAssignOpinionsInput,
  ZCreateThemeInput,
  ZDeleteThemeInput,
  ZListOpinionsInput,
  ZMergeThemesInput,
  ZRenameThemeInput,
  ZSetThemeResponseInput,
  ZUngroupOpinionsInput,
} from "../../themes/schema";
import { staffProcedure, router } from "../trpc";

/** Opinion themes: officials group opinions and write responses; a leader approves them. */
export const themeRouter = router({
  opinions: staffProcedure("theme.read")
    .input(ZListOpinionsInput)
    .query(({ ctx, input }) => listOpinions(ctx.db, ctx.actor, input, ctx.now())),
  list: staffProcedure("theme.read")
    .input(ZConsultationIdInput)
    .query(({ ctx, input }) => listThemes(ctx.db, ctx.actor, input.consultationId, ctx.now())),
  create: staffProcedure("theme.manage")
    .input(ZCreateThemeInput)
    .mutation(({ ctx, input }) => createTheme(ctx.db, ctx.actor, input, ctx.now())),
  rename: staffProcedure("theme.manage")
    .input(ZRenameThemeInput)
    .mutation(({ ctx, input }) => renameTheme(ctx.db, ctx.actor, input, ctx.now())),
  delete: staffProcedure("theme.manage")
    .input(ZDeleteThemeInput)
    .mutation(({ ctx, input }) => deleteTheme(ctx.db, ctx.actor, input, ctx.now())),
  assign: staffProcedure("theme.manage")
    .input(ZAssignOpinionsInput)
    .mutation(({ ctx, input }) => assignOpinions(ctx.db, ctx.actor, input, ctx.now())),
  ungroup: staffProcedure("theme.manage")
    .input(ZUngroupOpinionsInput)
    .mutation(({ ctx, input }) => ungroupOpinions(ctx.db, ctx.actor, input, ctx.now())),
  merge: staffProcedure("theme.manage")
    .input(ZMergeThemesInput)
    .mutation(({ ctx, input }) => mergeThemes(ctx.db, ctx.actor, input, ctx.now())),
  respond: staffProcedure("theme.manage")
    .input(ZSetThemeResponseInput)
    .mutation(({ ctx, input }) => setThemeResponse(ctx.db, ctx.actor, input, ctx.now())),
  approve: staffProcedure("theme.approve")
    .input(ZApproveThemeResponsesInput)
    .mutation(({ ctx, input }) => approveThemeResponses(ctx.db, ctx.actor, input, ctx.now())),
});
