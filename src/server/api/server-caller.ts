import "server-only";
import { cookies } from "next/headers";
import { LOCALE_COOKIE, toLocale } from "@/i18n/locales";
import { getSessionActor } from "../auth/session";
import { VIEW_COMMUNE_COOKIE, viewCommuneFrom } from "../auth/view-commune";
import { getDb } from "../db";
import type { Context } from "./context";
import { createCaller } from "./root";

/** Context for HTTP requests and server components: database, session, language, chosen commune, server clock. */
export async function createRequestContext(): Promise<Context> {
  const [db, session, jar] = await Promise.all([getDb(), getSessionActor(), cookies()]);
  return {
    db,
    session,
    locale: toLocale(jar.get(LOCALE_COOKIE)?.value),
    viewCommuneId: viewCommuneFrom(jar.get(VIEW_COMMUNE_COOKIE)?.value),
    now: () => new Date(),
  };
}

export async function getServerCaller() {
  return createCaller(await createRequestContext());
}
