import {
  changeOwnPassword,
  createStaffAccount,
  listStaff,
  resetStaffPassword,
  setStaffActive,
  updateStaffAccount,
} from "../../staff/mutations";
import {
  ZChangeOwnPasswordInput,
  ZCreateStaffInput,
  ZResetStaffPasswordInput,
  ZSetStaffActiveInput,
  ZUpdateStaffInput,
} from "../../staff/schema";
import { staffProcedure, router } from "../trpc";

/** Staff accounts: administrators manage them; everyone changes their own password. */
export const staffRouter = router({
  list: staffProcedure("staff.read").query(({ ctx }) => listStaff(ctx.db, ctx.actor)),
  create: staffProcedure("staff.manage")
    .input(ZCreateStaffInput)
    .mutation(({ ctx, input }) => createStaffAccount(ctx.db, ctx.actor, input, ctx.now())),
  update: staffProcedure("staff.manage")
    .input(ZUpdateStaffInput)
    .mutation(({ ctx, input }) => updateStaffAccount(ctx.db, ctx.actor, input, ctx.now())),
  setActive: staffProcedure("staff.manage")
    .input(ZSetStaffActiveInput)
    .mutation(({ ctx, input }) => setStaffActive(ctx.db, ctx.actor, input, ctx.now())),
  resetPassword: staffProcedure("staff.manage")
    .input(ZResetStaffPasswordInput)
    .mutation(({ ctx, input }) => resetStaffPassword(ctx.db, ctx.actor, input, ctx.now())),
  // The change ends every other session of the account; this one is renewed with the new session
  // version, so the person who changed it stays signed in (staff/mutations.ts).
  changeOwnPassword: staffProcedure("account.changePassword")
    .input(ZChangeOwnPasswordInput)
    .mutation(async ({ ctx, input }) => {
      const { id, sessionVersion } = await changeOwnPassword(ctx.db, ctx.actor, input, ctx.now());
      if (ctx.session) await ctx.renewSession?.({ ...ctx.session, sessionVersion });
      return { id };
    }),
});
