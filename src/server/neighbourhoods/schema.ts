// Inputs of the neighbourhood procedures (thôn, tổ dân phố).
import { z } from "zod";
import { text, zId } from "../security/input";

export const ZCreateNeighbourhoodInput = z.object({
  code: text().max(40),
  name: text().max(120),
  kind: z.enum(["VILLAGE", "RESIDENTIAL_GROUP"]),
  validFrom: z.coerce.date(),
});
export const ZRenameNeighbourhoodInput = z.object({ id: zId, name: text().max(120), effectiveFrom: z.coerce.date() });
export const ZMergeNeighbourhoodsInput = z.object({ sourceId: zId, targetId: zId, effectiveFrom: z.coerce.date() });
