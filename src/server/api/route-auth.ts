import "server-only";
// Route handlers outside tRPC (file downloads, PDF generation) use the same rule: the actor is
// re-read from the database and must hold the permission named in src/domain/roles.ts.
import { cookies } from "next/headers";
import { can, PROVINCE_LEVEL, type Permission } from "@/domain/roles";
import { loadActor, type StaffActor } from "../auth/actor";
import { getSessionActor } from "../auth/session";
import { VIEW_COMMUNE_COOKIE, viewCommuneFrom } from "../auth/view-commune";
import { getDb } from "../db";

export async function staffWithPermission(permission: Permission): Promise<{ actor: StaffActor; db: Awaited<ReturnType<typeof getDb>> } | null> {
  const [session, db, jar] = await Promise.all([getSessionActor(), getDb(), cookies()]);
  const actor = session ? await loadActor(db, session, viewCommuneFrom(jar.get(VIEW_COMMUNE_COOKIE)?.value)) : null;
  if (!actor || actor.type !== "staff" || !can(actor.role, permission)) return null;
  // As in api/trpc.ts: a province reader with no commune chosen reaches nothing of a commune's.
  if (!actor.communeId && !PROVINCE_LEVEL.has(permission)) return null;
  return { actor, db };
}

/** Form posts must come from this site (SameSite cookies already block most cross-site posts). */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return true;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  return URL.parse(origin)?.host === host;
}
