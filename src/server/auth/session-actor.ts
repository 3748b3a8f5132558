// What a session token carries. Deliberately thin: role and status are re-read from the database on
// every privileged call (api/trpc.ts), because a token can outlive a role change.
//
// `sessionVersion` is the account's StaffUser.sessionVersion / Household.sessionVersion at sign-in.
// loadActor compares it on every request, and a PIN reissue, a password reset or change, a role
// change or a deactivation raises it in the same transaction: every session signed in before ends
// at once instead of living out its 12 hours (OWASP ASVS 4.0.3 V3.3.3: a password change ends the
// other sessions; OWASP Session Management Cheat Sheet: a session does not outlive a change of its
// privileges). A token without one (signed before versions existed) does not parse, and counts as
// signed out (deny by default).
import { z } from "zod";

const sessionVersion = z.number().int().nonnegative();

// Commune staff and households carry their commune; province staff carry their province instead.
export const ZSessionActor = z.union([
  z.object({
    type: z.enum(["staff", "household"]),
    id: z.string().min(1),
    communeId: z.string().min(1),
    sessionVersion,
  }),
  z.object({ type: z.literal("staff"), id: z.string().min(1), provinceId: z.string().min(1), sessionVersion }),
]);
export type SessionActor = z.infer<typeof ZSessionActor>;
