import { getHousehold, searchHouseholds } from "../../households/data";
import { createHousehold, setHouseholdActive, updateHousehold } from "../../households/mutations";
import {
  ZCreateHouseholdInput,
  ZGetHouseholdInput,
  ZSearchHouseholdsInput,
  ZSetHouseholdActiveInput,
  ZUpdateHouseholdInput,
} from "../../households/schema";
import { staffProcedure, router } from "../trpc";

/**
 * Households of the register: staff search and view; administrators add one, edit and deactivate.
 * Phones and e-mails are in the answers of search and get only for contact.read, and audited there.
 */
export const householdRouter = router({
  search: staffProcedure("household.read")
    .input(ZSearchHouseholdsInput)
    .query(({ ctx, input }) => searchHouseholds(ctx.db, ctx.actor, input, ctx.now())),
  get: staffProcedure("household.read")
    .input(ZGetHouseholdInput)
    .query(({ ctx, input }) => getHousehold(ctx.db, ctx.actor, input.id, ctx.now())),
  create: staffProcedure("register.manage")
    .input(ZCreateHouseholdInput)
    .mutation(({ ctx, input }) => createHousehold(ctx.db, ctx.actor, input, ctx.now())),
  update: staffProcedure("register.manage")
    .input(ZUpdateHouseholdInput)
    .mutation(({ ctx, input }) => updateHousehold(ctx.db, ctx.actor, input, ctx.now())),
  setActive: staffProcedure("register.manage")
    .input(ZSetHouseholdActiveInput)
    .mutation(({ ctx, input }) => setHouseholdActive(ctx.db, ctx.actor, input, ctx.now())),
});
