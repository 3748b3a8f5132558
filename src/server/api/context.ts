import type { PrismaClient } from "@/generated/prisma/client";
import type { Locale } from "@/i18n/locales";
import type { Actor } from "../auth/actor";
import type { SessionActor } from "../auth/session-actor";

export type Context = {
  db: PrismaClient;
  session: SessionActor | null;
  /** A province reader's chosen commune (the console's cookie); ignored for everyone else. */
  viewCommuneId?: string | null;
  locale: Locale;
  now: () => Date;
  /**
   * The actor as read for this HTTP request, shared by every procedure a page calls (its layout's
   * and its own): still re-read from the database for every request, once instead of per call.
   */
  actorOnce?: Map<string, Promise<Actor | null>>;
};
