import "server-only";
import { cache } from "react";
import { isForbidden, orNavigate } from "@/server/api/page-guard";
import { getServerCaller } from "@/server/api/server-caller";

/**
 * What every page of one consultation starts from: the server caller, the consultation and the
 * signed-in staff member — or `{ forbidden: true }` when either read is refused (the page shows the
 * forbidden notice). Missing or malformed ids are a 404 and no session is the sign-in page, by
 * orNavigate. Once per request (React's cache), so generateMetadata and the page share it.
 */
export const loadConsultationPage = cache(async (id: string) => {
  const caller = await getServerCaller();
  const c = await orNavigate(() => caller.consultation.get({ id }));
  const me = await orNavigate(() => caller.session.me());
  if (isForbidden(c) || isForbidden(me)) return { forbidden: true as const };
  return { caller, c, me };
});
