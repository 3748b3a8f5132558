// What a session token carries. Deliberately thin: role and status are re-read from the database on
// every privileged call (api/trpc.ts), because a token can outlive a role change.
import { z } from "zod";

// Commune staff and households carry their commune; province staff carry their province instead.
export const ZSessionActor = z.union([
  z.object({ type: z.enum(["staff", "household"]), id: z.string().min(1), communeId: z.string().min(1) }),
  z.object({ type: z.literal("staff"), id: z.string().min(1), provinceId: z.string().min(1) }),
]);
export type SessionActor = z.infer<typeof ZSessionActor>;
