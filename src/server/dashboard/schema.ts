// Inputs of a year's figures: the commune's dashboard and the province's summary read the same.
import { z } from "zod";
import { MATTERS } from "@/domain/matters";

export const ZYearSummaryInput = z.object({
  year: z.number().int().min(2000).max(2100),
  matter: z.enum(MATTERS).optional(),
});
