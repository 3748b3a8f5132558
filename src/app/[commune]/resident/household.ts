import "server-only";
import { cache } from "react";
import { loadActor, type HouseholdActor } from "@/server/auth/actor";
import { getSessionActor } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { pageCommune } from "@/server/communes/page-commune";

/**
 * The household signed in to the commune this address names, or null. A household signed in to
 * another commune is, here, not signed in: its code means nothing in this commune.
 */
export const pageHousehold = cache(async (slug: string) => {
  const [commune, session] = await Promise.all([pageCommune(slug), getSessionActor()]);
  if (session?.type !== "household" || session.communeId !== commune.id) return { commune, actor: null };
  const actor = (await loadActor(await getDb(), session)) as HouseholdActor | null;
  return { commune, actor };
});
