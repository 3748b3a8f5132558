import { z } from "zod";
import { STAFF_ROLES } from "@/domain/roles";
import { changeOwnPassword, createStaffAccount, listStaff, resetStaffPassword, setStaffActive, updateStaffAccount } from "../../staff/mutations";
import { staffProcedure, router } from "../trpc";

const id = z.string().min(1).max(64);
const password = z.string().max(200);
const fields = {
  fullName: z.string().max(120),
  title: z.string().max(120).default(""),
  role: z.enum(["NEIGHBOURHOOD_HEAD", "OFFICIAL", "LEADER", "OVERSIGHT", "ADMIN"]) satisfies z.ZodType<(typeof STAFF_ROLES)[number]>,
  neighbourhoodId: id.nullable().default(null),
};

/** Staff accounts: administrators manage them; everyone changes their own password. */
export const staffRouter = router({
  list: staffProcedure("staff.read").query(({ ctx }) => listStaff(ctx.db, ctx.actor)),
  create: staffProcedure("staff.manage")
    .input(z.object({ username: z.string().max(40), password, ...fields }))
    .mutation(({ ctx, input }) => createStaffAccount(ctx.db, ctx.actor, input, ctx.now())),
  update: staffProcedure("staff.manage")
    .input(z.object({ id, ...fields }))
    .mutation(({ ctx, input }) => updateStaffAccount(ctx.db, ctx.actor, input, ctx.now())),
  setActive: staffProcedure("staff.manage")
    .input(z.object({ id, active: z.boolean() }))
    .mutation(({ ctx, input }) => setStaffActive(ctx.db, ctx.actor, input, ctx.now())),
  resetPassword: staffProcedure("staff.manage")
    .input(z.object({ id, password }))
    .mutation(({ ctx, input }) => resetStaffPassword(ctx.db, ctx.actor, input, ctx.now())),
  // The change ends every other session of the account; this one is renewed with the new session
  // version, so the person who changed it stays signed in (staff/mutations.ts).
  changeOwnPassword: staffProcedure("account.changePassword")
    .input(z.object({ current: password, next: password }))
    .mutation(async ({ ctx, input }) => {
      const { id, sessionVersion } = await changeOwnPassword(ctx.db, ctx.actor, input, ctx.now());
      if (ctx.session) await ctx.renewSession?.({ ...ctx.session, sessionVersion });
      return { id };
    }),
});
