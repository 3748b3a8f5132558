import "server-only";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/server/db";
import { orNavigate, isForbidden } from "@/server/api/page-guard";
import { signInHref } from "@/domain/return-path";
import { getResidentConsultation } from "@/server/responses/resident-data";
import { addressId } from "@/server/security/input";
import { pageHousehold } from "../../household";

/** The household signed in to this commune and its view of one consultation, once per request. */
export const loadResidentView = cache(async (slug: string, id: string) => {
  const [{ commune, actor }, db] = await Promise.all([pageHousehold(slug), getDb()]);
  const base = `/${commune.slug}/resident`;
  // Only the app's own ids reach the database: NUL or a malformed escape would fail there (a 500).
  const wanted = addressId(id);
  // Signed out (or the session ran out): sign in, then back to this consultation.
  if (!actor) redirect(wanted ? signInHref(commune.slug, `${base}/c/${wanted}`) : base);
  if (!wanted) notFound();
  const view = await orNavigate(() => getResidentConsultation(db, actor, wanted, new Date()));
  if (isForbidden(view)) redirect(base);
  return { actor, view, commune, base };
});

export type ResidentParams = { params: Promise<{ commune: string; id: string }> };
