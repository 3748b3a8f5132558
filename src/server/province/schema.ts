// Inputs of the province's administration.
import { z } from "zod";
import { text, zId } from "../security/input";

export const ZCreateCommuneInProvinceInput = z.object({
  communeCode: text().max(20),
  communeName: text().max(120),
  communeKind: text().max(20),
  adminUsername: text().max(100),
  adminPassword: text().max(200).optional(),
  adminName: text().max(120).optional(),
});

export const ZCommuneStaffInput = z.object({ communeId: zId });
export const ZSetCommuneStaffActiveInput = z.object({ staffId: zId, active: z.boolean(), reason: text().max(500) });
