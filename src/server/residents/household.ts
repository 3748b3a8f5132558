import type { PrismaClient } from "@/generated/prisma/client";
import { loadActor, type HouseholdActor } from "../auth/actor";
import type { SessionActor } from "../auth/session-actor";
import { actorFromToken } from "../auth/session-cookie";

/**
 * The household a session holds in this commune, re-read from the database, or null. A household
 * signed in to another commune is, here, not signed in: its code means nothing in this commune.
 * The resident pages and their form posts both ask this.
 */
export async function householdIn(
  db: PrismaClient,
  session: SessionActor | null,
  communeId: string,
): Promise<HouseholdActor | null> {
  if (session?.type !== "household" || session.communeId !== communeId) return null;
  const actor = await loadActor(db, session);
  return actor?.type === "household" ? actor : null;
}

/** The same, from the session cookie's value (absent, forged or expired: null). */
export async function householdOfCookie(
  db: PrismaClient,
  token: string | undefined,
  communeId: string,
): Promise<HouseholdActor | null> {
  return householdIn(db, token ? await actorFromToken(token) : null, communeId);
}
