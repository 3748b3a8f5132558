// A province reader opens one commune's console read-only: the choice is a cookie of the console,
// honoured only for a commune of their own province (loadActor). "none" goes back to the province.
// A form post (never a link a browser might prefetch), from this site only.
import { NextResponse, type NextRequest } from "next/server";
import { PROVINCE_ROLES } from "@/domain/roles";
import { isSameOrigin } from "@/server/api/route-auth";
import { loadActor } from "@/server/auth/actor";
import { getSessionActor } from "@/server/auth/session";
import { VIEW_COMMUNE_COOKIE, viewCommuneFrom } from "@/server/auth/view-commune";
import { getDb } from "@/server/db";

export const dynamic = "force-dynamic";

export async function POST(request: NextRequest, { params }: { params: Promise<{ communeId: string }> }) {
  const wanted = viewCommuneFrom((await params).communeId);
  const to = (path: string) => NextResponse.redirect(new URL(path, request.nextUrl), 303);
  if (!isSameOrigin(request)) return to("/console");
  const [session, db] = await Promise.all([getSessionActor(), getDb()]);
  const actor = session ? await loadActor(db, session, wanted) : null;
  if (!actor || actor.type !== "staff" || !(PROVINCE_ROLES as readonly string[]).includes(actor.role))
    return to("/console");
  if (wanted === "none" || !actor.communeId) {
    const res = to("/console/province");
    res.cookies.delete(VIEW_COMMUNE_COOKIE);
    return res;
  }
  const res = to("/console/dashboard");
  res.cookies.set(VIEW_COMMUNE_COOKIE, actor.communeId, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: request.nextUrl.protocol === "https:",
    maxAge: 12 * 3600,
  });
  return res;
}
