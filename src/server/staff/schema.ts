// Inputs of the staff-account procedures.
import { z } from "zod";
import type { STAFF_ROLES } from "@/domain/roles";
import { text, zId } from "../security/input";

const password = text().max(200);
const fields = {
  fullName: text().max(120),
  title: text().max(120).default(""),
  role: z.enum(["NEIGHBOURHOOD_HEAD", "OFFICIAL", "LEADER", "OVERSIGHT", "ADMIN"]) satisfies z.ZodType<
    (typeof STAFF_ROLES)[number]
  >,
  neighbourhoodId: zId.nullable().default(null),
};

export const ZCreateStaffInput = z.object({ username: text().max(40), password, ...fields });
export const ZUpdateStaffInput = z.object({ id: zId, ...fields });
export const ZSetStaffActiveInput = z.object({ id: zId, active: z.boolean() });
export const ZResetStaffPasswordInput = z.object({ id: zId, password });
export const ZChangeOwnPasswordInput = z.object({ current: password, next: password });
