import "server-only";
// Route handlers outside tRPC (file downloads, PDF generation) use the same rule: the actor is
// re-read from the database and must hold the permission named in src/domain/roles.ts.
import { cookies } from "next/headers";
import { can, PROVINCE_LEVEL, type Permission } from "@/domain/roles";
import { loadActor, type StaffActor } from "../auth/actor";
import { getSessionActor } from "../auth/session";
import { VIEW_COMMUNE_COOKIE, viewCommuneFrom } from "../auth/view-commune";
import { getDb, getReadDb } from "../db";
import { originAllowed } from "../security/origin";

export async function staffWithPermission(permission: Permission): Promise<{
  actor: StaffActor;
  db: Awaited<ReturnType<typeof getDb>>;
  readDb?: Awaited<ReturnType<typeof getDb>>;
} | null> {
  const [session, db, readDb, jar] = await Promise.all([getSessionActor(), getDb(), getReadDb(), cookies()]);
  const actor = session ? await loadActor(db, session, viewCommuneFrom(jar.get(VIEW_COMMUNE_COOKIE)?.value)) : null;
  if (!actor || actor.type !== "staff" || !can(actor.role, permission)) return null;
  // As in api/trpc.ts: a province reader with no commune chosen reaches nothing of a commune's.
  if (!actor.communeId && !PROVINCE_LEVEL.has(permission)) return null;
  // readDb: for a download's reads (the exports), a replica's when there is one; the actor above is
  // read on the primary, so a permission just withdrawn is never honoured from a replica.
  return { actor, db, readDb };
}

/**
 * Form posts must come from the app's own origin, with an Origin (or Referer) header saying so: the
 * rule src/proxy.ts applies to every state change, repeated here as a second line (OWASP CSRF cheat
 * sheet, "Verifying Origin With Standard Headers"; SameSite=Lax lets same-site pages post).
 */
export function isSameOrigin(request: Request): boolean {
  return originAllowed(request);
}
