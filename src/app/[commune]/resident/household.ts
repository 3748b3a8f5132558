import "server-only";
import { cache } from "react";
import type { PrismaClient } from "@/generated/prisma/client";
import { loadActor, type HouseholdActor } from "@/server/auth/actor";
import { getSessionActor } from "@/server/auth/session";
import type { SessionActor } from "@/server/auth/session-actor";
import { getDb } from "@/server/db";
import { pageCommune } from "@/server/communes/page-commune";

/**
 * The household a session holds in this commune, re-read from the database, or null. A household
 * signed in to another commune is, here, not signed in: its code means nothing in this commune.
 * Pages and the resident flow's form posts both ask this.
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

/** The commune this address names and the household signed in to it (or null), once per request. */
export const pageHousehold = cache(async (slug: string) => {
  const [commune, session] = await Promise.all([pageCommune(slug), getSessionActor()]);
  return { commune, actor: await householdIn(await getDb(), session, commune.id) };
});
