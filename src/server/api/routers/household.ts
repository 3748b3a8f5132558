import { z } from "zod";
import { getHousehold, searchHouseholds } from "../../households/data";
import { createHousehold, setHouseholdActive, updateHousehold } from "../../households/mutations";
import { text } from "../../security/input";
import { staffProcedure, router } from "../trpc";

const id = z.string().min(1).max(64);
// Transport bounds only; the register's own rules (length, code, phone) are src/domain/households.ts.
const ZHouseholdFields = z.object({
  headName: z.string().max(200, "@households.errors.headNameTooLong"),
  address: z.string().max(400, "@households.errors.addressTooLong"),
  members: z.number("@households.errors.membersInvalid").default(1),
  phone: z.string().max(30, "@households.errors.phoneTooLong").default(""),
  neighbourhoodId: id,
});

/** Households of the register: staff search and view; administrators add one, edit and deactivate. */
export const householdRouter = router({
  search: staffProcedure("household.read")
    .input(
      z.object({
        q: text().max(120).optional(), // NUL refused: PostgreSQL cannot compare text holding it
        neighbourhoodId: id.optional(),
        active: z.boolean().optional(),
        offset: z.number().int().min(0).max(10_000_000).default(0),
        limit: z.number().int().min(1).max(200).default(50),
      }),
    )
    .query(({ ctx, input }) => searchHouseholds(ctx.db, ctx.actor, input)),
  get: staffProcedure("household.read")
    .input(z.object({ id }))
    .query(({ ctx, input }) => getHousehold(ctx.db, ctx.actor, input.id)),
  create: staffProcedure("register.manage")
    .input(ZHouseholdFields.extend({ code: z.string().max(40, "@households.errors.codeTooLong") }))
    .mutation(({ ctx, input }) => createHousehold(ctx.db, ctx.actor, input, ctx.now())),
  update: staffProcedure("register.manage")
    .input(ZHouseholdFields.extend({ id }))
    .mutation(({ ctx, input }) => updateHousehold(ctx.db, ctx.actor, input, ctx.now())),
  setActive: staffProcedure("register.manage")
    .input(z.object({ id, active: z.boolean(), reason: z.string().max(500) }))
    .mutation(({ ctx, input }) => setHouseholdActive(ctx.db, ctx.actor, input, ctx.now())),
});
