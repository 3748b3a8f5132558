import type { PrismaClient } from "@/generated/prisma/client";
import type { Locale } from "@/i18n/locales";
import type { SessionActor } from "../auth/session-actor";

export type Context = {
  db: PrismaClient;
  session: SessionActor | null;
  /** A province reader's chosen commune (the console's cookie); ignored for everyone else. */
  viewCommuneId?: string | null;
  locale: Locale;
  now: () => Date;
};
