import type { PrismaClient } from "@/generated/prisma/client";
import type { Locale } from "@/i18n/locales";
import type { Actor } from "../auth/actor";
import type { SessionActor } from "../auth/session-actor";
import type { PublicCache } from "../public-cache/tags";

export type Context = {
  /** The primary: every write, and every read of what this request or the one before wrote. */
  db: PrismaClient;
  /**
   * Reads that may be a moment behind (a replica's when DATABASE_REPLICA_URL names one): public
   * pages, results, dashboards, exports, the audit browse. Absent (createCaller in tests): ctx.db.
   */
  readDb?: PrismaClient;
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
  /**
   * Gives this request's browser a fresh session cookie (HTTP requests only): a staff member who
   * changes their own password stays signed in here while every other session of theirs ends.
   * Without it (createCaller in tests, server components) the current session ends too.
   */
  renewSession?: (session: SessionActor) => Promise<void>;
  /**
   * The public pages' cache (Next.js's data cache) and its invalidation, in HTTP requests only; without
   * it (createCaller in tests) public reads go to the database and nothing is invalidated.
   */
  publicCache?: PublicCache;
};

/** The client for the reads that may lag (Context.readDb), the primary when there is none. */
export function readDbOf(ctx: Pick<Context, "db" | "readDb">): PrismaClient {
  return ctx.readDb ?? ctx.db;
}
