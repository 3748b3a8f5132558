import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { loadActor, type HouseholdActor } from "@/server/auth/actor";
import { getSessionActor } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { orNavigate, isForbidden } from "@/server/api/page-guard";
import { getResidentConsultation } from "@/server/responses/resident-data";

/** The signed-in household and its view of one consultation, once per request. */
export const loadResidentView = cache(async (id: string) => {
  const [session, db] = await Promise.all([getSessionActor(), getDb()]);
  const actor = session?.type === "household" ? ((await loadActor(db, session)) as HouseholdActor | null) : null;
  if (!actor) redirect("/resident");
  const view = await orNavigate(() => getResidentConsultation(db, actor, id.slice(0, 64), new Date()));
  if (isForbidden(view)) redirect("/resident");
  return { actor, view };
});
