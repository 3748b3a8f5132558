// Inputs of the public reads: each names the commune of its address (its slug).
import { z } from "zod";
import { text, zId } from "../security/input";

const ZSlug = text().trim().min(1).max(80);

export const ZListCommunesInput = z.object({ q: text().max(100).default("") }).default({ q: "" });
export const ZCommuneInput = z.object({ commune: ZSlug });
export const ZCommuneItemInput = z.object({ commune: ZSlug, id: zId });
