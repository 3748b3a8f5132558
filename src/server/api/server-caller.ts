import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { LOCALE_COOKIE, toLocale } from "@/i18n/locales";
import { getSessionActor } from "../auth/session";
import { sessionCookie } from "../auth/session-cookie";
import { VIEW_COMMUNE_COOKIE, viewCommuneFrom } from "../auth/view-commune";
import { getDb, getReadDb } from "../db";
import { cachedMoments, cachedPublicRead, invalidatePublic, publicCacheEnabled } from "../public-cache/tags";
import type { Context } from "./context";
import { createCaller } from "./root";

/**
 * Context for HTTP requests and server components: database, session, language, chosen commune,
 * server clock. One per request while a page renders (React's cache): its layout and the page share
 * the session and the actor read for it.
 */
export const createRequestContext = cache(async (): Promise<Context> => {
  const [db, readDb, session, jar] = await Promise.all([getDb(), getReadDb(), getSessionActor(), cookies()]);
  return {
    db,
    readDb,
    session,
    locale: toLocale(jar.get(LOCALE_COOKIE)?.value),
    viewCommuneId: viewCommuneFrom(jar.get(VIEW_COMMUNE_COOKIE)?.value),
    now: () => new Date(),
    actorOnce: new Map(),
    publicCache: {
      read: cachedPublicRead,
      moments: cachedMoments,
      invalidate: invalidatePublic,
      enabled: publicCacheEnabled,
    },
    // Setting a cookie is allowed in route handlers (/api/trpc, where mutations run), not while a
    // page renders: no page calls a procedure that renews the session.
    async renewSession(next) {
      const c = await sessionCookie(next);
      (await cookies()).set(c.name, c.value, c.options);
    },
  };
});

export async function getServerCaller() {
  return createCaller(await createRequestContext());
}
